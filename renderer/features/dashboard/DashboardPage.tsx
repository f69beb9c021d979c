import { navigate } from '../../app/router';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ArrowRightIcon, DashboardIcon } from '../../ui/icons';
import { PageHeader } from '../../ui/PageHeader';

export default function DashboardPage() {
  return (
    <>
      <PageHeader title="Dashboard" description="How remediation work is going, and which failures keep coming back." />
      <EmptyState
        icon={DashboardIcon}
        title="Nothing to chart yet"
        actions={
          <Button icon={ArrowRightIcon} onClick={() => navigate('/incidents')}>
            Go to Incidents
          </Button>
        }
      >
        <p>
          Once action items are tracked, this page charts completion over time, open and overdue work by failure theme,
          and the themes that recur across incidents.
        </p>
      </EmptyState>
    </>
  );
}
