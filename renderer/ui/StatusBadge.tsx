import type { CSSProperties } from 'react';
import { STATUS_COLOURS, STATUS_LABELS, type ItemStatus } from '../../shared/model';
import './status-badge.css';

/** An item's status as the whole app shows it: tables, incident pages and lists alike. */
export function StatusBadge({ status }: { status: ItemStatus }) {
  const colour = { '--status-colour': STATUS_COLOURS[status] } as CSSProperties;
  return (
    <span className={`status-badge status-badge--${status}`} style={colour}>
      {STATUS_LABELS[status]}
    </span>
  );
}
