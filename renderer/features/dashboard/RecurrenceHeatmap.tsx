import { useId, useState, type CSSProperties } from 'react';
import type { FailureThemeRecurrence, RecurrenceCell, RecurrenceMatrix } from '../../../shared/insights';
import { useRoute } from '../../app/router';
import { Button } from '../../ui/Button';
import { ColourSwatch } from './ChartLegend';
import { dashboardThemeHref } from './dashboard-filters';
import { useDrillDown } from './drill-down';
import { formatDay, formatPeriod, formatPeriodShort, periodStartsYear, plural } from './format';
import { HeatmapDetails, type ActiveCell } from './HeatmapDetails';

/** Beyond this many columns only the first and those starting a year are labelled. */
const ALL_LABELS_UP_TO = 18;
/** Incidents a cell's accessible name lists by title; the details panel lists them all. */
const TITLES_IN_LABEL = 3;

function PeriodHeader({ period, isFirst, labelled }: { period: string; isFirst: boolean; labelled: boolean }) {
  const showYear = periodStartsYear(period, isFirst);
  return (
    <span role="columnheader" aria-label={formatPeriod(period)} className="heatmap-period">
      {(labelled || showYear || period.length === 4) && formatPeriodShort(period)}
      {showYear && <span className="heatmap-year">{period.slice(0, 4)}</span>}
    </span>
  );
}

function cellLabel(theme: FailureThemeRecurrence, cell: RecurrenceCell): string {
  const { incidents } = cell;
  const titles = incidents.slice(0, TITLES_IN_LABEL).map((incident) => `${incident.title} (${formatDay(incident.date)})`);
  if (incidents.length > TITLES_IN_LABEL) titles.push(`and ${plural(incidents.length - TITLES_IN_LABEL, 'more')}`);
  return `${theme.label}, ${formatPeriod(cell.period)}: ${plural(incidents.length, 'incident')}: ${titles.join('; ')}`;
}

/** Stronger tint for busier periods, capped so the count stays readable on it. */
function cellStyle(colour: string, count: number, maxCount: number): CSSProperties {
  const strength = maxCount <= 1 ? 1 : (count - 1) / (maxCount - 1);
  const tint = Math.round(28 + strength * 32);
  return { backgroundColor: `color-mix(in srgb, ${colour} ${tint}%, transparent)`, borderColor: colour };
}

interface HeatmapRowProps {
  theme: FailureThemeRecurrence;
  periods: readonly string[];
  maxCount: number;
  detailsId: string;
  onActivate(cell: ActiveCell | null): void;
}

function HeatmapRow({ theme, periods, maxCount, detailsId, onActivate }: HeatmapRowProps) {
  const route = useRoute();
  const drillDown = useDrillDown();
  const cellByPeriod = new Map(theme.cells.map((cell) => [cell.period, cell]));
  return (
    <div role="row" className={`heatmap-row${theme.recurring ? ' is-recurring' : ''}`}>
      <span role="rowheader" className="heatmap-theme">
        <a href={dashboardThemeHref(route.params, theme.id)} title={`Show the dashboard for ${theme.label}`}>
          <ColourSwatch colour={theme.colour} />
          {theme.label}
        </a>
        <span className="heatmap-theme-count">{plural(theme.incidentCount, 'incident')}</span>
      </span>
      {periods.map((period) => {
        const cell = cellByPeriod.get(period);
        if (!cell) return <span role="cell" key={period} className="heatmap-cell" />;
        const activate = () => onActivate({ theme, cell });
        const onlyIncident = cell.incidents.length === 1 ? cell.incidents[0] : undefined;
        return (
          <span role="cell" key={period} className="heatmap-cell">
            <button
              type="button"
              className="heatmap-mark"
              style={cellStyle(theme.colour, cell.incidents.length, maxCount)}
              aria-label={cellLabel(theme, cell)}
              aria-controls={detailsId}
              onMouseEnter={activate}
              onFocus={activate}
              onClick={() => (onlyIncident ? drillDown.open({ incident: onlyIncident.id }) : activate())}
            >
              {cell.incidents.length}
            </button>
          </span>
        );
      })}
      <span role="cell" className="heatmap-open">
        {theme.unfinishedItemCount > 0 ? theme.unfinishedItemCount.toLocaleString('en-GB') : '–'}
      </span>
    </div>
  );
}

/** Failure themes by period as an accessible CSS grid; a cell lists its incidents on hover or focus. */
export function RecurrenceHeatmap({ matrix }: { matrix: RecurrenceMatrix }) {
  const [active, setActive] = useState<ActiveCell | null>(null);
  const [showOneOffs, setShowOneOffs] = useState(false);
  const detailsId = useId();
  const { periods } = matrix;
  // Themes seen once stay folded away unless nothing recurs; rows come most frequent first.
  const recurringCount = matrix.themes.filter((theme) => theme.recurring).length;
  const oneOffCount = matrix.themes.length - recurringCount;
  const themes = showOneOffs || recurringCount === 0 ? matrix.themes : matrix.themes.slice(0, recurringCount);
  const maxCount = Math.max(1, ...themes.flatMap((theme) => theme.cells.map((cell) => cell.incidents.length)));
  const labelEvery = periods.length <= ALL_LABELS_UP_TO;
  const gridStyle: CSSProperties = { gridTemplateColumns: `minmax(180px, 15rem) repeat(${periods.length}, minmax(30px, 1fr)) 5.5rem` };
  return (
    <>
      <div className="heatmap-scroll">
        <div role="table" aria-label={`Failure themes by ${matrix.interval}: incidents per ${matrix.interval}`} className="heatmap" style={gridStyle}>
          <div role="row" className="heatmap-row heatmap-head">
            <span role="columnheader">Failure theme</span>
            {periods.map((period, index) => (
              <PeriodHeader key={period} period={period} isFirst={index === 0} labelled={labelEvery} />
            ))}
            <span role="columnheader" className="heatmap-open">
              Open fixes
            </span>
          </div>
          {themes.map((theme) => (
            <HeatmapRow key={theme.id} theme={theme} periods={periods} maxCount={maxCount} detailsId={detailsId} onActivate={setActive} />
          ))}
        </div>
      </div>
      {recurringCount > 0 && oneOffCount > 0 && (
        <Button variant="ghost" size="sm" aria-expanded={showOneOffs} onClick={() => setShowOneOffs((shown) => !shown)}>
          {showOneOffs ? 'Hide themes seen once' : `Show ${plural(oneOffCount, 'theme')} seen once`}
        </Button>
      )}
      <HeatmapDetails id={detailsId} active={active} />
    </>
  );
}
