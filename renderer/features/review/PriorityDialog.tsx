import { useEffect } from 'react';
import { PRIORITIES, type Priority } from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';
import { useFocusOnOpen } from './use-focus-on-open';

export interface PriorityDialogProps {
  open: boolean;
  itemTitle: string;
  current: Priority | null;
  onSubmit(priority: Priority | null): void;
  onClose(): void;
}

const CHOICES: readonly (Priority | null)[] = [...PRIORITIES, null];

/** The priority a key names: 0 for P0 … 3 for P3, minus for none; undefined for other keys. */
function priorityForKey(key: string): Priority | null | undefined {
  return key === '-' ? null : PRIORITIES.find((priority) => priority === `P${key}`);
}

/** Picks a priority with a click or its digit. */
export function PriorityDialog({ open, itemTitle, current, onSubmit, onClose }: PriorityDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Change the priority" description={`${itemTitle} · press 0–3, or − for none`} size="sm">
      <PriorityChoices current={current} onSubmit={onSubmit} />
    </Dialog>
  );
}

function PriorityChoices({ current, onSubmit }: Pick<PriorityDialogProps, 'current' | 'onSubmit'>) {
  const currentRef = useFocusOnOpen<HTMLButtonElement>(true);
  // On the document, not the buttons: the digit may come before focus has moved into the dialog.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const choice = priorityForKey(event.key);
      if (choice === undefined || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      onSubmit(choice);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onSubmit]);
  return (
    <div className="review-choice-row" role="group" aria-label="Priority">
      {CHOICES.map((priority) => (
        <button
          key={priority ?? 'none'}
          ref={priority === current ? currentRef : undefined}
          type="button"
          className="review-priority-choice"
          aria-pressed={priority === current}
          onClick={() => onSubmit(priority)}
        >
          {priority ?? 'None'}
        </button>
      ))}
    </div>
  );
}
