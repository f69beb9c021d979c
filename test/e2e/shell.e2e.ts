import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeViolations,
  publishDocsScreenshot,
  seriousAxeViolations,
  startE2eApp,
  type AppSession,
  type E2eApp,
} from './harness';

const PAGES = [
  { path: '/incidents', title: 'Incidents', empty: 'No incidents yet' },
  { path: '/items', title: 'Action items', empty: 'No action items yet' },
  { path: '/dashboard', title: 'Dashboard', empty: 'Nothing to chart yet' },
  { path: '/review', title: 'Review', empty: 'No items to review' },
  { path: '/reports', title: 'Reports', empty: 'Nothing to report yet' },
  { path: '/settings', title: 'Settings', empty: null },
] as const;
const THEMES = ['light', 'dark'] as const;

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

describe.each(THEMES)('every page in the %s theme', (theme) => {
  let session: AppSession;

  beforeAll(async () => {
    session = await app.newSession({ colorScheme: theme });
  });

  afterAll(async () => {
    await session.close();
  });

  it('shows the first-run screen when there is no data', async () => {
    await session.open('/');
    await expect.poll(() => session.page.locator('html').getAttribute('data-theme')).toBe(theme);
    await session.page.getByRole('heading', { level: 1, name: 'Welcome to Followthrough' }).waitFor();
    const main = session.page.getByRole('main');
    await main.getByRole('button', { name: 'Import postmortems…' }).waitFor();
    await main.getByRole('button', { name: 'Load sample postmortems' }).waitFor();
    const shot = await session.screenshot(`first-run-${theme}`);
    if (theme === 'light') publishDocsScreenshot(shot);
    expect(session.errors).toEqual([]);
  });

  it.each(PAGES)('renders $title with its empty state and no console errors', async ({ path, title, empty }) => {
    await session.open(path);
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    if (empty) await page.getByRole('heading', { level: 2, name: empty }).waitFor();
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: title });
    expect(await link.getAttribute('aria-current')).toBe('page');
    expect(await page.title()).toBe(`${title} · Followthrough`);
    await session.screenshot(`empty-${path.slice(1)}-${theme}`);
    expect(session.errors).toEqual([]);
  });
});

describe('keyboard', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await app.newSession();
  });

  afterAll(async () => {
    await session.close();
  });

  const focusedText = () => session.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  it('moves through the sidebar with Tab and the arrow keys and opens a page with Enter', async () => {
    await session.open('/incidents');
    const { page } = session;
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Skip to content');
    for (let i = 0; i < 10 && (await focusedText()) !== 'Incidents'; i += 1) await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Incidents');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    await page.keyboard.press('ArrowDown');
    expect(await focusedText()).toBe('Action items');
    await page.keyboard.press('End');
    expect(await focusedText()).toBe('Settings');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText()).toBe('Incidents');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText()).toBe('Dashboard');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/dashboard');
    expect(session.errors).toEqual([]);
  });

  it('goes to pages with "g" shortcuts, back with history, and shows the shortcuts sheet with "?"', async () => {
    await session.open('/incidents');
    const { page } = session;
    await page.locator('main').focus();
    await page.keyboard.press('g');
    await page.keyboard.press('r');
    await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    await page.keyboard.press('g');
    await page.keyboard.press('s');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();

    await page.keyboard.press('Shift+Slash');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    expect(await sheet.getByText('Go to Action items').count()).toBe(1);
    await session.screenshot('shortcuts-light');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
    expect(session.errors).toEqual([]);
  });
});

describe('sidebar', () => {
  it('collapses to icons with Ctrl+\\, keeps its links named, and stays collapsed after a reload', async () => {
    const session = await app.newSession({ colorScheme: 'dark' });
    const { page } = session;
    await session.open('/items');
    await page.locator('main').focus();
    await page.keyboard.press('Control+Backslash');
    await page.getByRole('button', { name: 'Expand sidebar' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Expand sidebar' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Action items' }).getAttribute('aria-current')).toBe('page');
    const width = await page.locator('aside').evaluate((aside) => aside.getBoundingClientRect().width);
    expect(width).toBeLessThan(80);
    await session.screenshot('sidebar-collapsed-dark');
    expect(session.errors).toEqual([]);
    await session.close();
  });
});

describe('theme', () => {
  it('switches in Settings and survives a reload', async () => {
    const session = await app.newSession({ colorScheme: 'light' });
    const { page } = session;
    const theme = () => page.locator('html').getAttribute('data-theme');
    await session.open('/settings');
    expect(await theme()).toBe('light');

    await page.getByRole('radio', { name: 'Dark' }).click();
    expect(await theme()).toBe('dark');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await theme()).toBe('dark');
    expect(await page.getByRole('radio', { name: 'Dark' }).getAttribute('aria-checked')).toBe('true');

    // Arrow keys move the choice, as in any radio group: Dark → System follows the OS (light here).
    await page.getByRole('radio', { name: 'Dark' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'System' }).getAttribute('aria-checked')).toBe('true');
    expect(await theme()).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(theme).toBe('dark');
    expect(session.errors).toEqual([]);
    await session.close();
  });
});

describe('files', () => {
  it('hands files from the file chooser to the import flow', async () => {
    const session = await app.newSession();
    const { page } = session;
    await session.open('/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('main').getByRole('button', { name: 'Import postmortems…' }).click();
    await (
      await chooser
    ).setFiles([
      { name: 'db-outage.md', mimeType: 'text/markdown', buffer: Buffer.from('# Outage\n') },
      { name: 'status.txt', mimeType: 'text/plain', buffer: Buffer.from('Resolved') },
    ]);
    await page.getByRole('heading', { level: 1, name: 'Review import' }).waitFor();
    const queue = page.getByRole('navigation', { name: 'Documents in this import' });
    await expect.poll(() => queue.getByRole('button').count()).toBe(2);
    await page.getByRole('main').getByText(/db-outage\.md/).first().waitFor();
    expect(session.errors).toEqual([]);
    await session.close();
  });

  it('opens the file chooser with Ctrl+O, as the native menu would', async () => {
    const session = await app.newSession();
    const { page } = session;
    // Listening before the page loads gives Playwright time to start intercepting choosers.
    const chooser = page.waitForEvent('filechooser');
    await session.open('/dashboard');
    await page.keyboard.press('Control+o');
    const fileChooser = await chooser;
    expect(fileChooser.isMultiple()).toBe(true);
    await fileChooser.setFiles([{ name: 'incident.json', mimeType: 'application/json', buffer: Buffer.from('{}') }]);
    await page.getByRole('heading', { level: 1, name: 'Review import' }).waitFor();
    await page.getByRole('main').getByText(/incident\.json/).first().waitFor();
    expect(session.errors).toEqual([]);
    await session.close();
  });

  it('hands files dropped on the window to the import flow', async () => {
    const session = await app.newSession();
    const { page } = session;
    await session.open('/incidents');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Postmortem'], 'dropped.html', { type: 'text/html' }));
      document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.getByRole('heading', { level: 1, name: 'Review import' }).waitFor();
    await page.getByRole('main').getByText(/dropped\.html/).first().waitFor();
    expect(session.errors).toEqual([]);
    await session.close();
  });
  it('keeps the documents waiting for review through a reload', async () => {
    const session = await app.newSession();
    const { page } = session;
    await session.open('/incidents');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['# Queue outage\n\n## Action items\n\n- Add an alert on queue depth\n'], 'queue.md', { type: 'text/markdown' }));
      document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.getByRole('main').getByText(/queue\.md/).first().waitFor();
    const storedReviews = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const request = indexedDB.open('followthrough');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const count = request.result.transaction('pendingReviews').objectStore('pendingReviews').count();
              count.onsuccess = () => {
                request.result.close();
                resolve(count.result);
              };
            };
          }),
      );
    await expect.poll(storedReviews).toBe(1);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Review import' }).waitFor();
    await page.getByRole('main').getByText(/queue\.md/).first().waitFor();
    await page.getByRole('main').getByText('Add an alert on queue depth').first().waitFor();
    expect(session.errors).toEqual([]);
    await session.close();
  });
});

describe('accessibility', () => {
  it.each(THEMES)('has no serious or critical axe violations on any page (%s)', async (theme) => {
    const session = await app.newSession({ colorScheme: theme, bypassCSP: true });
    const failures: string[] = [];
    for (const route of ['/', ...PAGES.map((p) => p.path)]) {
      await session.open(route);
      await session.page.getByRole('heading', { level: 1 }).waitFor();
      const violations = await seriousAxeViolations(session.page);
      if (violations.length > 0) failures.push(`${route}\n${describeViolations(violations)}`);
    }
    expect(failures.join('\n\n')).toBe('');
    await session.close();
  });

  it('cannot inject a script into the page under its CSP', async () => {
    const session = await app.newSession();
    await session.open('/incidents');
    await expect(session.page.addScriptTag({ content: 'window.injected = true' })).rejects.toThrow();
    expect(await session.page.evaluate(() => 'injected' in window)).toBe(false);
    await session.close();
  });
});

describe('web server', () => {
  function get(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown> }> {
    const { hostname, port } = new URL(app.baseUrl);
    return new Promise((resolve, reject) => {
      const req = request({ hostname, port, path, method }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, headers: res.headers });
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('serves the app with the CSP header and correct types', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    const icon = await get('/favicon.svg');
    expect(icon.headers['content-type']).toBe('image/svg+xml');
  });

  it('refuses path traversal, unknown files and methods other than GET and HEAD', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..\\package.json']) {
      expect([400, 404], path).toContain((await get(path)).status);
    }
    expect((await get('/nothing-here.js')).status).toBe(404);
    expect((await get('/', 'POST')).status).toBe(405);
    expect((await get('/', 'HEAD')).status).toBe(200);
  });
});
