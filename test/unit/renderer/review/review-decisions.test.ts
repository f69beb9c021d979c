import { describe, expect, it } from 'vitest';
import type { ItemEvent } from '../../../../shared/model';
import { meetingDecisions } from '../../../../shared/report';
import { appendNote, dueDateChoices, STATUS_KEYS } from '../../../../renderer/features/review/review-decisions';
import { item } from './fixtures';

describe('STATUS_KEYS', () => {
  it('maps 1–6 to the statuses in lifecycle order', () => {
    expect(STATUS_KEYS.map(({ key, status }) => `${key}:${status}`)).toEqual([
      '1:proposed',
      '2:open',
      '3:in_progress',
      '4:blocked',
      '5:done',
      '6:wont_do',
    ]);
  });
});

describe('appendNote', () => {
  it('adds the note as a new paragraph and ignores blank notes', () => {
    expect(appendNote('', '  Needs a design review ')).toBe('Needs a design review');
    expect(appendNote('Waiting on infra.', 'Ana to follow up')).toBe('Waiting on infra.\n\nAna to follow up');
    expect(appendNote('Line\n', 'More')).toBe('Line\n\nMore');
    expect(appendNote('Kept', '   ')).toBe('Kept');
  });

  it('keeps the old notes as a prefix, so the meeting summary shows only the note taken', () => {
    const before = 'Waiting on infra.';
    const event: ItemEvent = {
      id: 'e1',
      itemId: 'a',
      at: '2024-06-10T10:00:00Z',
      type: 'changed',
      field: 'notes',
      from: before,
      to: appendNote(before, 'Ana to follow up'),
      meetingId: 'm1',
      batchId: 'b1',
    };
    const decisions = meetingDecisions('m1', [event], new Map([['a', item({ id: 'a' })]]));
    expect(decisions.notes.map((decision) => decision.to)).toEqual(['Ana to follow up']);
  });
});

describe('dueDateChoices', () => {
  it('offers one week, two weeks, a month and a quarter from today', () => {
    expect(dueDateChoices('2024-06-10').map((choice) => choice.date)).toEqual(['2024-06-17', '2024-06-24', '2024-07-10', '2024-09-09']);
  });
});
