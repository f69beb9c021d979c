import { useId } from 'react';
import { useImportPostmortems } from '../../app/first-run-actions';
import { navigate } from '../../app/router';
import type { ImportOutcome } from '../../db';
import { showToast } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorIcon, ImportIcon, InfoIcon, SuccessIcon } from '../../ui/icons';
import { PageHeader } from '../../ui/PageHeader';
import { DocumentReview } from './DocumentReview';
import {
  addAllRemaining,
  cancelReading,
  clearImportSession,
  countByStatus,
  setActiveEntry,
  useImportSession,
  type QueueEntry,
  type QueueStatus,
  type ReadingProgress,
} from './import-session';
import { describeOutcome } from './outcome-text';
import { useThemeCatalog } from './theme-catalog';
import './import-review.css';

const STATUS_TEXT: Record<QueueStatus, string> = {
  reading: 'Reading…',
  cancelled: 'Not read',
  unreadable: 'Unreadable',
  duplicate: 'Already imported',
  review: 'To review',
  added: 'Added',
  skipped: 'Skipped',
};

function entryTitle(entry: QueueEntry): string {
  if (entry.status === 'review') return entry.draft.incident.title;
  if (entry.status === 'added' || entry.status === 'duplicate') return entry.title;
  return entry.fileName;
}

function ReadingBar({ reading }: { reading: ReadingProgress }) {
  const labelId = useId();
  return (
    <div className="import-progress">
      <span id={labelId} className="import-progress-label">
        {`Reading ${Math.min(reading.read + 1, reading.total)} of ${reading.total} files…`}
      </span>
      <progress className="import-progress-bar" aria-labelledby={labelId} max={reading.total} value={reading.read} />
      <Button size="sm" onClick={cancelReading}>
        Cancel
      </Button>
    </div>
  );
}

function Queue({ entries, activeId }: { entries: readonly QueueEntry[]; activeId: string | null }) {
  return (
    <nav className="import-queue" aria-label="Documents in this import">
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className={`import-queue-entry import-queue-entry--${entry.status}`}
              aria-current={entry.id === activeId ? 'true' : undefined}
              onClick={() => setActiveEntry(entry.id)}
            >
              <span className="import-queue-title">{entryTitle(entry)}</span>
              <span className="import-queue-status">{STATUS_TEXT[entry.status]}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** What the queue says about a document that is not under review. */
function EntryNotice({ entry }: { entry: Exclude<QueueEntry, { status: 'review' }> }) {
  switch (entry.status) {
    case 'reading':
      return <p className="import-notice">Reading {entry.fileName}…</p>;
    case 'cancelled':
      return <p className="import-notice">{entry.fileName} was not read: the import was cancelled before its turn.</p>;
    case 'skipped':
      return <p className="import-notice">{entry.fileName} was skipped; nothing from it was added.</p>;
    case 'unreadable':
      return (
        <p className="import-notice import-notice--error">
          <ErrorIcon />
          <span>
            <strong>{entry.fileName} could not be read.</strong> {entry.reason}
          </span>
        </p>
      );
    case 'duplicate':
      return (
        <p className="import-notice">
          <InfoIcon />
          <span>
            <strong>{entry.fileName}</strong> is {entry.incidentId ? 'already in your tracker' : 'in this import twice'} as “
            {entry.title}”. Nothing was added twice.{' '}
            {entry.incidentId && <a href={`#/incidents/${encodeURIComponent(entry.incidentId)}`}>Open the incident</a>}
          </span>
        </p>
      );
    case 'added': {
      const text = describeOutcome(entry.outcome, entry.title);
      return (
        <p className="import-notice import-notice--success">
          <SuccessIcon />
          <span>
            <strong>{text.title}.</strong> {text.description}{' '}
            <a href={`#/incidents/${encodeURIComponent(entry.incidentId)}`}>Open the incident</a>
          </span>
        </p>
      );
    }
  }
}

/** Confirms the document added last, politely announced. */
function LastAdded({ entry, hidden }: { entry: QueueEntry | undefined; hidden: boolean }) {
  const added = entry?.status === 'added' && !hidden ? entry : null;
  const text = added && describeOutcome(added.outcome, added.title);
  return (
    <p className={added ? 'import-last-added' : 'visually-hidden'} role="status">
      {added && text && (
        <>
          <SuccessIcon />
          <span>
            <strong>{text.title}.</strong> {text.description}{' '}
            <a href={`#/incidents/${encodeURIComponent(added.incidentId)}`}>Open it</a>
          </span>
        </>
      )}
    </p>
  );
}

/** Every document's outcome, once none is left to review. */
function Summary({ entries }: { entries: readonly QueueEntry[] }) {
  return (
    <div className="import-summary">
      {entries.map((entry) => (entry.status === 'review' ? null : <EntryNotice key={entry.id} entry={entry} />))}
    </div>
  );
}

function reportFailures(outcomes: readonly ImportOutcome[]): void {
  for (const outcome of outcomes) {
    if (!outcome.ok) showToast({ tone: 'error', title: `Could not add ${outcome.fileName}`, description: outcome.reason });
  }
}

/** The import review: the queue of documents read, and the review of the one chosen. */
export function ImportReviewScreen() {
  const { entries, activeId, reading, lastAddedId } = useImportSession();
  const catalog = useThemeCatalog();
  const importPostmortems = useImportPostmortems();
  const counts = countByStatus(entries);
  const active = entries.find((entry) => entry.id === activeId) ?? null;
  const finished = reading === null && counts.review === 0 && entries.length > 0;

  const done = () => {
    clearImportSession();
    navigate('/incidents');
  };

  if (entries.length === 0) {
    return (
      <>
        <PageHeader title="Review import" />
        <EmptyState
          icon={ImportIcon}
          title="Nothing to review"
          actions={
            <Button variant="primary" icon={ImportIcon} onClick={() => void importPostmortems()}>
              Import postmortems…
            </Button>
          }
        >
          <p>Import postmortems and review the action items found in them here before they are added to the tracker.</p>
        </EmptyState>
      </>
    );
  }

  const description = finished
    ? `Done: ${counts.added} added${counts.duplicate ? `, ${counts.duplicate} already imported` : ''}${counts.unreadable ? `, ${counts.unreadable} unreadable` : ''}.`
    : `${counts.review} of ${entries.length} ${entries.length === 1 ? 'document' : 'documents'} to review. Accepted items are added when you choose “Add to tracker”.`;

  return (
    <div className="import-review">
      <PageHeader
        title="Review import"
        description={description}
        actions={
          <>
            {counts.review > 1 && reading === null && (
              <Button onClick={() => void addAllRemaining().then(reportFailures)}>{`Add all ${counts.review} as they are`}</Button>
            )}
            <Button variant={finished ? 'primary' : 'secondary'} onClick={done}>
              {finished ? 'Done' : 'Close review'}
            </Button>
          </>
        }
      />
      {reading && reading.total > 1 && <ReadingBar reading={reading} />}
      <LastAdded entry={entries.find((entry) => entry.id === lastAddedId)} hidden={finished} />
      {entries.length > 1 && <Queue entries={entries} activeId={activeId} />}
      {active?.status === 'review' ? (
        <DocumentReview key={active.id} entry={active} catalog={catalog} />
      ) : finished ? (
        <Summary entries={entries} />
      ) : (
        active && <EntryNotice entry={active} />
      )}
    </div>
  );
}
