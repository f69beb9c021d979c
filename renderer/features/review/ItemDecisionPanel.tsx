import { STATUS_LABELS, type ActionItem, type ItemStatus } from '../../../shared/model';
import { daysOverdue } from '../../../shared/insights';
import { STATUS_KEYS } from './review-decisions';
import { EDITOR_KEYS, type DecisionEditor } from './use-review-shortcuts';

export interface ItemDecisionPanelProps {
  item: ActionItem;
  today: string;
  /** Null once the meeting has ended: the panel only shows. */
  onStatus: ((status: ItemStatus) => void) | null;
  onEdit: ((editor: DecisionEditor) => void) | null;
}

/** The status keys and the owner, due date and priority, each a button named by its key. */
export function ItemDecisionPanel({ item, today, onStatus, onEdit }: ItemDecisionPanelProps) {
  const overdue = daysOverdue(item, today);
  const fields: { editor: DecisionEditor; label: string; value: string; warning?: string }[] = [
    { editor: 'owner', label: 'Owner', value: item.owner ?? 'Unassigned' },
    {
      editor: 'due',
      label: 'Due',
      value: item.dueDate ?? 'No due date',
      warning: overdue > 0 ? `${overdue} ${overdue === 1 ? 'day' : 'days'} overdue` : undefined,
    },
    { editor: 'priority', label: 'Priority', value: item.priority ?? 'None' },
  ];
  return (
    <div className="review-decisions">
      <div className="review-status-keys" role="group" aria-label="Status">
        {STATUS_KEYS.map(({ key, status }) => (
          <button
            key={status}
            type="button"
            className={`review-status-key review-status-key--${status}`}
            aria-pressed={item.status === status}
            disabled={!onStatus}
            onClick={() => onStatus?.(status)}
          >
            <kbd>{key}</kbd>
            {STATUS_LABELS[status]}
          </button>
        ))}
      </div>
      <dl className="review-fields">
        {fields.map((field) => (
          <div key={field.editor} className="review-field">
            <dt>{field.label}</dt>
            <dd>
              <button type="button" className="review-field-value" disabled={!onEdit} onClick={() => onEdit?.(field.editor)}>
                <kbd>{EDITOR_KEYS[field.editor]}</kbd>
                {field.value}
              </button>
              {field.warning && <span className="review-overdue">{field.warning}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
