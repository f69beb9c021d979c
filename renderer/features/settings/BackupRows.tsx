import { useState } from 'react';
import { BACKUP_FILE_EXTENSIONS } from '../../../shared/ipc';
import { exportBackupText, previewBackup } from '../../db';
import { usePlatform } from '../../platform/PlatformProvider';
import { showToast } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { localDate } from '../items/format';
import { RestoreDialog, type PendingRestore } from './RestoreDialog';
import { SettingsRow } from './SettingsLayout';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Backing up to one JSON file, and restoring one after seeing what it holds. */
export function BackupRows() {
  const platform = usePlatform();
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  const backUp = async () => {
    try {
      const saved = await platform.saveFile({
        suggestedName: `followthrough-backup-${localDate(new Date())}.json`,
        data: await exportBackupText(),
        filters: [{ name: 'Followthrough backup', extensions: [...BACKUP_FILE_EXTENSIONS] }],
      });
      if (saved) showToast({ tone: 'success', title: 'Backup saved', description: saved.path });
    } catch (error) {
      showToast({ tone: 'error', title: 'The backup was not saved', description: message(error) });
    }
  };

  const pickBackup = async () => {
    setRestoreError(null);
    try {
      const file = await platform.openBackup();
      if (!file) return;
      const text = new TextDecoder('utf-8', { fatal: false }).decode(file.bytes);
      const preview = previewBackup(text);
      if (!preview.ok) setRestoreError(`${file.name}: ${preview.reason}`);
      else setPending({ fileName: file.name, text, counts: preview.counts, exportedAt: preview.backup.exportedAt });
    } catch (error) {
      setRestoreError(message(error));
    }
  };

  return (
    <>
      <SettingsRow label="Backup" description="Save everything — incidents, items, their history, themes and settings — in one file.">
        <Button size="sm" onClick={() => void backUp()}>
          Back up…
        </Button>
      </SettingsRow>
      <SettingsRow
        label="Restore"
        description={
          <>
            Open a backup file, see what it holds, then merge it with your data or replace your data with it.
            {restoreError && (
              <span className="settings-error" role="alert">
                {restoreError} Nothing was changed.
              </span>
            )}
          </>
        }
      >
        <Button size="sm" onClick={() => void pickBackup()}>
          Restore…
        </Button>
      </SettingsRow>
      <RestoreDialog pending={pending} onClose={() => setPending(null)} onFailed={setRestoreError} />
    </>
  );
}
