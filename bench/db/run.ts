/**
 * Runs the data-layer bench in Debian's Chromium against real IndexedDB: builds
 * bench/db/page.ts with vite into a temporary folder, serves it on 127.0.0.1 and
 * reads the figures the page measures.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { BenchFigures } from './figures';

const here = fileURLToPath(new URL('.', import.meta.url));
const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const BENCH_TIMEOUT_MS = 10 * 60_000;

function serve(root: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = resolve(root, path || 'index.html');
    if (!file.startsWith(root) || !(await stat(file).catch(() => null))?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

export async function runDbBench(): Promise<BenchFigures> {
  const outDir = await mkdtemp(join(tmpdir(), 'followthrough-db-bench-'));
  let server: Server | undefined;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await build({ root: here, configFile: false, logLevel: 'warn', base: './', build: { outDir, emptyOutDir: true, minify: true } });
    server = await serve(outDir);
    const { port } = server.address() as AddressInfo;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.waitForFunction(() => typeof window.runDbBench === 'function');
    page.setDefaultTimeout(BENCH_TIMEOUT_MS);
    const figures = await page.evaluate(() => window.runDbBench());
    if (errors.length > 0) throw new Error(`The bench page failed: ${errors.join('; ')}`);
    return figures;
  } finally {
    await browser.close();
    server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await runDbBench();
  console.table(
    Object.fromEntries(
      Object.entries(figures).map(([name, figure]) => [
        name,
        { value: Math.round(figure.value * 10) / 10, unit: figure.unit, raw: Math.round(figure.reference.value * 10) / 10, ratio: figure.ratio.toFixed(2) },
      ]),
    ),
  );
}
