import { useLiveQuery } from 'dexie-react-hooks';
import { formatHash } from '../../app/router';
import { getItem, updateItem } from '../../db';
import { showToast } from '../../stores/toasts';
import { Button, IconButton } from '../../ui/Button';
import { CloseIcon } from '../../ui/icons';
import { ItemForm } from './ItemForm';
import { formToPatch, itemToForm } from './item-form-schema';
import { ItemHistory } from './ItemHistory';
import { TicketLinks } from './TicketLinks';
import type { Lookups } from './use-lookups';

export interface ItemDrawerProps {
  itemId: string;
  lookups: Lookups;
  /** Focus the title when the drawer opens (the `e` shortcut). */
  editing: boolean;
  onClose(): void;
  /** Asks to delete the item (the page confirms first). */
  onDelete(): void;
}

/** One item beside the table: its editor, where it came from, and its history. */
export function ItemDrawer({ itemId, lookups, editing, onClose, onDelete }: ItemDrawerProps) {
  const item = useLiveQuery(() => getItem(itemId).then((found) => found ?? null), [itemId]);
  return (
    <aside className="item-drawer" aria-label="Item details">
      <header className="drawer-header">
        <h2 className="drawer-title">{item ? item.title : item === null ? 'Item not found' : ''}</h2>
        <div className="drawer-actions">
          {item && (
            <Button size="sm" variant="ghost" className="drawer-delete" onClick={onDelete}>
              Delete
            </Button>
          )}
          <IconButton label="Close item" icon={CloseIcon} onClick={onClose} />
        </div>
      </header>
      {item === null && <p className="drawer-empty">This item no longer exists. It may have been deleted or undone.</p>}
      {item && (
        <div className="drawer-body">
          {item.incidentId !== null && (
            <p className="drawer-source">
              From{' '}
              <a
                href={formatHash(
                  `/incidents/${item.incidentId}`,
                  item.source ? { span: `${item.source.start}-${item.source.end}` } : {},
                )}
              >
                {lookups.incidentTitles.get(item.incidentId) ?? 'its incident'}
              </a>
              {item.source && <q className="drawer-quote">{item.source.quote}</q>}
            </p>
          )}
          <TicketLinks links={item.ticketLinks} />
          {item.missingFromSource && (
            <p className="drawer-warning">The latest version of its postmortem no longer mentions this item.</p>
          )}
          <ItemForm
            key={`${item.id}:${item.updatedAt}`}
            defaultValues={itemToForm(item)}
            themes={lookups.themes}
            owners={lookups.owners}
            submitLabel="Save"
            autoFocusTitle={editing}
            onSubmit={async (values) => {
              await updateItem(item.id, formToPatch(values));
              showToast({ tone: 'success', title: 'Item saved' });
            }}
          />
          <ItemHistory itemId={item.id} themeLabels={lookups.themeLabels} />
        </div>
      )}
    </aside>
  );
}
