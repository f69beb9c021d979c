import type { CSSProperties } from 'react';

export interface ProgressBarProps {
  closed: number;
  total: number;
}

/** How many of an incident's items are closed (done or won't do), as a bar and a count. */
export function ProgressBar({ closed, total }: ProgressBarProps) {
  const percent = total === 0 ? 0 : Math.round((closed / total) * 100);
  const label = total === 0 ? 'No action items' : `${closed} of ${total} action items closed`;
  return (
    <span className="progress">
      <span
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        style={{ '--progress': `${percent}%` } as CSSProperties}
      >
        <span className="progress-fill" />
      </span>
      <span className="progress-count" aria-hidden="true">
        {total === 0 ? '—' : `${closed}/${total}`}
      </span>
    </span>
  );
}
