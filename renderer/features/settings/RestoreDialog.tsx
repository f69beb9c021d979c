import { useState } from 'react';
import type { BackupCounts } from '../../../shared/model/backup';
import { restoreBackup, type RestoreMode } from '../../db';
import { showToast } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

export interface PendingRestore {
  fileName: string;
  text: string;
  counts: BackupCounts;
  exportedAt: string;
}

const COUNTED: { key: keyof BackupCounts; label: string }[] = [
  { key: 'incidents', label: 'incidents' },
  { key: 'items', label: 'action items' },
  { key: 'events', label: 'history entries' },
  { key: 'themes', label: 'themes' },
  { key: 'owners', label: 'owners' },
  { key: 'meetings', label: 'review meetings' },
];

export interface RestoreDialogProps {
  pending: PendingRestore | null;
  onClose(): void;
  onFailed(reason: string): void;
}

/** What a valid backup holds, and the choice between merging it and replacing everything with it. */
export function RestoreDialog({ pending, onClose, onFailed }: RestoreDialogProps) {
  const [busy, setBusy] = useState(false);
  const restore = async (mode: RestoreMode) => {
    if (!pending) return;
    setBusy(true);
    const outcome = await restoreBackup(pending.text, mode);
    setBusy(false);
    onClose();
    if (outcome.ok) {
      showToast({ tone: 'success', title: mode === 'replace' ? 'Backup restored' : 'Backup merged', description: pending.fileName });
    } else {
      onFailed(outcome.reason);
    }
  };
  return (
    <Dialog
      open={pending !== null}
      onClose={onClose}
      title="Restore backup"
      description={pending ? `${pending.fileName}, made ${pending.exportedAt.slice(0, 10)}` : undefined}
      footer={
        <>
          <Button variant="ghost" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button disabled={busy} onClick={() => void restore('merge')}>
            Merge into my data
          </Button>
          <Button variant="danger" disabled={busy} onClick={() => void restore('replace')}>
            Replace all my data
          </Button>
        </>
      }
    >
      {pending && (
        <>
          <p>This backup holds:</p>
          <ul className="restore-counts">
            {COUNTED.map(({ key, label }) => (
              <li key={key}>
                <strong>{pending.counts[key].toLocaleString('en')}</strong> {label}
              </li>
            ))}
          </ul>
          <p className="settings-row-description">
            Merging adds what is missing here and keeps the newer version of anything edited in both. Replacing erases
            your current data first. Either way it happens completely or not at all.
          </p>
        </>
      )}
    </Dialog>
  );
}
