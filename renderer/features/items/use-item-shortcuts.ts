import { useMemo } from 'react';
import { useShortcuts, type Shortcut } from '../../ui/shortcuts';

export interface ItemCommands {
  move(delta: number, extend: boolean): void;
  open(): void;
  edit(): void;
  cycleStatus(): void;
  toggleSelected(): void;
  selectAll(): void;
  escape(): void;
  focusSearch(): void;
  undo(): void;
  redo(): void;
  newItem(): void;
  bulkEdit(): void;
  deleteSelected(): void;
}

const GROUP = 'Action items';

/** The items page's keyboard shortcuts; they are listed in the shortcuts sheet (?) while the page shows. */
export function useItemShortcuts(commands: ItemCommands): void {
  const shortcuts = useMemo<Shortcut[]>(
    () => [
      { keys: 'j', description: 'Next item (or ↓ in the table)', group: GROUP, run: () => commands.move(1, false) },
      { keys: 'k', description: 'Previous item (or ↑ in the table)', group: GROUP, run: () => commands.move(-1, false) },
      { keys: 'shift+j', description: 'Extend selection down', group: GROUP, run: () => commands.move(1, true) },
      { keys: 'shift+k', description: 'Extend selection up', group: GROUP, run: () => commands.move(-1, true) },
      { keys: 'o', description: 'Open item (or Enter in the table)', group: GROUP, run: commands.open },
      { keys: 'e', description: 'Edit item', group: GROUP, run: commands.edit },
      { keys: 's', description: 'Cycle status', group: GROUP, run: commands.cycleStatus },
      { keys: 'x', description: 'Select or unselect item', group: GROUP, run: commands.toggleSelected },
      { keys: 'mod+a', description: 'Select all items in view', group: GROUP, run: commands.selectAll },
      { keys: 'shift+e', description: 'Bulk edit selected items', group: GROUP, run: commands.bulkEdit },
      { keys: 'delete', description: 'Delete selected items', group: GROUP, run: commands.deleteSelected },
      { keys: 'mod+backspace', description: 'Delete selected items (Mac keyboards)', group: GROUP, run: commands.deleteSelected },
      { keys: 'escape', description: 'Clear selection, close item', group: GROUP, run: commands.escape },
      { keys: '/', description: 'Search items', group: GROUP, run: commands.focusSearch },
      { keys: 'mod+z', description: 'Undo', group: GROUP, run: commands.undo },
      { keys: 'mod+shift+z', description: 'Redo', group: GROUP, run: commands.redo },
      { keys: 'mod+n', description: 'New item', group: GROUP, allowInTextFields: true, run: commands.newItem },
    ],
    [commands],
  );
  useShortcuts(shortcuts);
}
