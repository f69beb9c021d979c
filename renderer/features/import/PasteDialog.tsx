import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

const FORMATS = [
  { extension: 'txt', label: 'Detect from the text' },
  { extension: 'md', label: 'Markdown' },
  { extension: 'html', label: 'HTML' },
  { extension: 'json', label: 'Statuspage JSON' },
] as const;

export interface PastedPostmortem {
  name: string;
  bytes: Uint8Array;
}

export interface PasteDialogProps {
  open: boolean;
  /** What was on the clipboard when the dialog opened. */
  initialText: string;
  onClose(): void;
  onSubmit(file: PastedPostmortem): void;
}

/** Pasted postmortem text, handed to the import flow as if it were a file. */
export function PasteDialog({ open, initialText, onClose, onSubmit }: PasteDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Paste a postmortem"
      description="Statuspage text, Markdown, HTML or Statuspage JSON. It is read as text; nothing in it runs."
      size="lg"
    >
      {open && <PasteForm initialText={initialText} onClose={onClose} onSubmit={onSubmit} />}
    </Dialog>
  );
}

function PasteForm({ initialText, onClose, onSubmit }: Omit<PasteDialogProps, 'open'>) {
  const [text, setText] = useState(initialText);
  const [name, setName] = useState('');
  const [extension, setExtension] = useState<(typeof FORMATS)[number]['extension']>('txt');
  const ids = { text: useId(), name: useId(), format: useId() };
  const empty = text.trim() === '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (empty) return;
    const base = name.trim().replace(/[/\\:*?"<>|]/g, '-') || 'Pasted postmortem';
    onSubmit({ name: `${base}.${extension}`, bytes: new TextEncoder().encode(text) });
  };

  return (
    <form className="import-review-form" onSubmit={submit}>
      <label className="import-review-field" htmlFor={ids.text}>
        <span className="import-review-field-label">Postmortem text</span>
        <textarea
          id={ids.text}
          className="paste-textarea"
          value={text}
          autoFocus
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <div className="import-review-form-grid">
        <label className="import-review-field" htmlFor={ids.name}>
          <span className="import-review-field-label">Name (optional)</span>
          <input id={ids.name} value={name} placeholder="Pasted postmortem" onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="import-review-field" htmlFor={ids.format}>
          <span className="import-review-field-label">Format</span>
          <select
            id={ids.format}
            className="import-review-select import-review-select--field"
            value={extension}
            onChange={(e) => setExtension(e.target.value as typeof extension)}
          >
            {FORMATS.map((format) => (
              <option key={format.extension} value={format.extension}>
                {format.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="import-review-form-actions">
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={empty}>
          Review items
        </Button>
      </div>
    </form>
  );
}
