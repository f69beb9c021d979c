/**
 * The dashboard's first render in Debian's Chromium (bench/dashboard/page.ts).
 * Runs alone with `tsx bench/dashboard/run.ts`; `npm run bench` runs it with the others.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium, runPageInChromium } from '../browser';
import type { BenchFigures } from '../figures';
import { printFigures } from '../report';

export function runDashboardRenderBench(executablePath: string): Promise<BenchFigures> {
  return runPageInChromium(fileURLToPath(new URL('.', import.meta.url)), executablePath);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH)');
  printFigures(await runDashboardRenderBench(executablePath));
}
