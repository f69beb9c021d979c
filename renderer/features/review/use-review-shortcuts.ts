import { useMemo } from 'react';
import { STATUS_LABELS, type ItemStatus } from '../../../shared/model';
import { useShortcuts, type Shortcut } from '../../ui/shortcuts';
import { STATUS_KEYS } from './review-decisions';

/** The decisions that open an editor: owner, due date, priority, note. */
export type DecisionEditor = 'owner' | 'due' | 'priority' | 'note';

export const EDITOR_KEYS: Record<DecisionEditor, string> = { owner: 'o', due: 'd', priority: 'p', note: 'n' };
const EDITOR_LABELS: Record<DecisionEditor, string> = {
  owner: 'Change the owner',
  due: 'Change the due date',
  priority: 'Change the priority',
  note: 'Take a note',
};

export interface ReviewShortcutHandlers {
  setStatus(status: ItemStatus): void;
  openEditor(editor: DecisionEditor): void;
  move(step: 1 | -1): void;
  /** Esc; absent where there is nothing to leave. */
  leave?: () => void;
}

const GROUP = 'Review meeting';

/** The meeting's keyboard: 1–6 status, o d p n editors, ← → (and ↑ ↓) to move, Esc to leave. */
export function useReviewShortcuts(handlers: ReviewShortcutHandlers | null): void {
  const shortcuts = useMemo<Shortcut[]>(() => {
    if (!handlers) return [];
    const { setStatus, openEditor, move, leave } = handlers;
    return [
      ...STATUS_KEYS.map(({ key, status }) => ({
        keys: key,
        description: `Set status to ${STATUS_LABELS[status]}`,
        group: GROUP,
        run: () => setStatus(status),
      })),
      ...(Object.keys(EDITOR_KEYS) as DecisionEditor[]).map((editor) => ({
        keys: EDITOR_KEYS[editor],
        description: EDITOR_LABELS[editor],
        group: GROUP,
        run: () => openEditor(editor),
      })),
      { keys: 'arrowright', description: 'Next item', group: GROUP, run: () => move(1) },
      { keys: 'arrowleft', description: 'Previous item', group: GROUP, run: () => move(-1) },
      { keys: 'arrowdown', run: () => move(1) },
      { keys: 'arrowup', run: () => move(-1) },
      ...(leave ? [{ keys: 'escape', description: 'Leave the presenter view', group: GROUP, run: leave }] : []),
    ];
  }, [handlers]);
  useShortcuts(shortcuts);
}
