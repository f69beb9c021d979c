import { describe, expect, it } from 'vitest';
import type { ItemEvent } from '../../../../shared/model';
import { describeEvent, historyLines } from '../../../../renderer/features/items/history';

const labels = new Map([
  ['canary', 'Canaries & progressive rollout'],
  ['monitoring', 'Monitoring & alerting'],
]);

function event(overrides: Partial<ItemEvent>): ItemEvent {
  return { id: 'e', itemId: 'i', at: '2025-01-01T10:00:00.000Z', type: 'changed', field: 'status', from: 'open', to: 'done', meetingId: null, batchId: 'b', ...overrides };
}

describe('item history', () => {
  it('reads changes as "Field: from → to", with labels for statuses and themes', () => {
    expect(describeEvent(event({}), labels)).toBe('Status: Open → Done');
    expect(describeEvent(event({ field: 'themes', from: ['canary'], to: ['canary', 'monitoring'] }), labels)).toBe(
      'Themes: Canaries & progressive rollout → Canaries & progressive rollout, Monitoring & alerting',
    );
    expect(describeEvent(event({ field: 'owner', from: null, to: 'Ana' }), labels)).toBe('Owner: — → Ana');
    expect(describeEvent(event({ field: 'notes', from: 'a', to: 'b' }), labels)).toBe('Notes edited');
    expect(describeEvent(event({ type: 'created', field: null, from: null, to: 'proposed' }), labels)).toBe('Created as Proposed');
  });

  it('lists newest first with how long ago, marking review-meeting changes', () => {
    const now = Date.parse('2025-01-01T12:00:00.000Z');
    const lines = historyLines(
      [event({ id: 'old', type: 'created', field: null, to: 'open', at: '2024-12-30T12:00:00.000Z' }), event({ id: 'new', meetingId: 'm1' })],
      labels,
      now,
    );
    expect(lines).toEqual([
      { id: 'new', text: 'Status: Open → Done', when: '2 h ago', inMeeting: true },
      { id: 'old', text: 'Created as Open', when: '2 d ago', inMeeting: false },
    ]);
  });
});
