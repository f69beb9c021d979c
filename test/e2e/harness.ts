/**
 * End-to-end harness: serves the built renderer with bin/serve-web.mjs on a free
 * port on 127.0.0.1 and drives Debian's Chromium through playwright-core.
 * Needs `npx electron-vite build` first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');
const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface WebServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  stop(): Promise<void>;
}

/** Starts `node bin/serve-web.mjs` on a free port and waits until it listens. */
export function startWebServer(): Promise<WebServer> {
  const child: ChildProcess = spawn(process.execPath, [join(REPO_ROOT, 'bin/serve-web.mjs')], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolveServer, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`serve-web did not start within 10 s:\n${output}`));
    }, 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolveServer({ url: match[0], stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve-web exited with ${code}:\n${output}`));
    });
  });
}

/**
 * Headless Debian Chromium. Playwright gives every launch a fresh temporary
 * user-data dir (it refuses --user-data-dir in args), removed on close.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface SessionOptions {
  colorScheme?: 'light' | 'dark';
  /** Only for injecting test tooling such as axe-core: it switches the page's CSP off. */
  bypassCSP?: boolean;
}

export interface AppSession {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and failed requests, in order; tests assert it stays empty. */
  errors: string[];
  /** Loads the app at a hash route (`/items?status=open`) and waits for the shell to render. */
  open(route?: string): Promise<void>;
  /** Saves a PNG of the viewport under test-results/screenshots/ and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface E2eApp {
  baseUrl: string;
  browser: Browser;
  /** A new browser context (fresh storage) with one page, 1280×800. */
  newSession(options?: SessionOptions): Promise<AppSession>;
  close(): Promise<void>;
}

export async function startE2eApp(): Promise<E2eApp> {
  const server = await startWebServer();
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.stop();
    throw error;
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  return {
    baseUrl: server.url,
    browser,
    async newSession({ colorScheme = 'light', bypassCSP = false } = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme, bypassCSP });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
      return {
        page,
        context,
        errors,
        async open(route = '/') {
          await page.goto(`${server.url}#${route}`);
          await page.getByRole('navigation', { name: 'Main' }).waitFor();
          await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
          // React attaches listeners in effects, which may run a frame after the heading is painted;
          // the shell marks the document once its own (the last to run) have.
          await page.locator('html[data-commands-ready]').waitFor({ state: 'attached' });
        },
        async screenshot(name) {
          const path = join(SCREENSHOT_DIR, `${name}.png`);
          await page.screenshot({ path, animations: 'disabled' });
          return path;
        },
        close: () => context.close(),
      };
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/** The notifications currently shown (showToast). */
export function toasts(page: Page): Locator {
  return page.getByRole('region', { name: 'Notifications' }).locator('.toast');
}

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const AXE_PATH = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

/**
 * Runs axe-core on the page (WCAG 2.x A and AA, best practices and the experimental
 * rules such as label-content-name-mismatch) and returns the serious and
 * critical violations. The page's CSP refuses the injected script, so the session must
 * have been opened with `bypassCSP: true`.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } })
      .axe;
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'];
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations;
  });
  return (violations as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Readable summary of violations for an assertion message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`)
    .join('\n');
}

/** With UPDATE_DOCS_SCREENSHOT=1, a screenshot becomes the README's docs/screenshot.png. */
export function publishDocsScreenshot(path: string): void {
  if (process.env.UPDATE_DOCS_SCREENSHOT !== '1') return;
  mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
  copyFileSync(path, join(REPO_ROOT, 'docs', 'screenshot.png'));
}
