import { useLiveQuery } from 'dexie-react-hooks';
import { navigate, useRoute } from '../../app/router';
import { loadAllItems } from '../../db';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ArrowRightIcon, ReviewIcon } from '../../ui/icons';
import { PageHeader } from '../../ui/PageHeader';
import { MeetingRoom } from './MeetingRoom';
import { PastMeetings } from './PastMeetings';
import { StartReviewForm } from './StartReviewForm';
import './review.css';

/** `/review`: start a meeting or open a past one; `/review/<meeting id>`: the meeting. */
export default function ReviewPage() {
  const { path } = useRoute();
  const meetingId = path.split('/')[2];
  return meetingId ? <MeetingRoom key={meetingId} meetingId={meetingId} /> : <ReviewHome />;
}

function ReviewHome() {
  const itemCount = useLiveQuery(async () => (await loadAllItems()).length, []);
  if (itemCount === undefined) return null;
  return (
    <>
      <PageHeader title="Review" description="Run a remediation review meeting, one item at a time." />
      {itemCount === 0 ? (
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
      ) : (
        <StartReviewForm />
      )}
      <PastMeetings />
    </>
  );
}
