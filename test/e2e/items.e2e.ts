/**
 * The Action items table and Settings in Chromium: keyboard navigation, the item
 * editor's errors, bulk edit with undo and redo, filters in the URL, the theme rule
 * preview, accessibility, and how long 100,000 items take to show and filter.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousAxeViolations, startE2eApp, toasts, type AppSession, type E2eApp } from './harness';

interface SeedSize {
  incidents: number;
  items: number;
  /** Write each item's "created" event too (the history shows them). */
  events?: boolean;
  /** Organizations the incidents cycle through; Acme alone when left out. */
  organizations?: string[];
}

/**
 * Writes incidents, items and owners straight into the app's IndexedDB (after the app
 * has created it), then reloads so the app reads them. Titles, themes, owners, statuses
 * and dates cycle deterministically.
 */
async function seed(page: Page, size: SeedSize): Promise<void> {
  await page.evaluate(async ({ incidents, items, events = true, organizations = ['Acme'] }) => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('followthrough');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await open();
    const tx = db.transaction(['incidents', 'items', 'owners', 'events'], 'readwrite');
    const at = '2026-01-05T10:00:00.000Z';
    const verbs = ['Add', 'Alert on', 'Automate', 'Document', 'Load test', 'Roll out', 'Review', 'Cap', 'Monitor', 'Retry'];
    const things = ['canary checks for the API', 'queue depth', 'database failover', 'the zorblax deploy pipeline', 'config pushes', 'cache warm-up', 'DNS changes', 'disk usage', 'TLS renewals', 'rate limits'];
    const themes = ['canary', 'monitoring', 'failover', 'deployment-process', 'capacity', 'validation', 'timeouts-retries'];
    const owners = ['Ana Ruiz', 'Bo Chen', 'Dana Park', null];
    const statuses = ['open', 'in_progress', 'done', 'open', 'blocked', 'proposed', 'done', 'wont_do'];
    const kinds = ['prevent', 'detect', 'mitigate', 'process', 'investigate'];
    const priorities = ['P0', 'P1', 'P2', 'P3', null];
    const pad = (n: number) => String(n).padStart(2, '0');
    for (let i = 0; i < incidents; i += 1) {
      tx.objectStore('incidents').put({
        id: `inc-${i}`, contentHash: `hash-${i}`, title: `Outage ${i + 1}: ${things[i % things.length]} failed`,
        organization: organizations[i % organizations.length], publishedAt: `2025-${pad((i % 12) + 1)}-10T00:00:00.000Z`, startedAt: null, resolvedAt: null,
        durationMinutes: 42, components: ['API'], failureThemes: [], format: 'text', fileName: `outage-${i}.txt`,
        sourceText: `We will ${things[i % things.length]}.`, updates: [], sections: [], timeline: [], importedAt: at, updatedAt: at,
      });
    }
    for (const [index, name] of owners.entries()) {
      if (name) tx.objectStore('owners').put({ id: `owner-${index}`, name, team: index === 0 ? 'SRE' : null });
    }
    for (let i = 0; i < items; i += 1) {
      const status = statuses[i % statuses.length]!;
      const theme = themes[i % themes.length]!;
      const created = new Date(Date.UTC(2025, 0, 1) + (i % 600) * 86_400_000).toISOString();
      tx.objectStore('items').put({
        id: `item-${String(i).padStart(6, '0')}`,
        incidentId: i % 5 === 4 ? null : `inc-${i % incidents}`,
        title: `${verbs[i % verbs.length]} ${things[Math.floor(i / verbs.length) % things.length]} #${i + 1}`,
        detail: i % 3 === 0 ? 'So the next regional outage is caught before customers notice.' : '',
        kind: kinds[i % kinds.length], themes: i % 4 === 0 ? [theme, 'monitoring'] : [theme], status,
        wontDoReason: status === 'wont_do' ? 'Superseded by the new platform' : null,
        owner: owners[i % owners.length], dueDate: `2026-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`,
        priority: priorities[i % priorities.length], notes: i % 7 === 0 ? 'Discussed at the weekly review.' : '',
        ticketLinks: [], source: i % 5 === 4 ? null : { quote: 'We will add checks.', start: 0, end: 20 }, confidence: 0.9,
        missingFromSource: false, editedFields: [], createdAt: created, updatedAt: created,
        closedAt: status === 'done' || status === 'wont_do' ? created : null,
      });
      if (events) tx.objectStore('events').put({
        id: `event-${i}`, itemId: `item-${String(i).padStart(6, '0')}`, at: created, type: 'created', field: null,
        from: null, to: status, meetingId: null, batchId: `seed-${i}`,
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, size);
  await page.reload();
}

const RESULTS_DIR = fileURLToPath(new URL('../../test-results', import.meta.url));

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

const grid = (page: Page) => page.getByRole('grid', { name: 'Action items' });
const bodyRows = (page: Page) => grid(page).getByRole('row').filter({ has: page.getByRole('gridcell') });
const activeRow = (page: Page) =>
  page.evaluate(() => {
    const id = document.querySelector('[role="grid"]')?.getAttribute('aria-activedescendant');
    return id ? (document.getElementById(id)?.querySelector('[role="gridcell"]')?.textContent ?? null) : null;
  });

/** Errors the app caused: a favicon request cut short by a reload is the browser's doing. */
const appErrors = (session: AppSession) => session.errors.filter((error) => !/favicon\.svg net::ERR_ABORTED/.test(error));

async function expectAccessible(page: Page): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** A fresh session whose database holds the seeded data, after the app created it empty. */
async function seededSession(size: SeedSize): Promise<AppSession> {
  const session = await app.newSession({ bypassCSP: true });
  await session.open('/items');
  await session.page.getByRole('heading', { level: 2, name: 'No action items yet' }).waitFor();
  await seed(session.page, size);
  return session;
}

describe('the Action items table', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await seededSession({ incidents: 4, items: 60 });
    page = session.page;
    await bodyRows(page).first().waitFor();
  });

  afterAll(async () => {
    await session.close();
  });

  it('shows the items densely, sorted by due date, with no accessibility problems', async () => {
    expect(await bodyRows(page).count()).toBeGreaterThan(15);
    expect(await page.getByText('60 of 60 items').count()).toBe(1);
    await session.screenshot('items-table-light');
    await expectAccessible(page);
    expect(appErrors(session)).toEqual([]);
  });

  it('moves with j/k and the arrows, selects, cycles status and opens the drawer with Enter', async () => {
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const second = await activeRow(page);
    expect(second).toBe(await bodyRows(page).nth(1).getByRole('gridcell').first().textContent());
    await page.keyboard.press('x');
    expect(await bodyRows(page).nth(1).getAttribute('aria-selected')).toBe('true');
    const status = bodyRows(page).nth(1).getByRole('gridcell').nth(6);
    const before = await status.textContent();
    await page.keyboard.press('s');
    await expect.poll(() => status.textContent()).not.toBe(before);

    await grid(page).focus();
    await page.keyboard.press('ArrowDown');
    expect(await activeRow(page)).toBe(await bodyRows(page).nth(2).getByRole('gridcell').first().textContent());
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('complementary', { name: 'Item details' });
    await drawer.waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/items\/item-\d+$/);
    await drawer.getByRole('region', { name: 'History' }).getByText(/Created as/).waitFor();
    await session.screenshot('items-drawer-light');
    await expectAccessible(page);
  });

  it('shows the editor\'s errors beside the fields and saves once they are fixed', async () => {
    const drawer = page.getByRole('complementary', { name: 'Item details' });
    await drawer.getByLabel('Title', { exact: true }).fill('');
    await drawer.getByLabel('Due date').fill('2026-02-30');
    await drawer.getByLabel('Ticket links').fill('ftp://tracker.example/T-1');
    await drawer.getByRole('button', { name: 'Save' }).click();
    await drawer.getByText('Give the item a title.').waitFor();
    await drawer.getByText(/Enter a real date/).waitFor();
    await drawer.getByText('Not an http(s) link: ftp://tracker.example/T-1').waitFor();
    await session.screenshot('items-form-errors-light');

    await drawer.getByLabel('Title', { exact: true }).fill('Add canary checks for the billing API');
    await drawer.getByLabel('Owner', { exact: true }).fill('Erin Wu');
    await drawer.getByLabel('Due date').fill('2026-12-15');
    await drawer.getByLabel('Ticket links').fill('https://tracker.example/T-1');
    await drawer.getByRole('button', { name: 'Save' }).click();
    await toasts(page).filter({ hasText: 'Item saved' }).waitFor();
    await drawer.getByText('Owner: — → Erin Wu', { exact: false }).or(drawer.getByText(/Owner: .* → Erin Wu/)).first().waitFor();
    await drawer.getByRole('link', { name: 'tracker.example/T-1' }).scrollIntoViewIfNeeded();
    await session.screenshot('items-drawer-saved-light');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).hash).toBe('#/items');
  });

  it('keeps filters in the URL through reload and back/forward', async () => {
    await page.getByLabel('Theme', { exact: true }).selectOption('canary');
    await expect.poll(() => new URL(page.url()).hash).toBe('#/items?theme=canary');
    const canaryCount = await bodyRows(page).count();
    expect(canaryCount).toBeLessThan(60);
    for (const themes of await bodyRows(page).getByRole('gridcell').nth(3).allTextContents()) expect(themes).toContain('Canaries');
    await page.getByLabel('Search items').fill('queue');
    await expect.poll(() => new URL(page.url()).hash).toBe('#/items?theme=canary&q=queue');
    await page.reload();
    await bodyRows(page).first().waitFor();
    expect(await page.getByLabel('Theme', { exact: true }).inputValue()).toBe('canary');
    expect(await page.getByLabel('Search items').inputValue()).toBe('queue');
    await session.screenshot('items-filtered-light');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/items');
    await expect.poll(() => bodyRows(page).count()).toBeGreaterThan(canaryCount);
  });

  it('bulk-edits every row in view, and undoes and redoes it', async () => {
    await page.getByLabel('Filter by owner').selectOption('Bo Chen');
    await expect.poll(() => page.getByText(/^15 of 60 items/).count()).toBe(1);
    await grid(page).focus();
    await page.keyboard.press('Control+a');
    await page.getByText('15 selected', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Bulk edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit 15 items' });
    await dialog.getByLabel('Owner', { exact: true }).fill('Dana Park');
    await dialog.getByLabel('Priority').selectOption('P1');
    await session.screenshot('items-bulk-edit-light');
    await dialog.getByRole('button', { name: 'Apply to 15 items' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // They no longer match the owner filter.
    await page.getByText('No items match this view.').waitFor();
    await page.getByLabel('Filter by owner').selectOption('Dana Park');
    await expect.poll(() => page.getByText(/^30 of 60 items/).count()).toBe(1);

    await page.locator('main').focus();
    await page.keyboard.press('Control+z');
    await toasts(page).filter({ hasText: 'Undid' }).first().waitFor();
    await expect.poll(() => page.getByText(/^15 of 60 items/).count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await toasts(page).filter({ hasText: 'Redid' }).first().waitFor();
    await expect.poll(() => page.getByText(/^30 of 60 items/).count()).toBe(1);
    expect(appErrors(session)).toEqual([]);
  });

  it('deletes the selected rows and an item from its drawer, after asking, and undo brings them back', async () => {
    await page.goto(`${app.baseUrl}#/items`);
    await expect.poll(() => page.getByText(/^60 of 60 items/).count()).toBe(1);
    const firstTitles = await Promise.all([0, 1].map((row) => bodyRows(page).nth(row).getByRole('gridcell').first().textContent()));
    await bodyRows(page).nth(0).click();
    await bodyRows(page).nth(1).click({ modifiers: ['Shift'] });
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: 'Delete 2 items?' });
    for (const title of firstTitles) await dialog.getByText(title!, { exact: true }).waitFor();
    await session.screenshot('items-delete-confirm-light');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Delete 2 items' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByText(/^58 of 58 items/).count()).toBe(1);
    await toasts(page).filter({ hasText: 'Deleted 2 items' }).waitFor();

    await bodyRows(page).first().dblclick();
    const drawer = page.getByRole('complementary', { name: 'Item details' });
    await drawer.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('dialog', { name: 'Delete this item?' }).getByRole('button', { name: 'Delete item' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByText(/^57 of 57 items/).count()).toBe(1);

    await page.locator('main').focus();
    await page.keyboard.press('Control+z');
    await toasts(page).filter({ hasText: 'Undid: Delete item' }).waitFor();
    await page.keyboard.press('Control+z');
    await toasts(page).filter({ hasText: 'Undid: Delete 2 items' }).waitFor();
    await expect.poll(() => page.getByText(/^60 of 60 items/).count()).toBe(1);
    for (const title of firstTitles) await grid(page).getByText(title!, { exact: true }).waitFor();
    expect(appErrors(session)).toEqual([]);
  });

  it('hides a column from the Columns menu and shows it again, with no accessibility problems', async () => {
    const headers = page.getByRole('columnheader');
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Age' }).uncheck();
    await expect.poll(() => headers.count()).toBe(8);
    await session.screenshot('items-columns-menu-light');
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('checkbox', { name: 'Age' }).isVisible()).toBe(false);
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Age' }).check();
    await expect.poll(() => headers.count()).toBe(9);
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await expect.poll(() => page.getByRole('checkbox', { name: 'Age' }).isVisible()).toBe(false);
  });

  it('lists its shortcuts in the sheet', async () => {
    await page.locator('main').focus();
    await page.keyboard.press('Shift+Slash');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.getByText('Cycle status').waitFor();
    await session.screenshot('items-shortcuts-light');
    await page.keyboard.press('Escape');
  });

  it('looks right in the dark theme too', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${app.baseUrl}#/items?status=open&status=in_progress&status=blocked&status=proposed`);
    await bodyRows(page).first().waitFor();
    await session.screenshot('items-table-dark');
    await expectAccessible(page);
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('a dashboard figure clicked through to the items table', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await seededSession({ incidents: 6, items: 90, organizations: ['Acme', 'Globex', 'Initech'] });
    page = session.page;
  });

  afterAll(async () => {
    await session.close();
  });

  const figure = (label: string) =>
    page.locator('a.dashboard-figure').filter({ has: page.locator('.dashboard-figure-label').getByText(label, { exact: true }) });

  it.each(['Open', 'Overdue', 'Done'])('shows as many rows as the %s figure under an organization and date filter', async (label) => {
    await session.open('/dashboard?org=Globex&from=2025-03-01');
    const link = figure(label);
    const count = Number((await link.locator('.dashboard-figure-value').textContent())!.replace(/,/g, ''));
    expect(count).toBeGreaterThan(0);
    await link.click();
    await grid(page).waitFor();
    expect(new URL(page.url()).hash).toMatch(/[?&]org=Globex(&|$)/);
    await page.getByText(new RegExp(`^${count} of 90 items`)).waitFor();
    expect(await bodyRows(page).count()).toBe(count);
  });

  it('shows the dashboard filters as chips, which remove one by one or all at once', async () => {
    const chips = page.getByRole('list', { name: 'More filters' });
    await chips.getByText('Organization: Globex').waitFor();
    await chips.getByText('Incident date: from Mar 1, 2025').waitFor();
    await session.screenshot('items-dashboard-scope-light');
    await expectAccessible(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await session.screenshot('items-dashboard-scope-dark');
    await expectAccessible(page);
    await page.emulateMedia({ colorScheme: 'light' });

    const before = await page.locator('.items-count').textContent();
    await chips.getByRole('button', { name: 'Remove filter Organization: Globex' }).click();
    await expect.poll(() => new URL(page.url()).hash).not.toContain('org=');
    await expect.poll(() => page.locator('.items-count').textContent()).not.toBe(before);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/items');
    await chips.waitFor({ state: 'detached' });
    expect(appErrors(session)).toEqual([]);
  });
});

describe('Settings', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await seededSession({ incidents: 3, items: 40 });
    page = session.page;
    await session.open('/settings');
  });

  afterAll(async () => {
    await session.close();
  });

  it('previews which items a theme rule change would re-tag before applying it', async () => {
    const themes = page.getByRole('region', { name: 'Themes' });
    await themes.getByRole('button', { name: 'Edit Capacity & scaling' }).click();
    const dialog = page.getByRole('dialog', { name: /Edit theme/ });
    const preview = dialog.getByRole('region', { name: 'Rule preview' });
    await preview.getByText('These rules would not re-tag any existing item.').waitFor();
    const rules = dialog.getByLabel('Rules');
    // A made-up word in some seeded titles, so no default rule already matches it.
    await rules.fill(`${await rules.inputValue()}\nzorblax`);
    await preview.getByText(/would tag \d+ more items? and untag 0/).waitFor();
    await session.screenshot('settings-theme-rule-preview-light');
    await expectAccessible(page);
    const apply = dialog.getByRole('button', { name: /^Save and re-tag \d+ items?$/ });
    const count = Number((await apply.textContent())!.match(/\d+/)![0]);
    await apply.click();
    await dialog.waitFor({ state: 'hidden' });

    await page.goto(`${app.baseUrl}#/items?theme=capacity&q=zorblax`);
    await bodyRows(page).first().waitFor();
    expect(await bodyRows(page).count()).toBeGreaterThanOrEqual(count);
  });

  it('shows owners, storage, backup and the guarded erase, with no accessibility problems', async () => {
    await page.goto(`${app.baseUrl}#/settings`);
    await page.getByRole('region', { name: 'Owners' }).getByLabel('Name of Ana Ruiz').waitFor();
    await page.getByText(/used of .* available/).waitFor();
    await session.screenshot('settings-light');
    await page.getByRole('button', { name: 'Erase all data…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase all data?' });
    expect(await dialog.getByRole('button', { name: 'Erase everything' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Type ERASE to confirm').fill('ERASE');
    expect(await dialog.getByRole('button', { name: 'Erase everything' }).isEnabled()).toBe(true);
    await session.screenshot('settings-erase-light');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('heading', { name: 'Danger zone' }).scrollIntoViewIfNeeded();
    await expectAccessible(page);
    expect(appErrors(session)).toEqual([]);
  });
});

/**
 * How long 100,000 items take to show and to filter in Chromium, measured inside the
 * page from the moment of the change to the frame where the table shows the result.
 * Reported, not asserted: `npm run bench` is where figures are tracked.
 */
describe('at 100,000 items', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    // The measuring code is evaluated in the page, which the CSP refuses without the bypass.
    session = await seededSession({ incidents: 1000, items: 100_000, events: false });
    page = session.page;
    await bodyRows(page).first().waitFor({ timeout: 60_000 });
  }, 300_000);

  afterAll(async () => {
    await session.close();
  });

  /** Runs `change` in the page and resolves to the ms until `done()` holds on a painted frame. */
  const timeInPage = (change: string, done: string) =>
    page.evaluate(
      ({ change, done }) =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          new Function(change)();
          const check = () => ((new Function(`return (${done})`)() as boolean) ? resolve(performance.now() - start) : requestAnimationFrame(check));
          requestAnimationFrame(check);
        }),
      { change, done },
    );

  it('opens the page and applies filters quickly', async () => {
    const figures: Record<string, number> = {};
    const countText = 'document.querySelector(".items-count")?.textContent ?? ""';
    const rowShown = 'document.querySelector(\'[role="row"][aria-rowindex="2"]\') !== null';
    for (let run = 0; run < 3; run += 1) {
      // Cold: a fresh page, so the items are read from IndexedDB.
      await page.evaluate(() => (location.hash = '#/settings'));
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      figures.openCold = Math.min(figures.openCold ?? Infinity, await timeInPage('location.hash = "#/items"', rowShown));
      // Warm: back to the page while the items are still held in memory.
      await page.evaluate(() => (location.hash = '#/settings'));
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      figures.openWarm = Math.min(figures.openWarm ?? Infinity, await timeInPage('location.hash = "#/items"', rowShown));
    }
    expect(await page.getByText(/of 100,000 items/).count()).toBe(1);
    figures.incidentTitles = await timeInPage('', 'document.querySelectorAll(\'select[aria-label="Filter by incident"] option\').length > 2');
    figures.rawGetAll = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const request = indexedDB.open('followthrough');
          request.onsuccess = () => {
            const start = performance.now();
            const all = request.result.transaction('items').objectStore('items').getAll();
            all.onsuccess = () => {
              resolve(performance.now() - start);
              request.result.close();
            };
          };
        }),
    );

    const select = (label: string, value: string) =>
      `const s = document.querySelector('select[aria-label="${label}"]'); s.value = "${value}"; s.dispatchEvent(new Event("change", { bubbles: true }));`;
    const search = (text: string) => `const box = document.querySelector('input[aria-label="Search items"]');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(box, "${text}");
      box.dispatchEvent(new Event("input", { bubbles: true }));`;
    const sortBy = (label: string) =>
      `[...document.querySelectorAll('[role="columnheader"] button')].find((b) => b.textContent.startsWith("${label}")).click()`;
    /** Best of three: the change, timed until the item count shows its result, then undone. */
    const measure = async (name: string, change: string, reset: string) => {
      for (let run = 0; run < 3; run += 1) {
        const before = await page.evaluate(countText);
        const ms = await timeInPage(change, `${countText} !== ${JSON.stringify(before)}`);
        figures[name] = Math.min(figures[name] ?? Infinity, ms);
        const after = await page.evaluate(countText);
        await timeInPage(reset, `${countText} !== ${JSON.stringify(after)}`);
      }
    };
    await measure('themeFilter', select('Theme', 'canary'), select('Theme', ''));
    await measure('statusFilter', select('Filter by status', 'active'), select('Filter by status', ''));
    await measure('ownerAndOverdue', `${select('Filter by owner', 'Bo Chen')}`, select('Filter by owner', ''));
    figures.firstSearch = await timeInPage(search('queue'), `${countText}.startsWith("10,000 of")`);
    await measure('search', search('queue dep'), search('queue'));
    await timeInPage(search(''), `${countText}.startsWith("100,000 of")`);
    for (let run = 0; run < 3; run += 1) {
      const byTitle = await timeInPage(sortBy('Item'), 'document.querySelector(\'[role="columnheader"][aria-sort]\')?.textContent?.startsWith("Item")');
      figures.sortByTitle = Math.min(figures.sortByTitle ?? Infinity, byTitle);
      await timeInPage(sortBy('Due'), 'document.querySelector(\'[role="columnheader"][aria-sort]\')?.textContent?.startsWith("Due")');
    }
    // Incidents with items: every fifth seeded item is one made by hand, so 800 of the 1,000.
    expect(await page.locator('select[aria-label="Filter by incident"] option').count()).toBe(802);
    await session.screenshot('items-100k-light');

    const rounded = Object.fromEntries(Object.entries(figures).map(([name, ms]) => [name, Math.round(ms)]));
    console.log(`Action items at 100,000 items (ms): ${JSON.stringify(rounded)}`);
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, 'items-100k.json'), `${JSON.stringify(rounded, null, 2)}\n`);
    expect(appErrors(session)).toEqual([]);
  }, 120_000);
});
