import { useId, type ReactNode } from 'react';
import type { IconComponent } from './icons';
import './empty-state.css';

export interface EmptyStateProps {
  icon: IconComponent;
  title: string;
  /** What this place will show once there is something to show. */
  children: ReactNode;
  /** How to get there: buttons or links. */
  actions?: ReactNode;
  /** A quiet line under the actions, e.g. a keyboard shortcut. */
  hint?: ReactNode;
}

export function EmptyState({ icon: Icon, title, children, actions, hint }: EmptyStateProps) {
  const titleId = useId();
  return (
    <section className="empty-state" aria-labelledby={titleId}>
      <div className="empty-state-icon">
        <Icon />
      </div>
      <h2 id={titleId} className="empty-state-title">
        {title}
      </h2>
      <div className="empty-state-body">{children}</div>
      {actions && <div className="empty-state-actions">{actions}</div>}
      {hint && <p className="empty-state-hint">{hint}</p>}
    </section>
  );
}
