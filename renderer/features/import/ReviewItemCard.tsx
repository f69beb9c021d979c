import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ITEM_KINDS, type ItemKind } from '../../../shared/model';
import { Button } from '../../ui/Button';
import { KIND_LABELS } from './kind-labels';
import { LOW_CONFIDENCE, TITLE_MAX_LENGTH, type DraftItem, type ItemDecision, type ItemEdit } from './review-draft';
import type { ThemeCatalog } from './theme-catalog';
import { ThemeChips } from '../../ui/ThemeChips';

export interface ReviewItemCardProps {
  item: DraftItem;
  /** 1-based position, used to name the card's controls. */
  position: number;
  selected: boolean;
  catalog: ThemeCatalog;
  /** Whether a following item exists to merge with. */
  canMergeWithNext: boolean;
  onSelect(key: string): void;
  onDecide(key: string, decision: ItemDecision): void;
  onEdit(key: string, edit: ItemEdit): void;
  onSplit(key: string): void;
  onMergeWithNext(key: string): void;
}

/** One proposed item in the import review, editable in place. */
export const ReviewItemCard = memo(function ReviewItemCard({
  item,
  position,
  selected,
  catalog,
  canMergeWithNext,
  onSelect,
  onDecide,
  onEdit,
  onSplit,
  onMergeWithNext,
}: ReviewItemCardProps) {
  // The title being typed, until it is committed; a new title from outside replaces it.
  const [typed, setTyped] = useState({ base: item.title, value: item.title });
  const title = typed.base === item.title ? typed.value : item.title;
  const setTitle = (value: string) => setTyped({ base: item.title, value });
  const cardRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) cardRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  const accepted = item.decision === 'accepted';
  const name = `item ${position}`;
  const commitTitle = () => {
    if (title.trim() === '') setTitle(item.title);
    else if (title !== item.title) onEdit(item.key, { title });
  };
  const onTitleKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.metaKey && !event.ctrlKey) {
      event.preventDefault();
      event.currentTarget.blur();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setTitle(item.title);
      event.currentTarget.blur();
    }
  };
  const addable = catalog.remediation.filter((theme) => !item.themes.includes(theme.id));
  const low = item.confidence < LOW_CONFIDENCE;

  return (
    <li
      ref={cardRef}
      className={['import-review-item', selected && 'is-selected', !accepted && 'is-rejected'].filter(Boolean).join(' ')}
      data-item-key={item.key}
      onFocusCapture={() => onSelect(item.key)}
      onClick={() => onSelect(item.key)}
    >
      <div className="import-review-item-head">
        <input
          type="checkbox"
          className="import-review-item-accept"
          checked={accepted}
          aria-label={`Accept ${name}`}
          onChange={(e) => onDecide(item.key, e.target.checked ? 'accepted' : 'rejected')}
        />
        <textarea
          className="import-review-item-title"
          aria-label={`Title of ${name}`}
          value={title}
          rows={1}
          maxLength={TITLE_MAX_LENGTH}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={commitTitle}
          onKeyDown={onTitleKey}
        />
      </div>
      <div className="import-review-item-fields">
        <select
          className="import-review-select"
          aria-label={`Kind of ${name}`}
          value={item.kind}
          onChange={(e) => onEdit(item.key, { kind: e.target.value as ItemKind })}
        >
          {ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        <ThemeChips
          ids={item.themes}
          themeById={catalog.byId}
          onRemove={(id) => onEdit(item.key, { themes: item.themes.filter((theme) => theme !== id) })}
        />
        {addable.length > 0 && (
          <select
            className="import-review-select import-review-select--quiet"
            aria-label={`Add a theme to ${name}`}
            value=""
            onChange={(e) => e.target.value && onEdit(item.key, { themes: [...item.themes, e.target.value] })}
          >
            <option value="">+ Theme</option>
            {addable.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.label}
              </option>
            ))}
          </select>
        )}
      </div>
      <div className="import-review-item-foot">
        <label className="import-review-item-done">
          <input type="checkbox" checked={item.done} onChange={(e) => onEdit(item.key, { done: e.target.checked })} />
          Already done
        </label>
        <span className={low ? 'import-review-confidence is-low' : 'import-review-confidence'}>
          {Math.round(item.confidence * 100)}% confidence{low ? ' · check this one' : ''}
        </span>
        {selected && (
          <span className="import-review-item-actions">
            <Button size="sm" variant="ghost" onClick={() => onSplit(item.key)}>
              Split…
            </Button>
            <Button size="sm" variant="ghost" disabled={!canMergeWithNext} onClick={() => onMergeWithNext(item.key)}>
              Merge with next
            </Button>
          </span>
        )}
      </div>
    </li>
  );
});
