/**
 * The report's charts as inline SVG, drawn from pre-aggregated data (a few dozen points at
 * most). Every label goes through `escapeHtml`.
 */
import type { BurnUp, ThemeCompletion } from '../insights';
import { ITEM_STATUSES, STATUS_COLOURS, STATUS_LABELS } from '../model';
import { formatCount } from './format';
import { escapeHtml, safeColour } from './html-escape';
import type { StatusCount } from './model';

const CREATED_COLOUR = '#475569';
const COMPLETED_COLOUR = '#16a34a';
const INK = '#1f2933';
const MUTED = '#6b7280';
const GRID = '#e5e7eb';
const WIDTH = 720;

/** A round step (1, 2 or 5 times a power of ten) giving about `ticks` intervals up to `max`. */
function niceStep(max: number, ticks: number): number {
  if (max <= 0) return 1;
  const rough = max / ticks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((multiple) => multiple * power).find((candidate) => candidate >= rough)!;
  return Math.max(1, step);
}

function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attributes}>${escapeHtml(content)}</text>`;
}

function svg(height: number, title: string, body: string): string {
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg" font-family="inherit" font-size="12" fill="${INK}"><title>${escapeHtml(title)}</title>${body}</svg>`;
}

function legend(entries: { label: string; colour: string }[], x: number, y: number): string {
  let offset = x;
  return entries
    .map((entry) => {
      const item = `<rect x="${offset}" y="${y - 9}" width="10" height="10" rx="2" fill="${entry.colour}"/>${text(offset + 14, y, entry.label, `fill="${MUTED}"`)}`;
      offset += 24 + entry.label.length * 6.5;
      return item;
    })
    .join('');
}

export function burnUpChart(burnUp: BurnUp, title: string): string {
  const height = 280;
  const left = 52;
  const right = 24;
  const top = 34;
  const bottom = 40;
  const points = burnUp.points;
  if (points.length === 0) return svg(80, title, text(left, 44, 'No items yet.', `fill="${MUTED}"`));
  const maxValue = Math.max(1, ...points.map((point) => point.created));
  const step = niceStep(maxValue, 4);
  const yMax = Math.ceil(maxValue / step) * step;
  const plotWidth = WIDTH - left - right;
  const plotHeight = height - top - bottom;
  const x = (index: number): number => left + (points.length === 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const y = (value: number): number => top + plotHeight - (value / yMax) * plotHeight;

  const grid: string[] = [];
  for (let value = 0; value <= yMax; value += step) {
    grid.push(`<line x1="${left}" x2="${WIDTH - right}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}" stroke="${GRID}"/>`);
    grid.push(text(left - 8, y(value) + 4, formatCount(value), `text-anchor="end" fill="${MUTED}"`));
  }
  // About eight labels; the last point always labelled, its regular neighbour dropped when too close.
  const labelEvery = Math.max(1, Math.ceil(points.length / 8));
  const lastIndex = points.length - 1;
  const labelled = (index: number): boolean =>
    index === lastIndex || (index % labelEvery === 0 && (lastIndex - index >= labelEvery * 0.75 || labelEvery === 1));
  const xLabels = points
    .map((point, index) => (labelled(index) ? text(x(index), height - bottom + 18, point.label, `text-anchor="middle" fill="${MUTED}"`) : ''))
    .join('');
  const path = (key: 'created' | 'completed'): string => points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(point[key]).toFixed(1)}`).join(' ');
  const area = (key: 'created' | 'completed'): string => `${path(key)} L${x(points.length - 1).toFixed(1)},${y(0).toFixed(1)} L${x(0).toFixed(1)},${y(0).toFixed(1)} Z`;
  const last = points[points.length - 1]!;
  const endLabel = (value: number, colour: string, dy: number): string =>
    `<circle cx="${x(points.length - 1).toFixed(1)}" cy="${y(value).toFixed(1)}" r="3.5" fill="${colour}"/>` +
    text(Math.min(x(points.length - 1), WIDTH - right) - 6, y(value) + dy, formatCount(value), `text-anchor="end" font-weight="600" fill="${colour}"`);
  const labelsApart = Math.abs(y(last.created) - y(last.completed)) > 14;
  return svg(
    height,
    title,
    grid.join('') +
      `<path d="${area('created')}" fill="${CREATED_COLOUR}" fill-opacity="0.08"/>` +
      `<path d="${area('completed')}" fill="${COMPLETED_COLOUR}" fill-opacity="0.15"/>` +
      `<path d="${path('created')}" fill="none" stroke="${CREATED_COLOUR}" stroke-width="2.5" stroke-linejoin="round"/>` +
      `<path d="${path('completed')}" fill="none" stroke="${COMPLETED_COLOUR}" stroke-width="2.5" stroke-linejoin="round"/>` +
      endLabel(last.created, CREATED_COLOUR, -8) +
      endLabel(last.completed, COMPLETED_COLOUR, labelsApart ? -8 : 16) +
      xLabels +
      legend(
        [
          { label: 'Created (cumulative)', colour: CREATED_COLOUR },
          { label: 'Completed (cumulative)', colour: COMPLETED_COLOUR },
        ],
        left,
        16,
      ),
  );
}

/** Horizontal bars, one per row, each split into coloured segments. */
function horizontalBars(title: string, rows: { label: string; swatch?: string; segments: { value: number; colour: string }[] }[], legendEntries: { label: string; colour: string }[]): string {
  const labelWidth = 190;
  const rowHeight = 26;
  const top = legendEntries.length > 0 ? 30 : 8;
  const right = 56;
  const height = top + rows.length * rowHeight + 8;
  const max = Math.max(1, ...rows.map((row) => row.segments.reduce((sum, segment) => sum + segment.value, 0)));
  const scale = (WIDTH - labelWidth - right) / max;
  const body = rows
    .map((row, index) => {
      const y = top + index * rowHeight;
      let x = labelWidth;
      const segments = row.segments
        .filter((segment) => segment.value > 0)
        .map((segment) => {
          const width = segment.value * scale;
          const rect = `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${Math.max(width, 1).toFixed(1)}" height="${rowHeight - 10}" fill="${segment.colour}"/>`;
          x += width;
          return rect;
        })
        .join('');
      const total = row.segments.reduce((sum, segment) => sum + segment.value, 0);
      const label = row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label;
      const swatch = row.swatch ? `<rect x="0" y="${y + 8}" width="8" height="8" rx="2" fill="${row.swatch}"/>` : '';
      return (
        swatch +
        text(row.swatch ? 14 : 0, y + rowHeight / 2 + 3, label) +
        `<rect x="${labelWidth}" y="${y + 4}" width="${WIDTH - labelWidth - right}" height="${rowHeight - 10}" fill="#f3f4f6"/>` +
        segments +
        text(x + 6, y + rowHeight / 2 + 3, formatCount(total), `font-weight="600"`)
      );
    })
    .join('');
  return svg(height, title, (legendEntries.length > 0 ? legend(legendEntries, labelWidth, 16) : '') + body);
}

export function statusChart(counts: StatusCount[], title: string): string {
  return horizontalBars(
    title,
    counts.map((count) => ({ label: count.label, swatch: STATUS_COLOURS[count.status], segments: [{ value: count.count, colour: STATUS_COLOURS[count.status] }] })),
    [],
  );
}

export function themeChart(rows: ThemeCompletion[], title: string): string {
  return horizontalBars(
    title,
    rows.map((row) => ({
      label: row.label,
      swatch: safeColour(row.colour, MUTED),
      segments: ITEM_STATUSES.map((status) => ({ value: row.counts[status], colour: STATUS_COLOURS[status] })),
    })),
    ITEM_STATUSES.map((status) => ({ label: STATUS_LABELS[status], colour: STATUS_COLOURS[status] })),
  );
}

export function columnChart(bars: { label: string; count: number }[], title: string): string {
  const height = 200;
  const top = 20;
  const bottom = 30;
  const gap = 18;
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const width = (WIDTH - gap * (bars.length + 1)) / Math.max(1, bars.length);
  const body = bars
    .map((bar, index) => {
      const x = gap + index * (width + gap);
      const barHeight = (bar.count / max) * (height - top - bottom);
      const y = height - bottom - barHeight;
      return (
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="${Math.max(barHeight, 1).toFixed(1)}" rx="3" fill="${CREATED_COLOUR}"/>` +
        text(x + width / 2, y - 6, formatCount(bar.count), `text-anchor="middle" font-weight="600"`) +
        text(x + width / 2, height - bottom + 18, bar.label, `text-anchor="middle" fill="${MUTED}"`)
      );
    })
    .join('');
  return svg(height, title, `<line x1="0" x2="${WIDTH}" y1="${height - bottom}" y2="${height - bottom}" stroke="${GRID}"/>` + body);
}
