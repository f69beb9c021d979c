import { navigate } from '../../app/router';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ArrowRightIcon, ReportsIcon } from '../../ui/icons';
import { Kbd } from '../../ui/Kbd';
import { PageHeader } from '../../ui/PageHeader';

export default function ReportsPage() {
  return (
    <>
      <PageHeader title="Reports" description="Share the state of remediation work outside the app." />
      <EmptyState
        icon={ReportsIcon}
        title="Nothing to report yet"
        actions={
          <Button icon={ArrowRightIcon} onClick={() => navigate('/incidents')}>
            Go to Incidents
          </Button>
        }
        hint={
          <>
            Export from anywhere with <Kbd keys="mod+e" />
          </>
        }
      >
        <p>
          Build a report for a team, an incident or a period, and export it as Markdown, HTML, PDF or CSV, including a
          CSV that Jira imports.
        </p>
      </EmptyState>
    </>
  );
}
