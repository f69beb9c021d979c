import type { ActionItem, Theme } from '../../../shared/model';
import type { RulePreview } from './rule-preview';

const SHOWN = 8;

function ItemList({ items, sign }: { items: readonly ActionItem[]; sign: '+' | '−' }) {
  return (
    <ul className="preview-list">
      {items.slice(0, SHOWN).map((item) => (
        <li key={item.id}>
          <span className={`preview-sign preview-sign--${sign === '+' ? 'add' : 'remove'}`} aria-hidden="true">
            {sign}
          </span>
          {item.title}
        </li>
      ))}
      {items.length > SHOWN && <li className="preview-more">and {items.length - SHOWN} more</li>}
    </ul>
  );
}

export interface RulePreviewListProps {
  preview: RulePreview;
  themeLabel: string;
  kind: Theme['kind'];
  loaded: boolean;
}

/** The live answer to "what would these rules change?". */
export function RulePreviewList({ preview, themeLabel, kind, loaded }: RulePreviewListProps) {
  const { added, removed, keptByHand } = preview;
  let summary: string;
  if (kind === 'failure') summary = 'Failure themes tag incidents when they are imported; existing incidents keep theirs.';
  else if (!loaded) summary = '';
  else if (added.length + removed.length === 0) summary = 'These rules would not re-tag any existing item.';
  else summary = `These rules would tag ${added.length} more item${added.length === 1 ? '' : 's'} and untag ${removed.length}.`;
  return (
    <section className="rule-preview" aria-label="Rule preview" aria-live="polite">
      <h3 className="rule-preview-title">Preview</h3>
      <p className="rule-preview-summary">{summary}</p>
      {added.length > 0 && (
        <>
          <h4 className="rule-preview-heading">Would gain {themeLabel}</h4>
          <ItemList items={added} sign="+" />
        </>
      )}
      {removed.length > 0 && (
        <>
          <h4 className="rule-preview-heading">Would lose {themeLabel}</h4>
          <ItemList items={removed} sign="−" />
        </>
      )}
      {keptByHand > 0 && (
        <p className="rule-preview-note">
          {keptByHand} item{keptByHand === 1 ? ' has' : 's have'} themes picked by hand and will be left alone.
        </p>
      )}
    </section>
  );
}
