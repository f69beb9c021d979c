import { useId, useMemo, useState } from 'react';
import { repeatRiskEntries, type RepeatRisk, type RepeatRiskEntry } from '../../../shared/insights';
import { Button } from '../../ui/Button';
import { ColourSwatch } from './ChartLegend';
import { useDrillDown } from './drill-down';
import { plural } from './format';
import { incidentHref } from './items-link';

const FIRST_SHOWN = 5;
const MORE_STEP = 20;

function RepeatRiskRow({ entry }: { entry: RepeatRiskEntry }) {
  const drillDown = useDrillDown();
  const { incident, failureTheme } = entry;
  return (
    <li className="repeat-risk-entry">
      <div className="repeat-risk-entry-head">
        <span className="repeat-risk-theme">
          <ColourSwatch colour={failureTheme.colour} />
          {failureTheme.label}
        </span>
        <span className="repeat-risk-count">{plural(entry.unfinishedItemCount, 'open item')} at the time</span>
      </div>
      <p className="repeat-risk-explanation">{entry.explanation}.</p>
      <ul className="repeat-risk-links" aria-label="Incidents and open items">
        <li>
          <span className="repeat-risk-link-role">Again in</span>
          <a href={incidentHref(incident.id)}>{incident.title}</a>
        </li>
        {entry.earlier.map((earlier) => (
          <li key={earlier.incident.id}>
            <span className="repeat-risk-link-role">Promised in</span>
            <a href={incidentHref(earlier.incident.id)}>{earlier.incident.title}</a>
            <a
              className="repeat-risk-items-link"
              href={drillDown.href({ itemIds: earlier.unfinishedItemIds })}
            >
              {plural(earlier.unfinishedItemIds.length, 'item')} still open then
            </a>
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * "Promised, not done, and it happened again": the dashboard's first and most important list.
 * Only the entries shown are built; the rest are counted.
 */
export function RepeatRiskList({ risk }: { risk: RepeatRisk }) {
  const [shown, setShown] = useState(FIRST_SHOWN);
  const titleId = useId();
  const total = risk.hits.length;
  const entries = useMemo(() => repeatRiskEntries(risk, 0, shown), [risk, shown]);
  const hidden = total - entries.length;
  return (
    <section className={`repeat-risk${total === 0 ? ' is-clear' : ''}`} aria-labelledby={titleId}>
      <header className="repeat-risk-header">
        <h2 id={titleId}>
          Repeat risk <span className="repeat-risk-total">{total.toLocaleString('en-GB')}</span>
        </h2>
        <p>Promised, not done, and it happened again: failures that came back while the fixes from an earlier incident were still open.</p>
      </header>
      {total === 0 ? (
        <p className="repeat-risk-none">No failure came back while fixes for it from an earlier incident were still open.</p>
      ) : (
        <ol className="repeat-risk-list">
          {entries.map((entry) => (
            <RepeatRiskRow key={`${entry.incident.id}:${entry.failureTheme.id}`} entry={entry} />
          ))}
        </ol>
      )}
      {hidden > 0 && (
        <Button variant="ghost" size="sm" onClick={() => setShown((count) => count + MORE_STEP)}>
          Show {Math.min(hidden, MORE_STEP)} more of {hidden.toLocaleString('en-GB')}
        </Button>
      )}
    </section>
  );
}
