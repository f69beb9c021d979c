import { useState } from 'react';
import { ITEM_STATUSES, PRIORITIES, STATUS_LABELS, type ActionItem, type ItemStatus, type Priority } from '../../../shared/model';
import { bulkUpdateItems, type ItemPatch } from '../../db';
import { showToast } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from './Field';
import { isRealDate } from './item-form-schema';
import { OwnerInput } from './OwnerInput';
import { ThemeCheckboxes } from './ThemeCheckboxes';
import type { Lookups } from './use-lookups';

const KEEP = '';
const CLEAR = '~clear';

type ThemesMode = 'add' | 'replace';

interface BulkChoices {
  status: ItemStatus | typeof KEEP;
  wontDoReason: string;
  owner: string;
  clearOwner: boolean;
  dueDate: string;
  priority: Priority | typeof KEEP | typeof CLEAR;
  themes: string[];
  themesMode: ThemesMode;
}

const NO_CHANGES: BulkChoices = { status: KEEP, wontDoReason: '', owner: '', clearOwner: false, dueDate: '', priority: KEEP, themes: [], themesMode: 'add' };
/** The theme of items no theme fits: an item that gets a real theme is no longer "other". */
const UNTHEMED = 'other';

/** An item's themes with `added` after them, each once. */
function withThemes(themes: readonly string[], added: readonly string[]): string[] {
  const merged = [...new Set([...themes, ...added])];
  return merged.length > 1 ? merged.filter((theme) => theme !== UNTHEMED) : merged;
}

/** The change the choices make to one item; fields left alone stay out of it. */
function bulkChange(choices: BulkChoices): ItemPatch | ((item: ActionItem) => ItemPatch) {
  const patch = fieldPatch(choices);
  if (choices.themes.length === 0) return patch;
  if (choices.themesMode === 'replace') return { ...patch, themes: choices.themes };
  return (item) => ({ ...patch, themes: withThemes(item.themes, choices.themes) });
}

function fieldPatch(choices: BulkChoices): ItemPatch {
  const patch: ItemPatch = {};
  if (choices.status !== KEEP) {
    patch.status = choices.status;
    if (choices.status === 'wont_do') patch.wontDoReason = choices.wontDoReason.trim();
  }
  if (choices.clearOwner) patch.owner = null;
  else if (choices.owner.trim()) patch.owner = choices.owner.trim();
  if (choices.dueDate.trim()) patch.dueDate = choices.dueDate.trim();
  if (choices.priority === CLEAR) patch.priority = null;
  else if (choices.priority !== KEEP) patch.priority = choices.priority;
  return patch;
}

export interface BulkEditDialogProps {
  open: boolean;
  itemIds: readonly string[];
  lookups: Lookups;
  onClose(): void;
}

/** One change to many items, as one undoable step. */
export function BulkEditDialog({ open, itemIds, lookups, onClose }: BulkEditDialogProps) {
  const [choices, setChoices] = useState<BulkChoices>(NO_CHANGES);
  const [error, setError] = useState<string | null>(null);
  const set = (change: Partial<BulkChoices>) => setChoices((current) => ({ ...current, ...change }));
  const count = itemIds.length;
  const close = () => {
    setChoices(NO_CHANGES);
    setError(null);
    onClose();
  };

  const dueError = choices.dueDate.trim() && !isRealDate(choices.dueDate.trim()) ? 'Enter a real date as YYYY-MM-DD.' : undefined;
  const reasonError = choices.status === 'wont_do' && !choices.wontDoReason.trim() ? "Say why these won't be done." : undefined;
  const change = bulkChange(choices);
  const empty = typeof change !== 'function' && Object.keys(change).length === 0;

  const apply = async () => {
    if (dueError || reasonError || empty) return;
    try {
      const changed = await bulkUpdateItems(itemIds, change);
      showToast({ tone: 'success', title: `Updated ${changed} item${changed === 1 ? '' : 's'}`, description: 'Ctrl/Cmd+Z undoes it.' });
      close();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title={`Edit ${count} item${count === 1 ? '' : 's'}`}
      description="Only the fields you set change; the rest stay as they are."
      size="md"
      footer={
        <>
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
          <Button variant="primary" disabled={empty || Boolean(dueError || reasonError)} onClick={() => void apply()}>
            Apply to {count} item{count === 1 ? '' : 's'}
          </Button>
        </>
      }
    >
      <div className="bulk-form">
        <div className="form-grid">
          <Field label="Status">
            <select value={choices.status} onChange={(e) => set({ status: e.target.value as BulkChoices['status'] })}>
              <option value={KEEP}>Leave as is</option>
              {ITEM_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Priority">
            <select value={choices.priority} onChange={(e) => set({ priority: e.target.value as BulkChoices['priority'] })}>
              <option value={KEEP}>Leave as is</option>
              <option value={CLEAR}>None</option>
              {PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {priority}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Owner" hint="Leave empty to keep each item's owner.">
            <OwnerInput
              owners={lookups.owners}
              value={choices.owner}
              disabled={choices.clearOwner}
              onChange={(e) => set({ owner: e.target.value })}
            />
          </Field>
          <Field label="Due date" error={dueError} hint="YYYY-MM-DD; empty keeps each item's date.">
            <input type="text" inputMode="numeric" placeholder="YYYY-MM-DD" value={choices.dueDate} onChange={(e) => set({ dueDate: e.target.value })} />
          </Field>
        </div>
        <label className="inline-check">
          <input type="checkbox" checked={choices.clearOwner} onChange={(e) => set({ clearOwner: e.target.checked })} />
          Unassign the owner
        </label>
        {choices.status === 'wont_do' && (
          <Field label="Reason they won't be done" error={reasonError}>
            <input type="text" value={choices.wontDoReason} onChange={(e) => set({ wontDoReason: e.target.value })} />
          </Field>
        )}
        <ThemeCheckboxes
          legend="Themes"
          hint="Leave all unchecked to keep each item's themes."
          themes={lookups.themes}
          value={choices.themes}
          onChange={(themes) => set({ themes })}
        />
        <Field label="Checked themes">
          <select value={choices.themesMode} onChange={(e) => set({ themesMode: e.target.value as ThemesMode })}>
            <option value="add">are added to each item's themes</option>
            <option value="replace">replace each item's themes</option>
          </select>
        </Field>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  );
}
