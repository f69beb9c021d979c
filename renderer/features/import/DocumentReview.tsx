import { useCallback, useMemo, useState } from 'react';
import type { Span } from '../../../shared/model';
import { showToast } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { InfoIcon } from '../../ui/icons';
import { Kbd } from '../../ui/Kbd';
import { useShortcuts, type Shortcut } from '../../ui/shortcuts';
import { describeIncidentFacts } from './incident-facts';
import { IncidentDetailsDialog } from './IncidentDetailsDialog';
import { addToTracker, skipEntry, updateDraft, type QueueEntry } from './import-session';
import {
  addItemFromSpan,
  editIncident,
  editItem,
  itemsWith,
  mergeItems,
  setAllDecisions,
  setDecision,
  splitItem,
  type ItemDecision,
  type ItemEdit,
} from './review-draft';
import { ReviewItemCard } from './ReviewItemCard';
import { SourceText } from './SourceText';
import { SplitItemDialog } from './SplitItemDialog';
import type { ThemeCatalog } from './theme-catalog';

export interface DocumentReviewProps {
  entry: Extract<QueueEntry, { status: 'review' }>;
  catalog: ThemeCatalog;
}

/** The review of one document: its text on one side, the proposed items on the other. */
export function DocumentReview({ entry, catalog }: DocumentReviewProps) {
  const { id, draft } = entry;
  const [selectedKey, setSelectedKey] = useState<string | null>(draft.items[0]?.key ?? null);
  const [sourceSelection, setSourceSelection] = useState<Span | null>(null);
  const [splitKey, setSplitKey] = useState<string | null>(null);
  const [editingDetails, setEditingDetails] = useState(false);

  const change = useCallback((edit: Parameters<typeof updateDraft>[1]) => updateDraft(id, edit), [id]);
  const decide = useCallback((key: string, decision: ItemDecision) => change((d) => setDecision(d, key, decision)), [change]);
  const edit = useCallback((key: string, itemEdit: ItemEdit) => change((d) => editItem(d, key, itemEdit)), [change]);
  const mergeWithNext = useCallback(
    (key: string) =>
      change((d) => {
        const index = d.items.findIndex((item) => item.key === key);
        const next = d.items[index + 1];
        return next ? mergeItems(d, key, next.key) : d;
      }),
    [change],
  );

  const highlights = useMemo(
    () => draft.items.map((item) => ({ id: item.key, start: item.span.start, end: item.span.end })),
    [draft.items],
  );
  const accepted = itemsWith(draft, 'accepted').length;
  const total = draft.items.length;
  const selectedIndex = draft.items.findIndex((item) => item.key === selectedKey);
  const splitting = draft.items.find((item) => item.key === splitKey) ?? null;

  const addSelection = () => {
    if (!sourceSelection) return;
    const added = addItemFromSpan(draft, sourceSelection, catalog.remediation);
    if (!added) return;
    change(() => added.draft);
    setSelectedKey(added.key);
    window.getSelection()?.removeAllRanges();
  };

  const commit = async () => {
    const outcome = await addToTracker(id);
    // Success is confirmed on the review screen itself; a toast would cover the next document's buttons.
    if (outcome && !outcome.ok) showToast({ tone: 'error', title: `Could not add ${entry.fileName}`, description: outcome.reason });
  };

  const move = (step: number) => {
    const next = draft.items[Math.min(Math.max(selectedIndex + step, 0), total - 1)];
    if (next) setSelectedKey(next.key);
  };
  const selected = draft.items[selectedIndex];
  const shortcuts: Shortcut[] = [
    { keys: 'j', description: 'Next proposed item', group: 'Import review', run: () => move(1) },
    { keys: 'k', description: 'Previous proposed item', group: 'Import review', run: () => move(-1) },
    {
      keys: 'x',
      description: 'Accept or reject the selected item',
      group: 'Import review',
      run: () => selected && decide(selected.key, selected.decision === 'accepted' ? 'rejected' : 'accepted'),
    },
    {
      keys: 'e',
      description: 'Edit the selected item’s title',
      group: 'Import review',
      run: () => document.querySelector<HTMLTextAreaElement>(`[data-item-key="${selected?.key}"] .import-review-item-title`)?.focus(),
    },
    { keys: 'shift+a', description: 'Accept all items', group: 'Import review', run: () => change((d) => setAllDecisions(d, 'accepted')) },
    {
      keys: 'mod+enter',
      description: 'Add to tracker',
      group: 'Import review',
      allowInTextFields: true,
      run: () => void commit(),
    },
  ];
  useShortcuts(shortcuts);

  return (
    <section className="import-review-document" aria-labelledby={`${id}-title`}>
      <header className="import-review-document-header">
        <div className="import-review-document-heading">
          <h2 id={`${id}-title`} className="import-review-document-title">
            {draft.incident.title}
          </h2>
          <p className="import-review-document-facts">{describeIncidentFacts(draft.incident, entry.fileName)}</p>
        </div>
        <Button size="sm" onClick={() => setEditingDetails(true)}>
          Edit details…
        </Button>
      </header>

      {entry.earlierVersion && (
        <p className="import-review-notice" role="note">
          <InfoIcon />
          <span>
            A new version of <strong>{entry.earlierVersion.title}</strong>, which is already in your tracker. Adding it updates
            that incident: your edits to its items are kept, and items no longer in the text are flagged, not deleted.
          </span>
        </p>
      )}
      {entry.warnings.map((warning) => (
        <p key={warning} className="import-review-notice" role="note">
          <InfoIcon />
          <span>{warning}</span>
        </p>
      ))}

      <div className="import-review-panes">
        <section className="import-review-pane" aria-labelledby={`${id}-source`}>
          <header className="import-review-pane-header">
            <h3 id={`${id}-source`} className="import-review-pane-title">
              Postmortem
            </h3>
            <Button size="sm" disabled={!sourceSelection} onClick={addSelection}>
              Add selection as item
            </Button>
          </header>
          <SourceText
            text={draft.parsed.text}
            label="Postmortem text"
            highlights={highlights}
            selectedId={selectedKey}
            onHighlightClick={setSelectedKey}
            onSelectionChange={setSourceSelection}
          />
        </section>

        <section className="import-review-pane" aria-labelledby={`${id}-items`}>
          <header className="import-review-pane-header">
            <h3 id={`${id}-items`} className="import-review-pane-title">
              Proposed items <span className="import-review-pane-count">{`${accepted} of ${total} accepted`}</span>
            </h3>
            <span className="import-review-pane-actions">
              <Button size="sm" variant="ghost" disabled={total === 0} onClick={() => change((d) => setAllDecisions(d, 'rejected'))}>
                Reject all
              </Button>
              <Button size="sm" disabled={total === 0} onClick={() => change((d) => setAllDecisions(d, 'accepted'))}>
                Accept all
              </Button>
            </span>
          </header>
          {total === 0 ? (
            <p className="import-review-empty">
              No remediation items were found. Select a sentence in the postmortem and choose “Add selection as item”.
            </p>
          ) : (
            <ol className="import-review-items" aria-label="Proposed items">
              {draft.items.map((item, index) => (
                <ReviewItemCard
                  key={item.key}
                  item={item}
                  position={index + 1}
                  selected={item.key === selectedKey}
                  catalog={catalog}
                  canMergeWithNext={index < total - 1}
                  onSelect={setSelectedKey}
                  onDecide={decide}
                  onEdit={edit}
                  onSplit={setSplitKey}
                  onMergeWithNext={mergeWithNext}
                />
              ))}
            </ol>
          )}
        </section>
      </div>

      <footer className="import-review-footer">
        <p className="import-review-footer-hint">
          <Kbd keys="j" /> <Kbd keys="k" /> move · <Kbd keys="x" /> accept or reject · <Kbd keys="mod+enter" /> add
        </p>
        <Button variant="ghost" onClick={() => skipEntry(id)} disabled={entry.saving}>
          Skip document
        </Button>
        <Button variant="primary" onClick={() => void commit()} disabled={entry.saving} aria-describedby={`${id}-summary`}>
          Add to tracker
        </Button>
        <span id={`${id}-summary`} className="visually-hidden">
          {`${accepted} of ${total} items accepted`}
        </span>
      </footer>

      <SplitItemDialog
        title={splitting?.title ?? null}
        onClose={() => setSplitKey(null)}
        onSplit={(titles) => {
          if (splitting) change((d) => splitItem(d, splitting.key, titles));
          setSplitKey(null);
        }}
      />
      <IncidentDetailsDialog
        open={editingDetails}
        incident={draft.incident}
        catalog={catalog}
        onClose={() => setEditingDetails(false)}
        onSave={(details) => {
          change((d) => editIncident(d, details));
          setEditingDetails(false);
        }}
      />
    </section>
  );
}
