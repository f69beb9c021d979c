import { useMemo } from 'react';
import { Dialog } from '../ui/Dialog';
import { Kbd } from '../ui/Kbd';
import { listShortcuts } from '../ui/shortcuts';
import './shortcuts-dialog.css';

/** Accelerators of the native menu (answered by the web platform in a browser). */
const MENU_SHORTCUTS = [
  { keys: 'mod+o', description: 'Import postmortems…', group: 'File' },
  { keys: 'mod+e', description: 'Export report…', group: 'File' },
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const groups = useMemo(() => {
    if (!open) return [];
    const byGroup = new Map<string, { keys: string; description: string }[]>();
    for (const { keys, description, group = 'General' } of [...MENU_SHORTCUTS, ...listShortcuts()]) {
      if (!description) continue;
      byGroup.set(group, [...(byGroup.get(group) ?? []), { keys, description }]);
    }
    return Array.from(byGroup);
  }, [open]);

  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" size="md">
      <div className="shortcut-groups">
        {groups.map(([group, shortcuts]) => (
          <section key={group} aria-label={group}>
            <h3 className="shortcut-group-title">{group}</h3>
            <dl className="shortcut-list">
              {shortcuts.map(({ keys, description }) => (
                <div key={keys} className="shortcut-row">
                  <dt>{description}</dt>
                  <dd>
                    <Kbd keys={keys} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
