import { createItem } from '../../db';
import { showToast } from '../../stores/toasts';
import { Dialog } from '../../ui/Dialog';
import { ItemForm } from './ItemForm';
import { BLANK_ITEM_FORM, formToPatch } from './item-form-schema';
import type { Lookups } from './use-lookups';

export interface NewItemDialogProps {
  open: boolean;
  lookups: Lookups;
  onClose(): void;
  onCreated(id: string): void;
}

/** An item added by hand, belonging to no incident. */
export function NewItemDialog({ open, lookups, onClose, onCreated }: NewItemDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="New action item" size="lg">
      <ItemForm
        defaultValues={BLANK_ITEM_FORM}
        themes={lookups.themes}
        owners={lookups.owners}
        submitLabel="Add item"
        autoFocusTitle
        onCancel={onClose}
        onSubmit={async (values) => {
          const item = await createItem(formToPatch(values));
          showToast({ tone: 'success', title: 'Item added', description: item.title });
          onCreated(item.id);
        }}
      />
    </Dialog>
  );
}
