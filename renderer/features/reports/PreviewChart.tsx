import { ITEM_STATUSES, STATUS_COLOURS, STATUS_LABELS } from '../../../shared/model';
import type { ChartBlock } from '../../../shared/report';

/** A horizontal bar split into coloured parts, drawn with CSSOM widths (the CSP allows those). */
function Bar({ parts, max }: { parts: { value: number; colour: string; label: string }[]; max: number }) {
  return (
    <span className="preview-bar">
      {parts
        .filter((part) => part.value > 0)
        .map((part) => (
          <span
            key={part.label}
            className="preview-bar-part"
            title={`${part.label}: ${part.value}`}
            style={{ width: `${(part.value / max) * 100}%`, background: part.colour }}
          />
        ))}
    </span>
  );
}

function BarRows({ rows }: { rows: { label: string; parts: { value: number; colour: string; label: string }[] }[] }) {
  const totals = rows.map((row) => row.parts.reduce((sum, part) => sum + part.value, 0));
  const max = Math.max(1, ...totals);
  return (
    <ul className="preview-bars">
      {rows.map((row, index) => (
        <li key={row.label}>
          <span className="preview-bar-label">{row.label}</span>
          <Bar parts={row.parts} max={max} />
          <span className="preview-bar-total">{totals[index]}</span>
        </li>
      ))}
    </ul>
  );
}

function BurnUpLines({ block }: { block: Extract<ChartBlock, { chart: 'burn-up' }> }) {
  const { points } = block.burnUp;
  if (points.length === 0) return <p className="preview-empty">No items yet.</p>;
  const width = 600;
  const height = 160;
  const max = Math.max(1, ...points.map((point) => point.created));
  const x = (index: number) => (points.length === 1 ? width / 2 : (index / (points.length - 1)) * width);
  const y = (value: number) => height - (value / max) * height;
  const line = (key: 'created' | 'completed') => points.map((point, index) => `${x(index).toFixed(1)},${y(point[key]).toFixed(1)}`).join(' ');
  const last = points[points.length - 1]!;
  return (
    <div className="preview-burn-up">
      <svg viewBox={`0 -4 ${width} ${height + 8}`} preserveAspectRatio="none" aria-hidden="true">
        <polyline points={line('created')} className="preview-line preview-line--created" />
        <polyline points={line('completed')} className="preview-line preview-line--completed" />
      </svg>
      <p className="preview-legend">
        <span className="preview-key preview-key--created">Created: {last.created}</span>
        <span className="preview-key preview-key--completed">Completed: {last.completed}</span>
        <span>
          {points[0]!.label} to {last.label}
        </span>
      </p>
    </div>
  );
}

/** The report's charts, drawn small for the on-screen preview; the exports draw their own SVG. */
export function PreviewChart({ block }: { block: ChartBlock }) {
  let chart;
  switch (block.chart) {
    case 'burn-up':
      chart = <BurnUpLines block={block} />;
      break;
    case 'status':
      chart = (
        <BarRows rows={block.counts.map((count) => ({ label: count.label, parts: [{ value: count.count, colour: STATUS_COLOURS[count.status], label: count.label }] }))} />
      );
      break;
    case 'themes':
      chart = (
        <BarRows
          rows={block.rows.map((row) => ({
            label: row.label,
            parts: ITEM_STATUSES.map((status) => ({ value: row.counts[status], colour: STATUS_COLOURS[status], label: STATUS_LABELS[status] })),
          }))}
        />
      );
      break;
    case 'ageing':
      chart = <BarRows rows={block.bars.map((bar) => ({ label: bar.label, parts: [{ value: bar.count, colour: '#475569', label: bar.label }] }))} />;
      break;
  }
  return (
    <figure className="preview-chart" aria-label={block.title}>
      <figcaption>{block.title}</figcaption>
      {chart}
    </figure>
  );
}
