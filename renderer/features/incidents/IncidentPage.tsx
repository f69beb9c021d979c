import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { CLOSED_STATUSES, type ActionItem, type Incident } from '../../../shared/model';
import { navigate, useRoute } from '../../app/router';
import { getIncident, queryItems } from '../../db';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ArrowRightIcon, IncidentsIcon } from '../../ui/icons';
import { PageHeader } from '../../ui/PageHeader';
import { StatusBadge } from '../../ui/StatusBadge';
import { describeIncidentFacts, formatDate, formatDateTime, formatDuration, formatTime } from '../import/incident-facts';
import { KIND_LABELS } from '../import/kind-labels';
import { SourceText } from '../import/SourceText';
import { useThemeCatalog } from '../import/theme-catalog';
import { ThemeChips } from '../../ui/ThemeChips';
import { ProgressBar } from './ProgressBar';
import './incidents.css';

const itemHref = (item: ActionItem) => `#/items/${encodeURIComponent(item.id)}`;

/** Items in the order their sources appear in the text; hand-made items last. */
function bySourcePosition(a: ActionItem, b: ActionItem): number {
  return (a.source?.start ?? Infinity) - (b.source?.start ?? Infinity) || a.createdAt.localeCompare(b.createdAt);
}

function Facts({ incident, items }: { incident: Incident; items: readonly ActionItem[] }) {
  const catalog = useThemeCatalog();
  const closed = items.filter((item) => CLOSED_STATUSES.includes(item.status)).length;
  const started = formatDateTime(incident.startedAt);
  const resolved = formatDateTime(incident.resolvedAt);
  return (
    <dl className="incident-facts">
      <div>
        <dt>Organization</dt>
        <dd>{incident.organization ?? 'Unknown'}</dd>
      </div>
      <div>
        <dt>Published</dt>
        <dd>{formatDate(incident.publishedAt) ?? 'Undated'}</dd>
      </div>
      <div>
        <dt>Impact</dt>
        <dd>
          {started && resolved ? `${started} – ${formatTime(incident.resolvedAt)} UTC` : (started ?? 'Not stated')}
          {incident.durationMinutes !== null && <span className="incident-facts-note">{` · ${formatDuration(incident.durationMinutes)}`}</span>}
        </dd>
      </div>
      <div>
        <dt>Follow-up</dt>
        <dd>
          <ProgressBar closed={closed} total={items.length} />
        </dd>
      </div>
      <div className="incident-facts-wide">
        <dt>Failure themes</dt>
        <dd>
          <ThemeChips ids={incident.failureThemes} themeById={catalog.byId} empty="None found" />
        </dd>
      </div>
      <div className="incident-facts-wide">
        <dt>Affected components</dt>
        <dd>
          {incident.components.length === 0 ? (
            <span className="incidents-unknown">None listed</span>
          ) : (
            <ul className="incident-components">
              {incident.components.map((component) => (
                <li key={component}>{component}</li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}

function Timeline({ incident }: { incident: Incident }) {
  const entries =
    incident.timeline.length > 0
      ? incident.timeline.map((entry) => ({ key: entry.span.start, at: entry.at, label: null, text: entry.text }))
      : incident.updates.map((update) => ({
          key: update.span.start,
          at: update.postedAt,
          label: update.status,
          text: update.body.split('\n')[0] ?? '',
        }));
  if (entries.length === 0) return <p className="incidents-unknown">The postmortem gives no timeline.</p>;
  return (
    <ol className="incident-timeline">
      {entries.map((entry) => (
        <li key={entry.key}>
          <span className="incident-timeline-time">{formatDateTime(entry.at) ?? 'Time not stated'}</span>
          <span className="incident-timeline-text">
            {entry.label && <strong>{entry.label}: </strong>}
            {entry.text}
          </span>
        </li>
      ))}
    </ol>
  );
}

function ItemList({
  items,
  selectedId,
  onSelect,
}: {
  items: readonly ActionItem[];
  selectedId: string | null;
  onSelect(id: string | null): void;
}) {
  if (items.length === 0) return <p className="incidents-unknown">No action items were kept from this postmortem.</p>;
  return (
    <ul className="incident-items">
      {items.map((item) => (
        <li
          key={item.id}
          className={item.id === selectedId ? 'incident-item is-selected' : 'incident-item'}
          onMouseEnter={() => onSelect(item.id)}
          onFocus={() => onSelect(item.id)}
        >
          <span className="incident-item-status">
            <StatusBadge status={item.status} />
          </span>
          <span className="incident-item-main">
            <a className="incident-item-title" href={itemHref(item)}>
              {item.title}
            </a>
            <span className="incident-item-meta">
              {[KIND_LABELS[item.kind], item.owner ?? 'Unassigned', item.dueDate && `Due ${formatDate(item.dueDate)}`]
                .filter(Boolean)
                .join(' · ')}
              {item.missingFromSource && ' · No longer in the postmortem'}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One incident: its facts, the postmortem with every extracted span marked, its items and timeline. */
export function IncidentPage({ id }: { id: string }) {
  const incident = useLiveQuery(async () => (await getIncident(id)) ?? null, [id]);
  const loadedItems = useLiveQuery(() => queryItems({ incidentId: id }), [id]);
  const items = useMemo(() => [...(loadedItems ?? [])].sort(bySourcePosition), [loadedItems]);
  const [pickedId, setSelectedId] = useState<string | null>(null);
  // `?span=start-end` (from an item's "From <incident>" link) selects the item quoted there.
  const span = useRoute().params.get('span');
  const spanItemId = useMemo(() => {
    const [start, end] = (span ?? '').split('-').map(Number);
    return items.find((item) => item.source?.start === start && item.source?.end === end)?.id ?? null;
  }, [span, items]);
  const selectedId = pickedId ?? spanItemId;

  const highlights = useMemo(() => {
    const length = incident?.sourceText.length ?? 0;
    return items.flatMap((item) =>
      item.source && !item.missingFromSource && item.source.end <= length ? [{ id: item.id, ...item.source }] : [],
    );
  }, [incident, items]);

  if (incident === undefined || loadedItems === undefined) return null;
  if (incident === null) {
    return (
      <EmptyState
        icon={IncidentsIcon}
        title="Incident not found"
        actions={
          <Button icon={ArrowRightIcon} onClick={() => navigate('/incidents')}>
            Go to Incidents
          </Button>
        }
      >
        <p>It may have been deleted, or the link is from another computer.</p>
      </EmptyState>
    );
  }

  return (
    <article className="incident-page">
      <nav aria-label="Breadcrumb" className="incident-breadcrumb">
        <a href="#/incidents">Incidents</a>
      </nav>
      <PageHeader title={incident.title} description={describeIncidentFacts(incident, incident.fileName)} />
      <Facts incident={incident} items={items} />
      <div className="incident-columns">
        <section className="incident-panel incident-source" aria-labelledby="incident-source-title">
          <header className="incident-panel-header">
            <h2 id="incident-source-title">Postmortem</h2>
            <span className="incident-panel-note">Marked passages became action items</span>
          </header>
          <SourceText
            text={incident.sourceText}
            label="Postmortem text"
            highlights={highlights}
            selectedId={selectedId}
            onHighlightClick={(itemId) => navigate(`/items/${itemId}`)}
          />
        </section>
        <div className="incident-side">
          <section className="incident-panel" aria-labelledby="incident-items-title">
            <header className="incident-panel-header">
              <h2 id="incident-items-title">Action items</h2>
              <span className="incident-panel-note">{items.length}</span>
            </header>
            <ItemList items={items} selectedId={selectedId} onSelect={setSelectedId} />
          </section>
          <section className="incident-panel" aria-labelledby="incident-timeline-title">
            <header className="incident-panel-header">
              <h2 id="incident-timeline-title">Timeline</h2>
              <span className="incident-panel-note">UTC</span>
            </header>
            <Timeline incident={incident} />
          </section>
        </div>
      </div>
    </article>
  );
}
