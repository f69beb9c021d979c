/**
 * The dashboard in Chromium after loading the five sample postmortems and completing a
 * few items: figures, charts in light and dark, click-through to the filtered items
 * table, no console errors and no serious axe violations. Screenshots are saved as
 * test-results/screenshots/dashboard-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousAxeViolations, startE2eApp, toasts, type AppSession, type E2eApp } from './harness';

const COMPLETED_ITEMS = 3;

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

async function loadSamples(session: AppSession): Promise<void> {
  await session.open('/');
  await session.page.getByRole('main').getByRole('button', { name: 'Load sample postmortems' }).click();
  // The samples land, then the app shows Incidents.
  await session.page.getByRole('heading', { level: 1, name: 'Incidents' }).waitFor();
}

/** Marks `count` proposed items done in the item drawer, as a manager would; returns how many items are done in all. */
async function completeItems(page: Page, count: number): Promise<number> {
  await page.goto(`${new URL(page.url()).origin}/#/items`);
  const grid = page.getByRole('grid', { name: 'Action items' });
  const proposed = grid.getByRole('row').filter({ has: page.getByRole('gridcell').filter({ hasText: /^Proposed$/ }) });
  await proposed.first().waitFor();
  for (let index = 0; index < count; index += 1) {
    const before = await proposed.count();
    await proposed.first().getByRole('gridcell').first().click();
    const form = page.getByRole('form', { name: 'Item' });
    await form.getByLabel('Status').selectOption('done');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => proposed.count()).toBe(before - 1);
  }
  return grid.getByRole('gridcell').filter({ hasText: /^Done$/ }).count();
}

/** Opens the dashboard with no notification from earlier steps covering it. */
async function openDashboard(page: Page, query = ''): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/#/dashboard${query}`);
  const dismiss = toasts(page).getByRole('button', { name: 'Dismiss notification' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await page.getByRole('region', { name: 'Headline figures' }).waitFor();
}

const figureValue = (page: Page, label: string) =>
  page
    .getByRole('region', { name: 'Headline figures' })
    .getByRole('link')
    .filter({ has: page.locator('.dashboard-figure-label', { hasText: new RegExp(`^${label}$`) }) })
    .locator('.dashboard-figure-value')
    .textContent();

describe('the dashboard after importing the samples and completing some items', () => {
  let session: AppSession;
  let page: Page;
  let doneCount = 0;

  beforeAll(async () => {
    session = await app.newSession({ colorScheme: 'light' });
    page = session.page;
    await loadSamples(session);
  });

  afterAll(async () => {
    await session.close();
  });

  it('shows the headline figures with the completed items', async () => {
    doneCount = await completeItems(page, COMPLETED_ITEMS);
    expect(doneCount).toBeGreaterThanOrEqual(COMPLETED_ITEMS);
    await openDashboard(page);
    expect(await figureValue(page, 'Done')).toBe(String(doneCount));
    await page.getByRole('region', { name: /Repeat risk/ }).waitFor();
    await session.screenshot('dashboard-light');
    expect(session.errors).toEqual([]);
  });

  it('draws every chart, readable in light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(theme);
      await page.getByRole('region', { name: /Repeat risk/ }).scrollIntoViewIfNeeded();
      await session.screenshot(`dashboard-${theme}`);
      for (const name of ['Burn-up', 'Completion by remediation theme', 'Recurring failure themes', 'Open items by owner']) {
        const panel = page.getByRole('region', { name });
        await panel.scrollIntoViewIfNeeded();
        await panel.evaluate((element) => element.scrollIntoView({ block: 'start' }));
        await session.screenshot(`dashboard-${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${theme}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(session.errors).toEqual([]);
  });

  it('lists the incidents of a heat map cell on hover', async () => {
    const heatmap = page.getByRole('table', { name: /Failure themes by month/ });
    const cell = heatmap.locator('.heatmap-mark').first();
    await cell.hover();
    const details = page.locator('.heatmap-details');
    expect(await details.locator('li').count()).toBeGreaterThan(0);
    await details.scrollIntoViewIfNeeded();
    await session.screenshot('dashboard-heatmap-hover-light');
  });

  it('opens the filtered items table when a bar segment is clicked', async () => {
    const panel = page.getByRole('region', { name: 'Completion by remediation theme' });
    await panel.scrollIntoViewIfNeeded();
    const doneSegment = panel.locator('.recharts-bar').first().locator('.recharts-bar-rectangle path').first();
    await doneSegment.click();
    await page.getByRole('heading', { level: 1, name: 'Action items' }).waitFor();
    const params = new URL(page.url().replace('#/', '')).searchParams;
    expect(params.getAll('status')).toEqual(['done']);
    expect(params.get('theme')).toBeTruthy();
    const grid = page.getByRole('grid', { name: 'Action items' });
    const rows = grid.getByRole('row').filter({ has: page.getByRole('gridcell') });
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.count()).toBeLessThanOrEqual(doneCount);
    await session.screenshot('dashboard-click-through-light');
    expect(session.errors).toEqual([]);
  });

  it('narrows everything with a filter kept in the address', async () => {
    await openDashboard(page);
    await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Monitoring & alerting' });
    await expect.poll(() => new URL(page.url()).hash).toContain('theme=monitoring');
    // The same address in a new window shows the same filtered view.
    const again = await session.context.newPage();
    await again.goto(page.url());
    await again.getByRole('region', { name: 'Headline figures' }).waitFor();
    expect(await again.getByLabel('Theme', { exact: true }).inputValue()).toBe('monitoring');
    expect(await figureValue(again, 'Done')).toBe(await figureValue(page, 'Done'));
    await again.close();
    expect(session.errors).toEqual([]);
  });
});

describe('dashboard accessibility', () => {
  it('has no serious or critical axe violations in light or dark, with charts and as tables', async () => {
    const session = await app.newSession({ colorScheme: 'light', bypassCSP: true });
    const { page } = session;
    await loadSamples(session);
    await openDashboard(page);
    const failures: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(theme);
      const violations = await seriousAxeViolations(page);
      if (violations.length > 0) failures.push(`${theme}\n${describeViolations(violations)}`);
    }
    const showTable = page.getByRole('button', { name: 'Show as table' });
    while ((await showTable.count()) > 0) await showTable.first().click();
    const tableViolations = await seriousAxeViolations(page);
    if (tableViolations.length > 0) failures.push(`tables\n${describeViolations(tableViolations)}`);
    expect(failures.join('\n\n')).toBe('');
    expect(session.errors).toEqual([]);
    await session.close();
  });
});

/**
 * A year of one organization's incidents, written straight into the app's IndexedDB with
 * their event history, so the burn-up has a shape and repeat risk has cases: items promised
 * after the January config error were still open when config broke again in April.
 */
async function seedHistory(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const request = indexedDB.open('followthrough');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['incidents', 'items', 'events'], 'readwrite');
    const day = (iso: string, plus: number) => new Date(Date.parse(iso) + plus * 86_400_000).toISOString();
    const incidents: [string, string, string[]][] = [
      ['2025-01-14', 'Checkout outage after a config push', ['config-error', 'bad-deploy']],
      ['2025-03-03', 'API latency from a retry storm', ['retry-storm', 'capacity-exhaustion']],
      ['2025-04-22', 'Config push broke EU login', ['config-error']],
      ['2025-06-10', 'Database failover stalled', ['database-failure']],
      ['2025-08-19', 'Retry storm after a cache flush', ['retry-storm']],
      ['2025-10-07', 'Bad deploy took down search', ['bad-deploy']],
    ];
    // [incident, title, theme, owner, days to close (null: still open), due in days]
    const items: [number, string, string, string | null, number | null, number][] = [
      [0, 'Validate config before rollout', 'config-management', 'Ana Ruiz', null, 45],
      [0, 'Canary every config push', 'canary', 'Bo Chen', null, 60],
      [0, 'Alert on checkout error rate', 'monitoring', 'Dana Park', 12, 30],
      [0, 'Require review for config changes', 'deployment-process', 'Ana Ruiz', 20, 30],
      [1, 'Add retry budgets to API clients', 'timeouts-retries', 'Bo Chen', null, 45],
      [1, 'Raise API autoscaling ceiling', 'capacity', 'Dana Park', 9, 21],
      [1, 'Add jitter to client backoff', 'timeouts-retries', null, 30, 30],
      [2, 'Stage config rollouts by region', 'config-management', 'Ana Ruiz', 40, 60],
      [2, 'Synthetic login checks per region', 'monitoring', 'Dana Park', 15, 30],
      [3, 'Test failover monthly', 'data-durability', 'Bo Chen', null, 90],
      [3, 'Runbook for manual failover', 'runbooks-training', 'Dana Park', 7, 14],
      [4, 'Circuit breaker on the cache tier', 'timeouts-retries', 'Bo Chen', null, 60],
      [4, 'Load test cache warm-up', 'validation', null, null, 60],
      [5, 'Automatic rollback on bad canaries', 'canary', 'Bo Chen', null, 45],
      [5, 'Pre-production traffic replay', 'validation', 'Ana Ruiz', 25, 45],
    ];
    incidents.forEach(([date, title, failureThemes], index) => {
      const at = `${date}T12:00:00.000Z`;
      tx.objectStore('incidents').put({
        id: `history-${index}`, contentHash: `history-${index}`, title, organization: 'Acme Cloud', publishedAt: at, startedAt: at,
        resolvedAt: null, durationMinutes: 90, components: ['API'], failureThemes, format: 'text', fileName: `history-${index}.txt`,
        sourceText: title, updates: [], sections: [], timeline: [], importedAt: day(at, 2), updatedAt: day(at, 2),
      });
    });
    items.forEach(([incident, title, theme, owner, daysToClose, dueIn], index) => {
      const created = day(`${incidents[incident]![0]}T12:00:00.000Z`, 2);
      const closedAt = daysToClose === null ? null : day(created, daysToClose);
      const id = `history-item-${index}`;
      tx.objectStore('items').put({
        id, incidentId: `history-${incident}`, title, detail: '', kind: 'prevent', themes: [theme],
        status: closedAt ? 'done' : index % 3 === 0 ? 'in_progress' : 'open', wontDoReason: null, owner,
        dueDate: day(created, dueIn).slice(0, 10), priority: 'P1', notes: '', ticketLinks: [], source: null, confidence: 0.9,
        missingFromSource: false, editedFields: [], createdAt: created, updatedAt: closedAt ?? created, closedAt,
      });
      const event = { itemId: id, meetingId: null, batchId: `history-batch-${index}` };
      tx.objectStore('events').put({ ...event, id: `${id}-created`, at: created, type: 'created', field: null, from: null, to: null });
      if (closedAt) {
        tx.objectStore('events').put({ ...event, id: `${id}-done`, at: closedAt, type: 'changed', field: 'status', from: 'open', to: 'done' });
      }
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

describe('the dashboard over a year of history', () => {
  it('explains repeat risk and draws the burn-up over months, in light and dark', async () => {
    const session = await app.newSession({ colorScheme: 'light' });
    const { page } = session;
    await session.open('/dashboard');
    await page.getByRole('heading', { level: 2, name: 'Nothing to chart yet' }).waitFor();
    await seedHistory(page);
    // A new page load reads what was written behind the app's back (once the first load is
    // settled, so reloading aborts no request).
    await page.waitForLoadState('networkidle');
    await page.reload();
    await session.open('/dashboard?interval=month');
    const repeatRisk = page.getByRole('region', { name: /Repeat risk/ });
    await repeatRisk.getByText('Configuration error came back on 2025-04-22 (Config push broke EU login)').waitFor();
    expect(await repeatRisk.getByRole('listitem').filter({ has: page.locator('.repeat-risk-explanation') }).count()).toBe(3);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(theme);
      await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
      await session.screenshot(`dashboard-history-${theme}`);
      await page.getByRole('region', { name: 'Burn-up' }).evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await session.screenshot(`dashboard-history-burn-up-${theme}`);
    }
    // "1 item still open then" opens exactly the item the entry counted.
    const configEntry = repeatRisk.getByRole('listitem').filter({ hasText: 'Configuration error came back' });
    await configEntry.getByRole('link', { name: '1 item still open then' }).click();
    await page.getByRole('heading', { level: 1, name: 'Action items' }).waitFor();
    const rows = page.getByRole('grid', { name: 'Action items' }).getByRole('row').filter({ has: page.getByRole('gridcell') });
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringContaining('Validate config before rollout')]);
    expect(session.errors).toEqual([]);
    await session.close();
  });
});
