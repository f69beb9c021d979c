/** What an import outcome means, in words. */
import type { ImportOutcome } from '../../db';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function describeOutcome(outcome: Extract<ImportOutcome, { ok: true }>, title: string): { title: string; description: string } {
  switch (outcome.status) {
    case 'created':
      return { title: `Added “${title}”`, description: `${count(outcome.itemsAdded, 'action item')} added to the tracker.` };
    case 'updated': {
      const parts = [
        `${count(outcome.itemsAdded, 'new item')}`,
        `${count(outcome.itemsUpdated, 'item')} updated`,
        outcome.itemsFlaggedMissing > 0 ? `${count(outcome.itemsFlaggedMissing, 'item')} no longer in the text` : null,
      ];
      return { title: `Updated “${title}” to the new version`, description: `${parts.filter(Boolean).join(', ')}.` };
    }
    case 'unchanged':
      return { title: `“${title}” is already in your tracker`, description: 'Nothing was added twice.' };
  }
}
