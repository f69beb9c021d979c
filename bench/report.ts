/** The bench's one table of figures, and bench/results.json in the shape design.md gives. */
import { writeFileSync } from 'node:fs';
import type { BenchFigures } from './figures';

/** Three significant figures at most, so the table and the file stay readable. */
function rounded(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return Number(value.toFixed(digits));
}

function roundedFigures(figures: BenchFigures): BenchFigures {
  return Object.fromEntries(
    Object.entries(figures).map(([name, figure]) => [
      name,
      { value: rounded(figure.value), unit: figure.unit, reference: { name: figure.reference.name, value: rounded(figure.reference.value) }, ratio: rounded(figure.ratio) },
    ]),
  );
}

export function printFigures(figures: BenchFigures): void {
  const rows = Object.entries(roundedFigures(figures)).map(([name, figure]) => [
    name,
    `${figure.value} ${figure.unit}`,
    `${figure.reference.value} (${figure.reference.name})`,
    String(figure.ratio),
  ]);
  const header = ['figure', 'value', 'reference', 'ratio'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
}

export function writeFigures(path: string, figures: BenchFigures): void {
  writeFileSync(path, `${JSON.stringify(roundedFigures(figures), null, 2)}\n`);
}
