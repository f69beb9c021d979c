/**
 * The dashboard's first render in Debian's Chromium (bench/dashboard/page.ts).
 * Runs alone with `tsx bench/dashboard/run.ts`; `npm run bench` runs it with the others.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium, runPageInChromium } from '../browser';
import type { BenchFigure, BenchFigures } from '../figures';
import { printFigures } from '../report';

/** Each page load gives one cold figure: the median of a few is steadier on a shared machine. */
const PAGE_LOADS = 3;

function median(figures: BenchFigure[]): BenchFigure {
  return [...figures].sort((a, b) => a.value - b.value)[Math.floor(figures.length / 2)]!;
}

function best(figures: BenchFigure[]): BenchFigure {
  return figures.reduce((least, figure) => (figure.value < least.value ? figure : least));
}

/** Cold figures (named `….cold`): the median over page loads; warm ones: the best. */
export async function runDashboardRenderBench(executablePath: string): Promise<BenchFigures> {
  const loads: BenchFigures[] = [];
  for (let load = 0; load < PAGE_LOADS; load += 1) {
    loads.push(await runPageInChromium(fileURLToPath(new URL('.', import.meta.url)), executablePath));
  }
  return Object.fromEntries(
    Object.keys(loads[0]!).map((name) => {
      const figures = loads.map((figuresOfLoad) => figuresOfLoad[name]!);
      return [name, name.endsWith('.cold') ? median(figures) : best(figures)];
    }),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH)');
  printFigures(await runDashboardRenderBench(executablePath));
}
