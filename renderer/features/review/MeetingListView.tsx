import { STATUS_LABELS, type ActionItem, type Incident } from '../../../shared/model';
import { daysOverdue } from '../../../shared/insights';

export interface MeetingListViewProps {
  items: readonly ActionItem[];
  incidents: ReadonlyMap<string, Incident>;
  position: number;
  today: string;
  onSelect(position: number): void;
  /** Opens the presenter at a row (double click or Enter). */
  onPresent(position: number): void;
}

/** The meeting's items as a compact table; the current row takes the same keys as the presenter. */
export function MeetingListView({ items, incidents, position, today, onSelect, onPresent }: MeetingListViewProps) {
  return (
    <table className="review-list">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Item</th>
          <th scope="col">Status</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Priority</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => {
          const incident = item.incidentId === null ? undefined : incidents.get(item.incidentId);
          const overdue = daysOverdue(item, today);
          return (
            <tr
              key={item.id}
              aria-current={index === position ? 'true' : undefined}
              className={index === position ? 'review-list-current' : undefined}
              onClick={() => onSelect(index)}
              onDoubleClick={() => onPresent(index)}
            >
              <td className="review-num">{index + 1}</td>
              <td>
                <button type="button" className="review-list-title" onClick={() => onPresent(index)}>
                  {item.title}
                </button>
                {incident && <span className="review-list-incident">{incident.title}</span>}
              </td>
              <td>
                <span className={`review-status-pill review-status-pill--${item.status}`}>{STATUS_LABELS[item.status]}</span>
              </td>
              <td>{item.owner ?? <span className="review-muted">Unassigned</span>}</td>
              <td>
                {item.dueDate ?? <span className="review-muted">None</span>}
                {overdue > 0 && <span className="review-overdue"> {overdue} d late</span>}
              </td>
              <td>{item.priority ?? <span className="review-muted">None</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
