/** The report's stylesheet: calm on screen, A4 on paper. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1f2933; --muted: #6b7280; --line: #e5e7eb; --accent: #2563eb; --paper: #ffffff; --tint: #f8fafc; --risk: #b91c1c; }
* { box-sizing: border-box; }
html { background: #eef1f5; }
body { margin: 0 auto; max-width: 980px; padding: 40px 48px 56px; background: var(--paper); color: var(--ink);
  font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.report-header { border-top: 6px solid var(--accent); padding-top: 20px; margin-bottom: 28px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 11px; font-weight: 600; color: var(--accent); margin: 0 0 6px; }
h1 { font-size: 28px; line-height: 1.2; margin: 0 0 12px; letter-spacing: -.01em; }
.meta { display: flex; flex-wrap: wrap; gap: 6px 28px; margin: 0; color: var(--muted); font-size: 13px; }
.meta dt { display: inline; font-weight: 600; color: var(--ink); }
.meta dd { display: inline; margin: 0 0 0 6px; }
section { margin-top: 36px; }
h2 { font-size: 19px; margin: 0 0 14px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 22px 0 8px; }
.definitions { margin: 0 0 14px; padding: 10px 14px; background: var(--tint); border-radius: 6px; font-size: 12.5px; color: #374151; }
.definitions p { margin: 2px 0; }
.definitions strong { color: var(--ink); }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; }
.figure { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--paper); }
.figure .label { font-size: 11.5px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 600; }
.figure .value { font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; margin: 2px 0; }
.figure .definition { font-size: 12px; color: var(--muted); margin: 0; }
figure.chart-figure { margin: 8px 0 6px; }
figure.chart-figure figcaption { font-weight: 600; margin-bottom: 6px; }
svg.chart { display: block; max-width: 100%; height: auto; }
details { margin: 4px 0 14px; font-size: 12.5px; }
details summary { color: var(--accent); cursor: pointer; }
table { width: 100%; border-collapse: collapse; font-size: 12.5px; margin: 0 0 14px; }
caption { text-align: left; font-weight: 600; font-size: 13px; padding: 0 0 6px; }
th { text-align: left; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); border-bottom: 2px solid var(--line); padding: 6px 8px; }
td { padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: break-word; }
td:first-child { min-width: 10em; }
tbody tr:nth-child(even) td { background: #fafbfc; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
.empty { color: var(--muted); font-style: italic; }
.list-caption { font-weight: 600; margin: 16px 0 6px; }
ul { margin: 0 0 12px; padding-left: 20px; }
li { margin: 3px 0; }
.callout { border-left: 4px solid var(--risk); background: #fef2f2; padding: 12px 16px 8px; border-radius: 0 8px 8px 0; margin: 0 0 18px; }
.callout .list-caption { color: var(--risk); margin-top: 0; }
footer { margin-top: 44px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 11.5px; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  html { background: none; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  header.report-header { margin-bottom: 18px; }
  section { margin-top: 22px; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, caption, .list-caption { break-after: avoid; }
  .figure, figure.chart-figure, .definitions, .callout li, tr { break-inside: avoid; page-break-inside: avoid; }
  .definitions { break-after: avoid; }
  thead { display: table-header-group; }
  details { display: none; }
  .figure, .definitions, .callout, tbody tr:nth-child(even) td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
