/**
 * Runs a bench page in Debian's Chromium: builds the page's folder with vite into a temporary
 * folder, serves it on 127.0.0.1, and returns what the page's `window.runBench()` resolves to.
 */
import react from '@vitejs/plugin-react';
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { BenchFigures } from './figures';

declare global {
  interface Window {
    /** Set by each bench page: measures and resolves to its figures. */
    runBench: () => Promise<BenchFigures>;
  }
}

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const BENCH_TIMEOUT_MS = 10 * 60_000;

/** Debian's Chromium (or the one CHROMIUM_PATH names), or null when none is installed. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!)) ?? null;
}

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

/** Builds `pageFolder` (an index.html and its module), opens it in Chromium and runs its bench. */
export async function runPageInChromium(pageFolder: string, executablePath: string): Promise<BenchFigures> {
  const outDir = await mkdtemp(join(tmpdir(), 'followthrough-bench-'));
  let server: Server | undefined;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await build({
      root: pageFolder,
      configFile: false,
      logLevel: 'warn',
      base: './',
      plugins: [react()],
      // The pages bundle React, recharts and the data layer into one chunk on purpose.
      build: { outDir, emptyOutDir: true, minify: true, chunkSizeWarningLimit: 4096 },
    });
    server = await serve(outDir);
    const { port } = server.address() as AddressInfo;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.waitForFunction(() => typeof window.runBench === 'function');
    page.setDefaultTimeout(BENCH_TIMEOUT_MS);
    const figures = await page.evaluate(() => window.runBench());
    if (errors.length > 0) throw new Error(`The bench page failed: ${errors.join('; ')}`);
    return figures;
  } finally {
    await browser.close();
    server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}
