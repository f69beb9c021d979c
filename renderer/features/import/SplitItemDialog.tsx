import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { suggestSplit, TITLE_MAX_LENGTH } from './review-draft';

export interface SplitItemDialogProps {
  /** The title of the item being split; the dialog is closed while null. */
  title: string | null;
  onSplit(titles: [string, string]): void;
  onClose(): void;
}

/** Splits one proposed item into two that keep its source sentence. */
export function SplitItemDialog({ title, onSplit, onClose }: SplitItemDialogProps) {
  return (
    <Dialog open={title !== null} onClose={onClose} title="Split item in two" description="Both items keep the sentence they came from.">
      {title !== null && <SplitForm key={title} title={title} onSplit={onSplit} onClose={onClose} />}
    </Dialog>
  );
}

function SplitForm({ title, onSplit, onClose }: { title: string; onSplit(titles: [string, string]): void; onClose(): void }) {
  const [suggestedFirst, suggestedSecond] = suggestSplit(title);
  const [first, setFirst] = useState(suggestedFirst);
  const [second, setSecond] = useState(suggestedSecond);
  const firstId = useId();
  const secondId = useId();
  const valid = first.trim() !== '' && second.trim() !== '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) onSplit([first, second]);
  };
  return (
    <form className="import-review-form" onSubmit={submit}>
      <label className="import-review-field" htmlFor={firstId}>
        <span className="import-review-field-label">First item</span>
        <textarea id={firstId} value={first} maxLength={TITLE_MAX_LENGTH} rows={2} onChange={(e) => setFirst(e.target.value)} />
      </label>
      <label className="import-review-field" htmlFor={secondId}>
        <span className="import-review-field-label">Second item</span>
        <textarea id={secondId} value={second} maxLength={TITLE_MAX_LENGTH} rows={2} onChange={(e) => setSecond(e.target.value)} />
      </label>
      <div className="import-review-form-actions">
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={!valid}>
          Split
        </Button>
      </div>
    </form>
  );
}
