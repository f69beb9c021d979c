import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getSetting, setSetting } from '../../db';
import { showToast } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from './Field';
import { ME_SETTING, presetViews, SAVED_VIEWS_SETTING, SavedViewsSchema, withoutView, withView, type SavedView } from './saved-views';
import { viewFromParams, viewToParams } from './view-state';
import { z } from 'zod';

const normalise = (query: string) => viewToParams(viewFromParams(new URLSearchParams(query))).toString();

export interface SavedViewsMenuProps {
  /** The current view's query. */
  query: string;
  onApply(query: string): void;
}

/** Preset and saved views of the table: pick one, save the current one, delete a saved one. */
export function SavedViewsMenu({ query, onApply }: SavedViewsMenuProps) {
  const saved = useLiveQuery(() => getSetting(SAVED_VIEWS_SETTING, SavedViewsSchema, []), []) ?? [];
  // Undefined until read: "My overdue" is offered once it knows whose items are "mine".
  const me = useLiveQuery(() => getSetting(ME_SETTING, z.string().nullable(), null), []);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const views: { view: SavedView; own: boolean }[] = [
    ...(me === undefined ? [] : presetViews(me)).map((view) => ({ view, own: false })),
    ...saved.map((view) => ({ view, own: true })),
  ];
  const current = normalise(query);
  const active = views.find(({ view }) => normalise(view.query) === current);

  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    await setSetting(SAVED_VIEWS_SETTING, withView(saved, { name: trimmed, query: current }));
    setNaming(false);
    showToast({ tone: 'success', title: `Saved view "${trimmed}"` });
  };

  return (
    <div className="saved-views">
      <select
        aria-label="Saved view"
        className="toolbar-select"
        value={active ? active.view.name : ''}
        onChange={(event) => {
          const picked = views.find(({ view }) => view.name === event.target.value);
          if (picked) onApply(picked.view.query);
        }}
      >
        <option value="">{active ? 'Views' : 'Custom view'}</option>
        {views.map(({ view }) => (
          <option key={view.name} value={view.name}>
            {view.name}
          </option>
        ))}
      </select>
      {active?.own ? (
        <Button
          size="sm"
          variant="ghost"
          onClick={() => void setSetting(SAVED_VIEWS_SETTING, withoutView(saved, active.view.name))}
        >
          Delete view
        </Button>
      ) : (
        <Button
          size="sm"
          variant="ghost"
          onClick={() => {
            setName('');
            setNaming(true);
          }}
        >
          Save view…
        </Button>
      )}
      <Dialog
        open={naming}
        onClose={() => setNaming(false)}
        title="Save view"
        size="sm"
        footer={
          <>
            <Button variant="ghost" onClick={() => setNaming(false)}>
              Cancel
            </Button>
            <Button variant="primary" disabled={!name.trim()} onClick={() => void save()}>
              Save
            </Button>
          </>
        }
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Field label="View name">
            <input type="text" value={name} maxLength={80} autoFocus onChange={(event) => setName(event.target.value)} />
          </Field>
        </form>
      </Dialog>
    </div>
  );
}
