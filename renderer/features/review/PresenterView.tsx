import type { ActionItem, Incident, ItemStatus } from '../../../shared/model';
import { Button } from '../../ui/Button';
import { Kbd } from '../../ui/Kbd';
import { ItemContext } from './ItemContext';
import { ItemDecisionPanel } from './ItemDecisionPanel';
import type { DecisionEditor } from './use-review-shortcuts';

export interface PresenterViewProps {
  meetingTitle: string;
  scopeText: string;
  item: ActionItem;
  themeLabels: readonly string[];
  incident: Incident | undefined;
  position: number;
  total: number;
  today: string;
  onStatus(status: ItemStatus): void;
  onEdit(editor: DecisionEditor): void;
  onMove(step: 1 | -1): void;
  onLeave(): void;
  onEnd(): void;
}

/** One item at a time, filling the window, in type big enough for a projector. */
export function PresenterView(props: PresenterViewProps) {
  const { item, position, total } = props;
  return (
    <div className="review-presenter" role="region" aria-label="Presenter view">
      <header className="review-presenter-bar">
        <div className="review-presenter-meeting">
          <span className="review-presenter-title">{props.meetingTitle}</span>
          <span className="review-muted">{props.scopeText}</span>
        </div>
        <span className="review-position" aria-live="polite">
          Item {position + 1} of {total}
        </span>
        <div className="review-presenter-actions">
          <Button size="sm" variant="ghost" onClick={props.onLeave}>
            List view <Kbd keys="escape" />
          </Button>
          <Button size="sm" onClick={props.onEnd}>
            End meeting
          </Button>
        </div>
      </header>
      <article className="review-presenter-item" aria-labelledby="review-item-title">
        <p className="review-item-kind">
          {[item.kind, ...props.themeLabels].join(' · ')}
        </p>
        <h1 id="review-item-title" className="review-item-title">
          {item.title}
        </h1>
        <ItemDecisionPanel item={item} today={props.today} onStatus={props.onStatus} onEdit={props.onEdit} />
        <ItemContext item={item} incident={props.incident} />
      </article>
      <footer className="review-presenter-footer">
        <Button variant="ghost" disabled={position === 0} onClick={() => props.onMove(-1)}>
          ← Previous
        </Button>
        <p className="review-key-legend">
          <Kbd keys="1" />–<Kbd keys="6" /> status · <Kbd keys="o" /> owner · <Kbd keys="d" /> due · <Kbd keys="p" /> priority ·{' '}
          <Kbd keys="n" /> note
        </p>
        <Button variant="ghost" disabled={position === total - 1} onClick={() => props.onMove(1)}>
          Next →
        </Button>
      </footer>
    </div>
  );
}
