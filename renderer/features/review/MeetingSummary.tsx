import { meetingDecisions, type Decision, type MeetingDecisions } from '../../../shared/report';
import { navigate } from '../../app/router';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { meetingTimeText } from './review-format';
import type { MeetingData } from './use-meeting-data';

interface DecisionGroup {
  key: keyof MeetingDecisions;
  title: string;
  /** Counted in the figures at the top. */
  headline: boolean;
}

const GROUPS: readonly DecisionGroup[] = [
  { key: 'closed', title: 'Closed', headline: true },
  { key: 'reOwned', title: 'Re-owned', headline: true },
  { key: 'reDated', title: 'Re-dated', headline: true },
  { key: 'escalated', title: 'Escalated', headline: true },
  { key: 'notes', title: 'Notes taken', headline: true },
  { key: 'statusChanged', title: 'Status changed', headline: false },
  { key: 'deprioritised', title: 'Priority lowered', headline: false },
];

function describe(key: keyof MeetingDecisions, decision: Decision): string {
  return key === 'notes' ? (decision.to ?? '') : `${decision.from ?? '—'} → ${decision.to ?? '—'}`;
}

export interface MeetingSummaryProps {
  data: MeetingData;
  onResume(): void;
}

/** What an ended meeting decided, from the changes recorded with it. */
export function MeetingSummary({ data, onResume }: MeetingSummaryProps) {
  const { meeting } = data;
  const decisions = meetingDecisions(meeting.id, data.events, new Map(data.items.map((item) => [item.id, item])));
  const groups = GROUPS.filter((group) => group.headline || decisions[group.key].length > 0);
  return (
    <>
      <PageHeader
        title={meeting.title}
        description={`Meeting summary · ${meetingTimeText(meeting.startedAt, meeting.endedAt)} · ${meeting.itemIds.length} items in scope`}
        actions={
          <>
            <Button onClick={() => navigate('/review')}>All meetings</Button>
            <Button onClick={onResume}>Resume meeting</Button>
            <Button variant="primary" onClick={() => navigate('/reports')}>
              Build a report
            </Button>
          </>
        }
      />
      <ul className="review-summary-figures" aria-label="Decisions">
        {GROUPS.filter((group) => group.headline).map((group) => (
          <li key={group.key} className="review-summary-figure">
            <span className="review-summary-value">{decisions[group.key].length}</span>
            <span className="review-summary-label">{group.title}</span>
          </li>
        ))}
      </ul>
      <div className="review-summary-groups">
        {groups.map((group) => (
          <section key={group.key} className="review-summary-group" aria-labelledby={`decisions-${group.key}`}>
            <h2 id={`decisions-${group.key}`}>
              {group.title} <span className="review-muted">({decisions[group.key].length})</span>
            </h2>
            {decisions[group.key].length === 0 ? (
              <p className="review-muted">None.</p>
            ) : (
              <ul>
                {decisions[group.key].map((decision, index) => (
                  <li key={`${decision.itemId}-${index}`}>
                    <span className="review-summary-item">{decision.itemTitle}</span>
                    <span className="review-summary-change">{describe(group.key, decision)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
