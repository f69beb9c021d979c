/**
 * Issue 5's "Done when", as a new user would do it in Chromium: import the five fixture
 * postmortems through the file chooser, review and accept their items, work the items
 * table (owner, due date, done, theme filter, bulk owner, undo and redo), reload and find
 * everything as left; hostile markup stays inert; axe finds nothing serious.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousAxeViolations, startE2eApp, toasts, type AppSession, type E2eApp } from './harness';

const SAMPLES_DIR = fileURLToPath(new URL('../../renderer/features/import/samples', import.meta.url));
const FIXTURES = readdirSync(SAMPLES_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(SAMPLES_DIR, name));

const HOSTILE = [
  '# Checkout outage <img src=x onerror="window.__pwned = \'img\'">',
  '',
  'Posted Jan 10, 2024 - 10:00 UTC',
  '',
  '<script>window.__pwned = "script"; alert("script")</script>',
  '',
  '<iframe src="javascript:window.parent.__pwned = \'iframe\'"></iframe>',
  '',
  'See the [status page](javascript:window.__pwned=\'link\') for details.',
  '',
  '## Action items',
  '',
  '- Add alerts on checkout error rate <img src=y onerror="alert(1)">',
  '- Write a runbook for payment provider failover',
].join('\n');

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** The grid's data rows (its first row holds the column headers). */
function itemRows(page: Page): Locator {
  return page.getByRole('grid', { name: 'Action items' }).getByRole('row').filter({ has: page.getByRole('gridcell') });
}

async function itemCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await page.locator('.items-count').textContent()) ?? '';
  const match = /([\d,]+) of ([\d,]+) items/.exec(text);
  if (!match) throw new Error(`No item count in "${text}"`);
  return { shown: Number(match[1]!.replace(/,/g, '')), total: Number(match[2]!.replace(/,/g, '')) };
}

function cellOf(row: Locator, column: 'owner' | 'due' | 'status' | 'title'): Locator {
  return row.locator(`.items-cell--${column}`);
}

async function openDrawer(page: Page, title: string): Promise<Locator> {
  await page.getByRole('grid', { name: 'Action items' }).getByRole('link', { name: title, exact: true }).click();
  const drawer = page.getByRole('complementary', { name: 'Item details' });
  await drawer.getByRole('heading', { name: title }).waitFor();
  return drawer;
}

async function saveDrawer(page: Page, drawer: Locator): Promise<void> {
  await drawer.getByRole('button', { name: 'Save', exact: true }).click();
  await toasts(page).filter({ hasText: 'Item saved' }).last().waitFor();
  await drawer.getByRole('button', { name: 'Close item' }).click();
  await drawer.waitFor({ state: 'detached' });
}

describe('a new user works through five postmortems', () => {
  let session: AppSession;
  let page: Page;
  let totalItems = 0;

  beforeAll(async () => {
    session = await app.newSession({ bypassCSP: true });
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
  });

  it('imports the five fixture postmortems through the file chooser', async () => {
    await session.open('/');
    await page.getByRole('heading', { level: 1, name: 'Welcome to Followthrough' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('main').getByRole('button', { name: 'Import postmortems…' }).click();
    await (await chooser).setFiles(FIXTURES);

    await page.getByRole('heading', { level: 1, name: 'Review import' }).waitFor();
    const queue = page.getByRole('navigation', { name: 'Documents in this import' });
    await expect.poll(() => queue.getByText('To review').count()).toBe(5);
    await page.getByRole('region', { name: 'Postmortem text' }).locator('mark.is-selected').first().waitFor();
    await session.screenshot('tracker-import-review');
    await expectNoSeriousAxeViolations(page);
    expect(session.errors).toEqual([]);
  });

  it('reviews each document with the keyboard and the mouse, and adds the accepted items to the tracker', async () => {
    const items = page.getByRole('list', { name: 'Proposed items' });
    const queue = page.getByRole('navigation', { name: 'Documents in this import' });
    for (let index = 0; index < FIXTURES.length; index++) {
      const document = page.locator('.import-review-document');
      const title = (await document.getByRole('heading', { level: 2 }).textContent()) ?? '';
      const count = await items.locator('[data-item-key]').count();
      expect(count, `proposals in ${title}`).toBeGreaterThan(0);

      if (index === 0) {
        // Reject the first proposal with the keyboard, see it counted, then accept everything again.
        await page.getByRole('heading', { level: 2, name: title }).click();
        await page.keyboard.press('x');
        await page.getByText(`${count - 1} of ${count} accepted`).waitFor();
        await page.keyboard.press('j');
        await expect.poll(() => items.locator('.is-selected').getAttribute('data-item-key')).toBe('item-2');
      }
      await page.getByRole('button', { name: 'Accept all' }).click();
      await page.getByText(`${count} of ${count} accepted`).waitFor();
      await page.getByRole('button', { name: 'Add to tracker' }).click();
      await queue.getByRole('button', { name: `${title} Added` }).waitFor();
      totalItems += count;
    }
    await page.getByText('Done: 5 added.').waitFor();
    expect(await page.getByRole('status').textContent()).toBe('');
    await session.screenshot('tracker-import-done');
    await page.getByRole('button', { name: 'Done', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: 'Incidents' }).waitFor();
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(6);
    await expect.poll(() => page.getByRole('table').getByRole('progressbar').first().getAttribute('aria-label')).toMatch(
      /^0 of \d+ action items closed$/,
    );
    await session.screenshot('tracker-incidents');
    await expectNoSeriousAxeViolations(page);
  });

  it('shows an incident with every extracted span marked', async () => {
    await page.getByRole('link', { name: 'RPC issue' }).click();
    await page.getByRole('heading', { level: 1, name: 'RPC issue' }).waitFor();
    const actionItems = page.getByRole('region', { name: 'Action items' }).getByRole('link');
    const itemTotal = await actionItems.count();
    expect(itemTotal).toBeGreaterThan(0);
    const marked = await page
      .getByRole('region', { name: 'Postmortem text' })
      .locator('mark')
      .evaluateAll((marks) => new Set(marks.flatMap((mark) => (mark as HTMLElement).dataset.itemIds!.split(' '))).size);
    expect(marked).toBe(itemTotal);
    await session.screenshot('tracker-incident');
    await expectNoSeriousAxeViolations(page);
    expect(session.errors).toEqual([]);
  });

  it('edits one item’s owner and due date, and marks two done', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action items' }).click();
    await page.getByRole('grid', { name: 'Action items' }).waitFor();
    expect(await itemCount(page)).toEqual({ shown: totalItems, total: totalItems });

    const titles = await itemRows(page).locator('.items-cell--title').allTextContents();
    const [first, second, third] = titles;
    let drawer = await openDrawer(page, first!);
    await drawer.getByLabel('Owner', { exact: true }).fill('Priya Raman');
    await drawer.getByLabel('Due date').fill('2031-06-30');
    await saveDrawer(page, drawer);

    for (const title of [second!, third!]) {
      drawer = await openDrawer(page, title);
      await drawer.getByLabel('Status').selectOption('done');
      await saveDrawer(page, drawer);
    }
    const row = (title: string) => itemRows(page).filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await expect.poll(() => cellOf(row(first!), 'owner').textContent()).toBe('Priya Raman');
    expect(await cellOf(row(first!), 'due').textContent()).toMatch(/30 Jun|Jun 30/);
    expect(await cellOf(row(second!), 'status').textContent()).toBe('Done');
    expect(await cellOf(row(third!), 'status').textContent()).toBe('Done');
    await session.screenshot('tracker-items-edited');
  });

  it('filters by theme, bulk-assigns an owner, and undoes and redoes that', async () => {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Canaries & progressive rollout' });
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('theme=canary');
    const { shown } = await itemCount(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(totalItems);

    await itemRows(page).first().click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.getByText(`${shown} selected`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Bulk edit' }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${shown} items` });
    await dialog.getByLabel('Owner', { exact: true }).fill('Sam Okafor');
    await dialog.getByRole('button', { name: `Apply to ${shown} items` }).click();
    await dialog.waitFor({ state: 'hidden' });
    const owners = () => itemRows(page).locator('.items-cell--owner').allTextContents();
    await expect.poll(owners).toEqual(Array(shown).fill('Sam Okafor'));
    await session.screenshot('tracker-items-filtered');

    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(async () => (await owners()).includes('Sam Okafor')).toBe(false);
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect.poll(owners).toEqual(Array(shown).fill('Sam Okafor'));
    await expectNoSeriousAxeViolations(page);
  });

  it('finds everything as it was left after a reload', async () => {
    const before = await itemRows(page).evaluateAll((rows) => rows.map((row) => row.textContent));
    await page.reload();
    await page.getByRole('grid', { name: 'Action items' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('canary');
    await expect.poll(() => itemRows(page).evaluateAll((rows) => rows.map((row) => row.textContent))).toEqual(before);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(async () => (await itemCount(page)).shown).toBe(totalItems);
    const statuses = await itemRows(page).locator('.items-cell--status').allTextContents();
    expect(statuses.filter((status) => status === 'Done').length).toBeGreaterThanOrEqual(2);
    const owners = await itemRows(page).locator('.items-cell--owner').allTextContents();
    expect(owners).toContain('Priya Raman');
    expect(owners).toContain('Sam Okafor');
    await session.screenshot('tracker-items-after-reload');
    expect(session.errors).toEqual([]);
  });
});

describe('hostile input', () => {
  let session: AppSession;

  beforeAll(async () => {
    // With the page's CSP switched off, only rendering as text keeps the markup inert.
    session = await app.newSession({ bypassCSP: true });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows a postmortem full of markup as text, and nothing in it runs', async () => {
    const { page } = session;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await session.open('/incidents');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('main').getByRole('button', { name: 'Import postmortems…' }).click();
    await (await chooser).setFiles({ name: 'hostile.md', mimeType: 'text/markdown', buffer: Buffer.from(HOSTILE) });

    const source = page.getByRole('region', { name: 'Postmortem text' });
    await source.getByText('<script>window.__pwned = "script"; alert("script")</script>').waitFor();
    await source.getByText('<iframe src="javascript:window.parent.__pwned = \'iframe\'"></iframe>').waitFor();
    expect(await page.locator('main').locator('script, iframe, img, object, embed').count()).toBe(0);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    await session.screenshot('tracker-hostile-review');
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Add to tracker' }).click();
    await page.getByRole('link', { name: 'Open the incident' }).click();
    await page.getByRole('region', { name: 'Postmortem text' }).getByText(/<script>window.__pwned/).waitFor();
    expect(await page.locator('main').locator('script, iframe, img, object, embed').count()).toBe(0);
    await session.screenshot('tracker-hostile-incident');

    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe('other ways in', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await app.newSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('loads the five sample postmortems from the first-run screen', async () => {
    const { page } = session;
    await session.open('/');
    await page.getByRole('main').getByRole('button', { name: 'Load sample postmortems' }).click();
    await toasts(page).filter({ hasText: 'Added 5 sample postmortems' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Incidents' }).waitFor();
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(6);
    expect(session.errors).toEqual([]);
  });

  it('reviews files dropped anywhere on the window, and reports one already imported', async () => {
    const { page } = session;
    await session.open('/dashboard');
    const rpc = readFileSync(FIXTURES.find((path) => path.includes('rpc-issue'))!, 'utf8');
    await page.evaluate(
      ([known, fresh]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([known!], 'rpc-issue.txt', { type: 'text/plain' }));
        transfer.items.add(new File([fresh!], 'queue-outage.md', { type: 'text/markdown' }));
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      [rpc, '# Queue outage\n\n## Action items\n\n- Alert on queue depth above 10k\n'],
    );
    await page.getByRole('heading', { level: 1, name: 'Review import' }).waitFor();
    const queue = page.getByRole('navigation', { name: 'Documents in this import' });
    await queue.getByRole('button', { name: 'RPC issue Already imported' }).waitFor();
    await page.getByRole('textbox', { name: 'Title of item 1' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Title of item 1' }).inputValue()).toBe('Alert on queue depth above 10k');
    await queue.getByRole('button', { name: 'RPC issue Already imported' }).click();
    await page.getByText('is already in your tracker as “RPC issue”').waitFor();
    await session.screenshot('tracker-import-duplicate');
    await page.getByRole('button', { name: 'Close review' }).click();
  });

  it('opens the paste dialog with the clipboard text on Ctrl/Cmd+V on the Incidents page', async () => {
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await session.open('/incidents');
    await page.getByRole('table').waitFor();
    await page.evaluate(() => navigator.clipboard.writeText('# Cache stampede\n\n## Follow-up\n\n- Add request coalescing to the cache'));
    await page.getByRole('heading', { level: 1, name: 'Incidents' }).click();
    await page.keyboard.press('ControlOrMeta+v');
    const dialog = page.getByRole('dialog', { name: 'Paste a postmortem' });
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Postmortem text' }).inputValue()).toContain('Cache stampede');
    await session.screenshot('tracker-paste-dialog');
    await dialog.getByRole('button', { name: 'Review items' }).click();
    await page.getByRole('heading', { level: 2, name: 'Cache stampede' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Title of item 1' }).inputValue()).toBe('Add request coalescing to the cache');
    expect(session.errors).toEqual([]);
  });
});
