import { useEffect, useRef } from 'react';
import { ALWAYS_SHOWN, COLUMNS, isShown, useColumnLayout } from './columns';

/** Which columns the table shows: checkboxes in a drop-down beside the saved views, remembered on this computer. */
export function ColumnsMenu() {
  const hidden = useColumnLayout((state) => state.hidden);
  const setShown = useColumnLayout((state) => state.setShown);
  const menu = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    // A drop-down closes when the pointer goes down elsewhere, as a native menu would.
    const close = (event: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(event.target as Node)) menu.current.open = false;
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, []);

  return (
    <details
      ref={menu}
      className="columns-menu"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !menu.current?.open) return;
        event.stopPropagation();
        menu.current.open = false;
        menu.current.querySelector('summary')?.focus();
      }}
    >
      <summary className="button button--secondary button--sm">Columns</summary>
      <fieldset className="columns-menu-panel">
        <legend className="visually-hidden">Columns shown</legend>
        {COLUMNS.map((column) => (
          <label key={column.id} className="inline-check">
            <input
              type="checkbox"
              checked={isShown(column.id, hidden)}
              disabled={column.id === ALWAYS_SHOWN}
              onChange={(event) => setShown(column.id, event.target.checked)}
            />
            {column.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
