import { navigate } from '../../app/router';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ActionItemsIcon, ArrowRightIcon } from '../../ui/icons';
import { PageHeader } from '../../ui/PageHeader';

export default function ActionItemsPage() {
  return (
    <>
      <PageHeader
        title="Action items"
        description="The remediation work from all your postmortems, in one list you can sort, filter and edit."
      />
      <EmptyState
        icon={ActionItemsIcon}
        title="No action items yet"
        actions={
          <Button icon={ArrowRightIcon} onClick={() => navigate('/incidents')}>
            Go to Incidents
          </Button>
        }
      >
        <p>
          When you import a postmortem, Followthrough finds its remediation items and keeps the sentence each came from.
          Accept them in the import review and they are tracked here with owner, due date, status and priority.
        </p>
      </EmptyState>
    </>
  );
}
