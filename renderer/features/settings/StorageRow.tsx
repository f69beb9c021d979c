import { useEffect, useState } from 'react';
import { getStorageStatus, requestPersistentStorage, type StorageStatus } from '../../db';
import { Button } from '../../ui/Button';
import { SettingsRow } from './SettingsLayout';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** How much space the tracker takes, and whether the browser promised to keep it. */
export function StorageRow() {
  const [status, setStatus] = useState<StorageStatus | null | undefined>(undefined);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    let live = true;
    void getStorageStatus().then((next) => live && setStatus(next));
    return () => {
      live = false;
    };
  }, [asked]);

  const description =
    status === undefined ? (
      'Incidents and action items live in a database on this computer. Nothing is uploaded anywhere.'
    ) : status === null ? (
      'This platform does not report storage use. Your data stays on this computer.'
    ) : (
      <>
        {formatBytes(status.usageBytes)} used of {formatBytes(status.quotaBytes)} available.{' '}
        {status.persisted
          ? 'Kept permanently: the system will not clear it to free space.'
          : 'Not yet protected: under storage pressure the system could clear it. Keep regular backups.'}
      </>
    );
  return (
    <SettingsRow label="Storage" description={description}>
      {status && !status.persisted ? (
        <Button size="sm" onClick={() => void requestPersistentStorage().then(() => setAsked(true))}>
          Keep data permanently
        </Button>
      ) : (
        <span className="settings-value">{status?.persisted ? 'Persistent' : 'This computer only'}</span>
      )}
    </SettingsRow>
  );
}
