import { useId, useState } from 'react';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useFocusOnOpen } from './use-focus-on-open';
import '../../ui/form-controls.css';

export interface TextPromptDialogProps {
  open: boolean;
  title: string;
  description?: string;
  label: string;
  initialValue: string;
  /** A paragraph rather than one line; Ctrl/Cmd+Enter submits. */
  multiline?: boolean;
  /** Offered as completions of a one-line value. */
  suggestions?: readonly string[];
  submitLabel: string;
  /** Whether an empty value may be submitted (e.g. to clear an owner). */
  allowEmpty?: boolean;
  onSubmit(value: string): void;
  onClose(): void;
}

/** Asks for one piece of text: an owner, a note, a reason. Enter submits. */
export function TextPromptDialog(props: TextPromptDialogProps) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={props.title} description={props.description}>
      <TextPromptForm {...props} />
    </Dialog>
  );
}

function TextPromptForm({ label, initialValue, multiline, suggestions, submitLabel, allowEmpty, onSubmit, onClose }: TextPromptDialogProps) {
  const [value, setValue] = useState(initialValue);
  const inputId = useId();
  const listId = useId();
  const fieldRef = useFocusOnOpen<HTMLInputElement & HTMLTextAreaElement>(true);
  const canSubmit = allowEmpty || value.trim() !== '';
  const submit = () => {
    if (canSubmit) onSubmit(value.trim());
  };

  return (
    <form
      className="review-dialog-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          {label}
        </label>
        {multiline ? (
          <textarea
            ref={fieldRef}
            id={inputId}
            className="textarea"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                submit();
              }
            }}
          />
        ) : (
          <input
            ref={fieldRef}
            id={inputId}
            className="input"
            value={value}
            list={suggestions ? listId : undefined}
            autoComplete="off"
            onChange={(event) => setValue(event.target.value)}
          />
        )}
        {suggestions && (
          <datalist id={listId}>
            {suggestions.map((suggestion) => (
              <option key={suggestion} value={suggestion} />
            ))}
          </datalist>
        )}
      </div>
      <div className="review-dialog-actions">
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="primary" type="submit" disabled={!canSubmit}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
