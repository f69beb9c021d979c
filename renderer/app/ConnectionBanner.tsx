import { useEffect, useState } from 'react';
import { onConnectionProblem, type ConnectionProblem } from '../db';
import { Button } from '../ui/Button';
import './connection-banner.css';

/** Tells the user, and keeps telling them, when this window's database connection cannot go on. */
export function ConnectionBanner() {
  const [problem, setProblem] = useState<ConnectionProblem | null>(null);
  useEffect(() => onConnectionProblem(setProblem), []);
  if (!problem) return null;
  return (
    <div className="connection-banner" role="alert">
      <span>{problem.message}</span>
      {problem.kind === 'outdated' && (
        <Button variant="primary" onClick={() => window.location.reload()}>
          Reload
        </Button>
      )}
    </div>
  );
}
