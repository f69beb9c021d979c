import { useLiveQuery } from 'dexie-react-hooks';
import { useFirstRunActions, useImportPostmortems } from '../../app/first-run-actions';
import { navigate } from '../../app/router';
import { listIncidentsWithProgress } from '../../db';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ArrowRightIcon, ImportIcon, IncidentsIcon, SamplesIcon } from '../../ui/icons';
import { Kbd } from '../../ui/Kbd';
import { PageHeader } from '../../ui/PageHeader';
import { formatDate, formatDuration } from '../import/incident-facts';
import { countByStatus, useImportSession } from '../import/import-session';
import { IMPORT_REVIEW_PATH } from '../import/paths';
import { useThemeCatalog } from '../import/theme-catalog';
import { ThemeChips } from '../../ui/ThemeChips';
import { usePasteImport } from '../import/use-paste-import';
import { ProgressBar } from './ProgressBar';
import './incidents.css';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function PendingReviewBanner() {
  const waiting = countByStatus(useImportSession((state) => state.entries)).review;
  if (waiting === 0) return null;
  return (
    <p className="incidents-banner">
      <span>{`${plural(waiting, 'imported document')} ${waiting === 1 ? 'waits' : 'wait'} for your review.`}</span>
      <Button size="sm" icon={ArrowRightIcon} onClick={() => navigate(IMPORT_REVIEW_PATH)}>
        Continue review
      </Button>
    </p>
  );
}

/** Every incident: what happened, when, for how long, and how far its follow-up has come. */
export function IncidentList() {
  const incidents = useLiveQuery(listIncidentsWithProgress);
  const catalog = useThemeCatalog();
  const importPostmortems = useImportPostmortems();
  const { loadSamples } = useFirstRunActions();
  const { openPaste, pasteDialog } = usePasteImport();

  const actions = (
    <>
      <Button onClick={openPaste}>Paste text…</Button>
      <Button variant="primary" icon={ImportIcon} onClick={() => void importPostmortems()}>
        Import postmortems…
      </Button>
    </>
  );

  return (
    <>
      <PageHeader
        title="Incidents"
        description="Every postmortem you import, with its timeline, failure themes and remediation progress."
        actions={incidents && incidents.length > 0 ? actions : undefined}
      />
      <PendingReviewBanner />
      {incidents?.length === 0 && (
        <EmptyState
          icon={IncidentsIcon}
          title="No incidents yet"
          actions={
            <>
              <Button variant="primary" icon={ImportIcon} onClick={() => void importPostmortems()}>
                Import postmortems…
              </Button>
              <Button icon={SamplesIcon} onClick={() => void loadSamples()}>
                Load sample postmortems
              </Button>
            </>
          }
          hint={
            <>
              Drop files anywhere in this window · <Kbd keys="mod+o" /> to import · <Kbd keys="mod+v" /> to paste text
            </>
          }
        >
          <p>
            Import a postmortem (Statuspage text, Markdown, HTML or Statuspage JSON) and it appears here as an incident:
            its organization, date, duration, failure themes and how far its action items have come.
          </p>
        </EmptyState>
      )}
      {incidents && incidents.length > 0 && (
        <div className="incidents-table-wrap">
          <table className="incidents-table">
            <caption className="visually-hidden">Incidents, latest first</caption>
            <thead>
              <tr>
                <th scope="col">Incident</th>
                <th scope="col">Organization</th>
                <th scope="col">Date</th>
                <th scope="col">Duration</th>
                <th scope="col">Failure themes</th>
                <th scope="col">Action items</th>
              </tr>
            </thead>
            <tbody>
              {incidents.map(({ incident, total, closed }) => (
                <tr key={incident.id}>
                  <td className="incidents-title-cell">
                    <a className="incidents-title" href={`#/incidents/${encodeURIComponent(incident.id)}`}>
                      {incident.title}
                    </a>
                  </td>
                  <td>{incident.organization ?? <span className="incidents-unknown">Unknown</span>}</td>
                  <td className="incidents-nowrap">
                    {formatDate(incident.publishedAt ?? incident.startedAt) ?? <span className="incidents-unknown">Undated</span>}
                  </td>
                  <td className="incidents-nowrap">
                    {formatDuration(incident.durationMinutes) ?? <span className="incidents-unknown">—</span>}
                  </td>
                  <td className="incidents-themes">
                    <ThemeChips ids={incident.failureThemes.slice(0, 2)} themeById={catalog.byId} empty="—" />
                    {incident.failureThemes.length > 2 && (
                      <span className="incidents-more">{`+${incident.failureThemes.length - 2} more`}</span>
                    )}
                  </td>
                  <td>
                    <ProgressBar closed={closed} total={total} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {incidents && incidents.length > 0 && (
        <p className="incidents-footnote">
          {plural(incidents.length, 'incident')} · Drop files anywhere to import more, or paste text with <Kbd keys="mod+v" />
        </p>
      )}
      {pasteDialog}
    </>
  );
}
