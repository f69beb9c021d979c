import { useLiveQuery } from 'dexie-react-hooks';
import { formatHash } from '../../app/router';
import { listMeetings } from '../../db';
import { meetingTimeText } from './review-format';

/** Every meeting, latest first; each opens its summary, or the meeting itself if still running. */
export function PastMeetings() {
  const meetings = useLiveQuery(listMeetings, []);
  if (!meetings || meetings.length === 0) return null;
  return (
    <section className="review-past" aria-labelledby="review-past-title">
      <h2 id="review-past-title" className="review-section-title">
        Meetings
      </h2>
      <ul className="review-past-list">
        {meetings.map((meeting) => (
          <li key={meeting.id} className="review-past-row">
            <a className="review-past-link" href={formatHash(`/review/${meeting.id}`)}>
              {meeting.title}
            </a>
            <span className="review-muted">{meetingTimeText(meeting.startedAt, meeting.endedAt)}</span>
            <span className="review-muted">
              {meeting.itemIds.length} {meeting.itemIds.length === 1 ? 'item' : 'items'}
            </span>
            {meeting.endedAt === null && <span className="review-badge">In progress</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
