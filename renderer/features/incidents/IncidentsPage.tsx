import { useFirstRunActions, useImportPostmortems } from '../../app/first-run-actions';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ImportIcon, IncidentsIcon, SamplesIcon } from '../../ui/icons';
import { Kbd } from '../../ui/Kbd';
import { PageHeader } from '../../ui/PageHeader';

export default function IncidentsPage() {
  const importPostmortems = useImportPostmortems();
  const { loadSamples } = useFirstRunActions();
  return (
    <>
      <PageHeader
        title="Incidents"
        description="Every postmortem you import, with its timeline, failure themes and remediation progress."
      />
      <EmptyState
        icon={IncidentsIcon}
        title="No incidents yet"
        actions={
          <>
            <Button variant="primary" icon={ImportIcon} onClick={importPostmortems}>
              Import postmortems…
            </Button>
            <Button icon={SamplesIcon} onClick={() => void loadSamples()}>
              Load sample postmortems
            </Button>
          </>
        }
        hint={
          <>
            Or drop files anywhere in this window · <Kbd keys="mod+o" />
          </>
        }
      >
        <p>
          Import a postmortem (Statuspage text, Markdown, HTML or Statuspage JSON) and it appears here as an incident:
          its organization, date, duration, failure themes and how far its action items have come.
        </p>
      </EmptyState>
    </>
  );
}
