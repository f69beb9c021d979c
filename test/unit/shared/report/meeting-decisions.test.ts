import { describe, expect, it } from 'vitest';
import { latestMeeting, meetingDecisions, type Decision } from '../../../../shared/report';
import { changed, item, meeting, statusChange } from '../insights/builders';

describe('meeting decisions', () => {
  const items = new Map([item('a', { title: 'A' }), item('b', { title: 'B' })].map((record) => [record.id, record]));

  it('sorts recorded changes into decisions, ignoring other meetings and items out of scope', () => {
    const events = [
      changed('a', '2024-01-01T10:05:00Z', 'priority', null, 'P3', 'm'),
      changed('b', '2024-01-01T10:04:00Z', 'priority', 'P0', 'P2', 'm'),
      statusChange('a', '2024-01-01T10:03:00Z', 'open', 'in_progress', 'm'),
      statusChange('b', '2024-01-01T10:02:00Z', 'in_progress', 'done', 'm'),
      changed('a', '2024-01-01T10:06:00Z', 'notes', 'Old note', 'Old note\nAsked vendor', 'm'),
      changed('a', '2024-01-01T10:07:00Z', 'dueDate', null, '2024-02-01', 'm'),
      changed('a', '2024-01-01T10:08:00Z', 'owner', 'Ana', null, 'm'),
      changed('a', '2024-01-01T10:09:00Z', 'owner', 'Ana', 'Bo', 'other-meeting'),
      statusChange('gone', '2024-01-01T10:09:00Z', 'open', 'done', 'm'),
    ];
    const decisions = meetingDecisions('m', events, items);
    const readable = (list: Decision[]): string[] => list.map((decision) => `${decision.itemTitle}: ${decision.from} → ${decision.to}`);
    const summary = Object.fromEntries(Object.entries(decisions).map(([kind, list]: [string, Decision[]]) => [kind, readable(list)]));
    expect(summary).toEqual({
      closed: ['B: In progress → Done'],
      statusChanged: ['A: Open → In progress'],
      reOwned: ['A: Ana → Unassigned'],
      reDated: ['A: No due date → 2024-02-01'],
      escalated: ['A: None → P3'],
      deprioritised: ['B: P0 → P2'],
      notes: ['A: null → Asked vendor'],
    });
  });

  it('picks the latest meeting started by a moment', () => {
    const meetings = [meeting('old', { startedAt: '2024-01-01T00:00:00Z' }), meeting('new', { startedAt: '2024-02-01T00:00:00Z' })];
    expect(latestMeeting(meetings, Date.parse('2024-03-01'))?.id).toBe('new');
    expect(latestMeeting(meetings, Date.parse('2024-01-15'))?.id).toBe('old');
    expect(latestMeeting(meetings, Date.parse('2023-12-01'))).toBeNull();
  });
});
