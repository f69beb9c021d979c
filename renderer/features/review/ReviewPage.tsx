import { navigate } from '../../app/router';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ArrowRightIcon, ReviewIcon } from '../../ui/icons';
import { PageHeader } from '../../ui/PageHeader';

export default function ReviewPage() {
  return (
    <>
      <PageHeader title="Review" description="Run a remediation review meeting, one item at a time." />
      <EmptyState
        icon={ReviewIcon}
        title="No items to review"
        actions={
          <Button icon={ArrowRightIcon} onClick={() => navigate('/items')}>
            Go to Action items
          </Button>
        }
      >
        <p>
          A review walks through overdue, blocked and unowned items so the team can decide on each: new owner, new date,
          done or dropped. Every decision is recorded with the meeting it was made in.
        </p>
      </EmptyState>
    </>
  );
}
