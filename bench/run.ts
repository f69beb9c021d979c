/**
 * `npm run bench`: every bench, one table, one bench/results.json.
 * - Extraction throughput over at least 1,000 documents (the fixtures, repeated), beside two
 *   references measured in the same run on the same bytes: splitting the decoded text into
 *   lines (the floor) and parsing it with markdown-it (what one ordinary parse costs).
 * - The dashboard's aggregation at 100,000 items (bench/insights.ts).
 * - In Chromium, skipped when none is installed: the dashboard's first render at that scale
 *   (bench/dashboard/run.ts) and the data layer against real IndexedDB (bench/db/run.ts).
 * `--only extraction` runs the first alone and prints its figures without touching bench/results.json.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { readPostmortem } from '../shared/postmortem';
import type { BenchFigures } from './figures';
import { printFigures, writeFigures } from './report';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '../test/fixtures');
const MIN_DOCUMENTS = 1000;
const ROUNDS = 5;

interface Sample {
  name: string;
  bytes: Uint8Array;
}

function loadSamples(): Sample[] {
  const samples: Sample[] = [];
  for (const set of ['postmortems', 'corpus', 'gathered']) {
    const dir = join(fixtures, set);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.gold.json') || name.endsWith('.md') === false && !/\.(txt|html|json)$/.test(name)) continue;
      if (name === 'README.md') continue;
      samples.push({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) });
    }
  }
  const documents: Sample[] = [];
  while (documents.length < MIN_DOCUMENTS) documents.push(...samples);
  return documents;
}

const decoder = new TextDecoder('utf-8');

/** Wall time in milliseconds of one pass over all documents. */
function time(documents: Sample[], run: (doc: Sample) => unknown): number {
  const started = performance.now();
  for (const doc of documents) run(doc);
  return performance.now() - started;
}

function runExtractionBench(): BenchFigures {
  const documents = loadSamples();
  const totalBytes = documents.reduce((n, d) => n + d.bytes.length, 0);
  const megabytes = totalBytes / (1024 * 1024);
  const md = new MarkdownIt();

  let sink = 0;
  const lines = (doc: Sample): void => {
    sink += decoder.decode(doc.bytes).split('\n').length;
  };
  const markdownIt = (doc: Sample): void => {
    sink += md.parse(decoder.decode(doc.bytes), {}).length;
  };
  const extract = (doc: Sample): void => {
    const r = readPostmortem(doc);
    sink += r.ok ? r.value.items.length : 0;
  };
  // Warm up every path once so the JIT compares like with like.
  for (const doc of documents.slice(0, 100)) {
    lines(doc);
    markdownIt(doc);
    extract(doc);
  }
  // Rounds interleave the three so that load from other processes touches them alike; best of each.
  const rssBefore = process.memoryUsage().rss;
  let [linesMs, markdownItMs, extractMs] = [Infinity, Infinity, Infinity];
  for (let round = 0; round < ROUNDS; round += 1) {
    linesMs = Math.min(linesMs, time(documents, lines));
    markdownItMs = Math.min(markdownItMs, time(documents, markdownIt));
    extractMs = Math.min(extractMs, time(documents, extract));
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const heapMb = process.memoryUsage().heapUsed / (1024 * 1024);

  const throughput = (ms: number): number => megabytes / (ms / 1000);
  const round = (n: number, digits = 2): number => Number(n.toFixed(digits));
  const results = {
    'extract-throughput': {
      value: round(throughput(extractMs)),
      unit: 'MB/s',
      reference: { name: 'markdown-it parse', value: round(throughput(markdownItMs)) },
      ratio: round(extractMs / markdownItMs),
    },
    'extract-documents-per-second': {
      value: round(documents.length / (extractMs / 1000), 0),
      unit: 'documents/s',
      reference: { name: 'markdown-it parse', value: round(documents.length / (markdownItMs / 1000), 0) },
      ratio: round(extractMs / markdownItMs),
    },
    'line-split-throughput': {
      value: round(throughput(linesMs)),
      unit: 'MB/s',
      reference: { name: 'extract', value: round(throughput(extractMs)) },
      ratio: round(extractMs / linesMs),
    },
    'markdown-it-throughput': {
      value: round(throughput(markdownItMs)),
      unit: 'MB/s',
      reference: { name: 'line split', value: round(throughput(linesMs)) },
      ratio: round(markdownItMs / linesMs),
    },
    'extract-cost-vs-markdown-it': {
      value: round(extractMs / markdownItMs),
      unit: '× markdown-it time',
      reference: { name: 'aim', value: 2 },
      ratio: round(extractMs / markdownItMs / 2),
    },
    'peak-rss': {
      value: round(peakRssMb, 1),
      unit: 'MB',
      reference: { name: 'rss before extraction', value: round(rssBefore / (1024 * 1024), 1) },
      ratio: round(peakRssMb / (rssBefore / (1024 * 1024))),
    },
    'heap-used-after-extraction': {
      value: round(heapMb, 1),
      unit: 'MB',
      reference: { name: 'input size', value: round(megabytes, 1) },
      ratio: round(heapMb / megabytes),
    },
  };

  console.log(`extraction: ${documents.length} documents, ${round(megabytes)} MB, best of ${ROUNDS} rounds (checksum ${sink})`);
  return results;
}

async function main(): Promise<void> {
  const started = performance.now();
  const figures: BenchFigures = { ...runExtractionBench() };
  const only = process.argv.indexOf('--only');
  if (only >= 0 && process.argv[only + 1] === 'extraction') {
    printFigures(figures);
    return;
  }
  // Loaded only now, so vite and playwright do not weigh on the extraction's memory figures.
  const { runInsightsBench } = await import('./insights');
  const { findChromium } = await import('./browser');
  const { runDashboardRenderBench } = await import('./dashboard/run');
  const { runDbBench } = await import('./db/run');
  console.log('dashboard: 100,000 items, 5,000 incidents');
  Object.assign(figures, runInsightsBench());
  const chromiumPath = findChromium();
  if (chromiumPath) {
    console.log(`dashboard first render and data layer (IndexedDB): in ${chromiumPath}`);
    try {
      Object.assign(figures, await runDashboardRenderBench(chromiumPath), await runDbBench(chromiumPath));
    } catch (error) {
      // The figures measured so far are still worth writing; the run still fails.
      console.error(`The Chromium benches failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  } else {
    console.log('dashboard first render and data layer: skipped, Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH)');
  }
  const [oneMinute] = loadavg();
  console.log(`\n${Math.round((performance.now() - started) / 1000)} s, load average ${oneMinute!.toFixed(2)} on ${availableParallelism()} cores\n`);
  printFigures(figures);
  writeFigures(join(here, 'results.json'), figures);
}

await main();
