import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { eventsForItem } from '../../db';
import { historyLines } from './history';

/** What happened to an item, newest first, from its events. */
export function ItemHistory({ itemId, themeLabels }: { itemId: string; themeLabels: ReadonlyMap<string, string> }) {
  const events = useLiveQuery(() => eventsForItem(itemId), [itemId]);
  const [now] = useState(() => Date.now());
  const lines = useMemo(() => historyLines(events ?? [], themeLabels, now), [events, themeLabels, now]);
  return (
    <section className="item-history" aria-label="History">
      <h3 className="drawer-section-title">History</h3>
      <ol className="history-list">
        {lines.map((line) => (
          <li key={line.id}>
            <span>{line.text}</span>
            <span className="history-when">
              {' · '}
              {line.when}
              {line.inMeeting && ' · in review'}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
