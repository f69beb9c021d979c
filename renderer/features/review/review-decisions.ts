/** What each review keystroke means for an item: the status keys, notes and quick due dates. */
import { ITEM_STATUSES, type ItemStatus } from '../../../shared/model';
import { addDays } from './review-scope';

/** Number keys 1–6 set the statuses in their lifecycle order. */
export const STATUS_KEYS: readonly { key: string; status: ItemStatus }[] = ITEM_STATUSES.map((status, index) => ({
  key: String(index + 1),
  status,
}));

/**
 * The item's notes with `note` added as a new paragraph. The old text stays an exact
 * prefix, which is how a meeting summary tells the note taken from what was there.
 */
export function appendNote(notes: string, note: string): string {
  const text = note.trim();
  if (text === '') return notes;
  if (notes === '') return text;
  return `${notes}${notes.endsWith('\n') ? '\n' : '\n\n'}${text}`;
}

export interface DueDateChoice {
  label: string;
  date: string;
}

/** One-click due dates relative to today: the usual answers to "when can this be done?". */
export function dueDateChoices(today: string): DueDateChoice[] {
  return [
    { label: 'In 1 week', date: addDays(today, 7) },
    { label: 'In 2 weeks', date: addDays(today, 14) },
    { label: 'In 1 month', date: addDays(today, 30) },
    { label: 'In 1 quarter', date: addDays(today, 91) },
  ];
}
