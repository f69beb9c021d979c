import { addDays, LONG_OVERDUE_DAYS, type HeadlineFigures as Figures } from '../../../shared/insights';
import { STATUS_COLOURS } from '../../../shared/model';
import { useDrillDown } from './drill-down';
import { formatDays, formatPercent, plural } from './format';
import type { ItemsQuery } from './items-link';

interface FigureCard {
  label: string;
  value: string;
  caption: string;
  query: ItemsQuery;
  /** Drawn in the danger colour when the figure is not zero. */
  alarming?: boolean;
  /** 0..1, drawn as a bar under the value. */
  progress?: number | null;
}

function figureCards(figures: Figures, today: string): FigureCard[] {
  const { byStatus } = figures;
  const committed = figures.total - byStatus.wont_do;
  return [
    {
      label: 'Completion rate',
      value: formatPercent(figures.completionRate),
      caption: `${plural(byStatus.done, 'item')} done of ${committed.toLocaleString('en-GB')} committed`,
      query: { statuses: ['done'] },
      progress: figures.completionRate,
    },
    {
      label: 'Median time to close',
      value: formatDays(figures.medianDaysToClose),
      caption: 'From creation to done',
      query: { statuses: ['done'] },
    },
    {
      label: 'Overdue',
      value: figures.overdue.toLocaleString('en-GB'),
      caption: 'Unfinished and past the due date',
      query: { overdue: true },
      alarming: figures.overdue > 0,
    },
    {
      label: `Overdue > ${LONG_OVERDUE_DAYS} days`,
      value: figures.longOverdue.toLocaleString('en-GB'),
      caption: 'More than a month late',
      query: { overdue: true, dueTo: addDays(today, -LONG_OVERDUE_DAYS - 1) },
      alarming: figures.longOverdue > 0,
    },
    {
      label: 'Open',
      value: figures.notStarted.toLocaleString('en-GB'),
      caption: 'Proposed or open, not started',
      query: { statuses: ['proposed', 'open'] },
    },
    {
      label: 'In progress',
      value: byStatus.in_progress.toLocaleString('en-GB'),
      caption: 'Being worked on',
      query: { statuses: ['in_progress'] },
    },
    {
      label: 'Blocked',
      value: byStatus.blocked.toLocaleString('en-GB'),
      caption: 'Waiting on something',
      query: { statuses: ['blocked'] },
      alarming: byStatus.blocked > 0,
    },
    {
      label: 'Done',
      value: byStatus.done.toLocaleString('en-GB'),
      caption: `Of ${plural(figures.total, 'item')} in view`,
      query: { statuses: ['done'] },
    },
  ];
}

export function HeadlineFigures({ figures, today }: { figures: Figures; today: string }) {
  const drillDown = useDrillDown();
  return (
    <section className="dashboard-figures" aria-label="Headline figures">
      <ul>
        {figureCards(figures, today).map((card) => (
          <li key={card.label}>
            <a className={`dashboard-figure${card.alarming ? ' is-alarming' : ''}`} href={drillDown.href(card.query)}>
              <span className="dashboard-figure-label">{card.label}</span>
              <span className="dashboard-figure-value">{card.value}</span>
              {card.progress !== undefined && (
                <span className="dashboard-figure-bar" aria-hidden="true">
                  <span style={{ width: `${Math.round((card.progress ?? 0) * 100)}%`, backgroundColor: STATUS_COLOURS.done }} />
                </span>
              )}
              <span className="dashboard-figure-caption">{card.caption}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
