import { useState } from 'react';
import type { ActionItem } from '../../../shared/model';
import { deleteItems } from '../../db';
import { showToast } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/** Titles named in the dialog; the rest are counted. */
const TITLES_SHOWN = 3;

function countOfItems(count: number): string {
  return `${count.toLocaleString('en')} item${count === 1 ? '' : 's'}`;
}

export interface DeleteItemsDialogProps {
  open: boolean;
  items: readonly ActionItem[];
  onClose(): void;
  onDeleted(ids: readonly string[]): void;
}

/** Asks before deleting items; the deletion is one undoable step. */
export function DeleteItemsDialog({ open, items, onClose, onDeleted }: DeleteItemsDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const noun = items.length === 1 ? 'item' : countOfItems(items.length);
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    try {
      const ids = items.map((item) => item.id);
      const deleted = await deleteItems(ids);
      showToast({ tone: 'success', title: `Deleted ${countOfItems(deleted)}`, description: 'Ctrl/Cmd+Z undoes it.' });
      setError(null);
      onDeleted(ids);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const hidden = items.length - TITLES_SHOWN;
  return (
    <Dialog
      open={open}
      onClose={close}
      title={items.length === 1 ? 'Delete this item?' : `Delete ${noun}?`}
      description="Deleted items leave the table and the dashboard. Their history is kept, and undo restores them."
      size="sm"
      footer={
        <>
          <Button variant="ghost" onClick={close} data-autofocus>
            Cancel
          </Button>
          <Button variant="danger" onClick={() => void confirm()}>
            Delete {noun}
          </Button>
        </>
      }
    >
      <ul className="delete-items-list">
        {items.slice(0, TITLES_SHOWN).map((item) => (
          <li key={item.id}>{item.title}</li>
        ))}
        {hidden > 0 && <li className="delete-items-more">and {hidden.toLocaleString('en')} more</li>}
      </ul>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
