/**
 * The Action items table and Settings in Chromium: keyboard navigation, the item
 * editor's errors, bulk edit with undo and redo, filters in the URL, the theme rule
 * preview, accessibility, and how long 100,000 items take to show and filter.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousAxeViolations, startE2eApp, toasts, type AppSession, type E2eApp } from './harness';

interface SeedSize {
  incidents: number;
  items: number;
}

/**
 * Writes incidents, items and owners straight into the app's IndexedDB (after the app
 * has created it), then reloads so the app reads them. Titles, themes, owners, statuses
 * and dates cycle deterministically.
 */
async function seed(page: Page, size: SeedSize): Promise<void> {
  await page.evaluate(async ({ incidents, items }) => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('followthrough');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await open();
    const tx = db.transaction(['incidents', 'items', 'owners'], 'readwrite');
    const at = '2026-01-05T10:00:00.000Z';
    const verbs = ['Add', 'Alert on', 'Automate', 'Document', 'Load test', 'Roll out', 'Review', 'Cap', 'Monitor', 'Retry'];
    const things = ['canary checks for the API', 'queue depth', 'database failover', 'the deploy pipeline', 'config pushes', 'cache warm-up', 'DNS changes', 'disk usage', 'TLS renewals', 'rate limits'];
    const themes = ['canary', 'monitoring', 'failover', 'deployment-process', 'capacity', 'validation', 'timeouts-retries'];
    const owners = ['Ana Ruiz', 'Bo Chen', 'Dana Park', null];
    const statuses = ['open', 'in_progress', 'done', 'open', 'blocked', 'proposed', 'done', 'wont_do'];
    const kinds = ['prevent', 'detect', 'mitigate', 'process', 'investigate'];
    const priorities = ['P0', 'P1', 'P2', 'P3', null];
    const pad = (n: number) => String(n).padStart(2, '0');
    for (let i = 0; i < incidents; i += 1) {
      tx.objectStore('incidents').put({
        id: `inc-${i}`, contentHash: `hash-${i}`, title: `Outage ${i + 1}: ${things[i % things.length]} failed`,
        organization: 'Acme', publishedAt: `2025-${pad((i % 12) + 1)}-10T00:00:00.000Z`, startedAt: null, resolvedAt: null,
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
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, size);
  await page.reload();
}

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

describe('the Action items table', () => {
  let session: AppSession;
  let page: Page;
  const grid = () => page.getByRole('grid', { name: 'Action items' });
  const rows = () => grid().getByRole('row').filter({ has: page.getByRole('gridcell') });

  beforeAll(async () => {
    session = await app.newSession({ bypassCSP: true });
    page = session.page;
    await session.open('/items');
    await page.getByRole('heading', { level: 2, name: 'No action items yet' }).waitFor();
    await seed(page, { incidents: 4, items: 60 });
    await rows().first().waitFor();
  });

  afterAll(async () => {
    await session.close();
  });

  it('shows the items densely, sorted by due date', async () => {
    expect(await rows().count()).toBeGreaterThan(10);
    await session.screenshot('items-table-light');
    expect(session.errors).toEqual([]);
  });
});
