import { STATUS_LABELS, type ItemStatus } from '../../../shared/model';

export function StatusBadge({ status }: { status: ItemStatus }) {
  return <span className={`status-badge status-badge--${status}`}>{STATUS_LABELS[status]}</span>;
}
