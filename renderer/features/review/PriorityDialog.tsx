import type { KeyboardEvent } from 'react';
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

/** Picks a priority with a click or its digit: 0 for P0 … 3 for P3, minus for none. */
export function PriorityDialog({ open, itemTitle, current, onSubmit, onClose }: PriorityDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Change the priority" description={itemTitle} size="sm">
      <PriorityChoices current={current} onSubmit={onSubmit} />
    </Dialog>
  );
}

function PriorityChoices({ current, onSubmit }: Pick<PriorityDialogProps, 'current' | 'onSubmit'>) {
  const currentRef = useFocusOnOpen<HTMLButtonElement>(true);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const choice = event.key === '-' ? null : PRIORITIES.find((priority) => priority === `P${event.key}`);
    if (choice === undefined) return;
    event.preventDefault();
    onSubmit(choice);
  };
  return (
    <div className="review-choice-row" role="group" aria-label="Priority" onKeyDown={onKeyDown}>
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
