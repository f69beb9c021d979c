import { useState } from 'react';
import { navigate } from '../../app/router';
import { eraseAll } from '../../db';
import { showToast } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../items/Field';
import { SettingsRow } from './SettingsLayout';

export const ERASE_CONFIRMATION = 'ERASE';

/** Erasing everything, behind a typed confirmation. */
export function EraseRow() {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const close = () => {
    setOpen(false);
    setTyped('');
  };
  const erase = async () => {
    try {
      await eraseAll();
      close();
      showToast({ title: 'All data erased' });
      navigate('/');
    } catch (error) {
      showToast({ tone: 'error', title: 'Nothing was erased', description: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <SettingsRow label="Erase all data" description="Delete every incident, item, history entry, owner and setting on this computer.">
      <Button size="sm" variant="danger" onClick={() => setOpen(true)}>
        Erase all data…
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title="Erase all data?"
        description="This deletes everything Followthrough holds on this computer. It cannot be undone; back up first if you might want it back."
        size="sm"
        footer={
          <>
            <Button variant="ghost" onClick={close}>
              Cancel
            </Button>
            <Button variant="danger" disabled={typed !== ERASE_CONFIRMATION} onClick={() => void erase()}>
              Erase everything
            </Button>
          </>
        }
      >
        <Field label={`Type ${ERASE_CONFIRMATION} to confirm`}>
          <input type="text" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} data-autofocus />
        </Field>
      </Dialog>
    </SettingsRow>
  );
}
