import { useId, useState } from 'react';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { dueDateChoices } from './review-decisions';
import { useFocusOnOpen } from './use-focus-on-open';
import '../../ui/form-controls.css';

export interface DueDateDialogProps {
  open: boolean;
  itemTitle: string;
  current: string | null;
  today: string;
  onSubmit(dueDate: string | null): void;
  onClose(): void;
}

/** A new due date: one of the usual answers, a date typed in, or none. */
export function DueDateDialog({ open, itemTitle, current, today, onSubmit, onClose }: DueDateDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Change the due date" description={itemTitle}>
      <DueDateForm current={current} today={today} onSubmit={onSubmit} onClose={onClose} />
    </Dialog>
  );
}

function DueDateForm({ current, today, onSubmit, onClose }: Omit<DueDateDialogProps, 'open' | 'itemTitle'>) {
  const [value, setValue] = useState(current ?? '');
  const inputId = useId();
  const inputRef = useFocusOnOpen<HTMLInputElement>(true);
  return (
    <form
      className="review-dialog-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(value === '' ? null : value);
      }}
    >
      <div className="review-choice-row" role="group" aria-label="Quick due dates">
        {dueDateChoices(today).map((choice) => (
          <Button key={choice.label} size="sm" onClick={() => onSubmit(choice.date)}>
            {choice.label} <span className="review-choice-date">{choice.date}</span>
          </Button>
        ))}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          Due date
        </label>
        <input ref={inputRef} id={inputId} className="input" type="date" value={value} onChange={(event) => setValue(event.target.value)} />
        <span className="field-hint">Leave empty for no due date.</span>
      </div>
      <div className="review-dialog-actions">
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="primary" type="submit">
          Set due date
        </Button>
      </div>
    </form>
  );
}
