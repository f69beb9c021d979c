/**
 * A review meeting over the sample postmortems' items, run from the keyboard, then a
 * report built from it and exported as HTML and as PDF (Chromium's page.pdf stands in
 * for Electron's printToPDF), with the PDF's pages turned into PNGs to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR, startE2eApp, toasts, type AppSession, type E2eApp } from './harness';

const RESULTS_DIR = fileURLToPath(new URL('../../test-results', import.meta.url));
const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/postmortems', import.meta.url));
const REPORT_HTML = join(RESULTS_DIR, 'report.html');
const REPORT_PDF = join(RESULTS_DIR, 'report.pdf');
const PAGE_PREFIX = 'report-page';

let app: E2eApp;
let session: AppSession;
let page: Page;

beforeAll(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  app = await startE2eApp();
  session = await app.newSession();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
  await app?.close();
});

/** The samples through the first-run screen, or the fixture files through the file chooser. */
async function loadPostmortems(): Promise<void> {
  await session.open('/');
  const main = page.getByRole('main');
  const samples = main.getByRole('button', { name: 'Load sample postmortems' });
  await samples.click();
  const loaded = await page
    .waitForURL(/#\/incidents/, { timeout: 20_000 })
    .then(() => true)
    .catch(() => false);
  if (loaded) return;
  const chooser = page.waitForEvent('filechooser');
  await main.getByRole('button', { name: 'Import postmortems…' }).click();
  const files = readdirSync(FIXTURES_DIR).filter((name) => name.endsWith('.txt'));
  await (await chooser).setFiles(files.map((name) => join(FIXTURES_DIR, name)));
  // The import review: accept everything it proposes.
  await page.getByRole('button', { name: /^(Import|Accept)/ }).last().click({ timeout: 20_000 });
}

const presenter = () => page.getByRole('region', { name: 'Presenter view' });
const itemTitle = () => presenter().getByRole('heading', { level: 1 }).innerText();
const dialog = () => page.getByRole('dialog');
/** Lets React run its effects (shortcut bindings follow the rendered item) before the next key. */
const settle = () => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
/** Presses a key once what is on screen is also what the keyboard is bound to. */
async function press(key: string): Promise<void> {
  await settle();
  await page.keyboard.press(key);
}

describe('review meeting and progress report', () => {
  const changed: string[] = [];

  it('loads the five sample postmortems', async () => {
    await loadPostmortems();
    await session.open('/review');
    await expect.poll(() => page.getByText(/unfinished items? in scope/).innerText(), { timeout: 20_000 }).toMatch(/^[1-9]\d* unfinished/);
    // The import's notification would cover part of the screenshots.
    for (const dismiss of await toasts(page).getByRole('button', { name: 'Dismiss notification' }).all()) await dismiss.click();
    await session.screenshot('review-start');
  });

  it('runs a meeting from the keyboard: closes, re-owns, re-dates, escalates and notes', async () => {
    await page.getByLabel('Meeting title').fill('Weekly remediation review');
    await page.getByRole('button', { name: 'Start meeting' }).click();
    await presenter().waitFor();
    await expect.poll(() => presenter().getByText(/^Item 1 of \d+$/).count(), { timeout: 10_000 }).toBe(1);
    await session.screenshot('review-presenter');

    // Item 1: done.
    changed.push(await itemTitle());
    await press('5');
    await expect.poll(() => presenter().getByRole('button', { name: /Done$/ }).getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');

    // Item 2: a new owner.
    await press('ArrowRight');
    await expect.poll(itemTitle, { timeout: 10_000 }).not.toBe(changed[0]);
    changed.push(await itemTitle());
    await press('o');
    await dialog().getByLabel('Owner').fill('Dana Reviewer');
    await press('Enter');
    await presenter().getByRole('button', { name: /Dana Reviewer/ }).waitFor();

    // Item 3: a new due date, escalated to P0, and a note.
    await press('ArrowRight');
    await expect.poll(itemTitle, { timeout: 10_000 }).not.toBe(changed[1]);
    changed.push(await itemTitle());
    await press('d');
    await dialog().getByRole('button', { name: /In 2 weeks/ }).click();
    await dialog().waitFor({ state: 'detached' }).catch(() => undefined);
    await press('p');
    await dialog().getByRole('group', { name: 'Priority' }).waitFor();
    await press('0');
    await presenter().getByRole('button', { name: /P0$/ }).waitFor();
    await press('n');
    await dialog().getByLabel('Note').fill('Needs the platform team; check again next week.');
    await press('Control+Enter');
    await presenter().getByText('Needs the platform team; check again next week.').waitFor();
    await session.screenshot('review-presenter-decided');

    await press('Escape');
    await presenter().waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'End meeting' }).click();
  });

  it('ends with a summary of the decisions', async () => {
    const figures = page.getByRole('list', { name: 'Decisions' });
    await figures.waitFor();
    const count = (label: string) => figures.getByRole('listitem').filter({ hasText: label }).locator('.review-summary-value').innerText();
    expect(await count('Closed')).toBe('1');
    expect(await count('Re-owned')).toBe('1');
    expect(await count('Re-dated')).toBe('1');
    expect(await count('Escalated')).toBe('1');
    expect(await count('Notes taken')).toBe('1');
    const closed = page.getByRole('region', { name: /^Closed/ });
    await closed.getByText(changed[0]!).waitFor();
    await page.getByRole('region', { name: /^Re-owned/ }).getByText(changed[1]!).waitFor();
    await session.screenshot('review-summary');
    expect(session.errors).toEqual([]);
  });

  let html = '';

  it('builds a report and exports it as HTML', async () => {
    await page.getByRole('button', { name: 'Build a report' }).click();
    const preview = page.getByRole('article', { name: 'Report preview' });
    await preview.getByRole('heading', { name: 'Last review meeting' }).waitFor();
    await preview.getByText(`${changed[0]}: `, { exact: false }).first().waitFor();
    await page.getByLabel('Title').fill('Remediation progress: LiveKit incidents');
    await session.screenshot('report-builder');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'HTML', exact: true }).click();
    await (await download).saveAs(REPORT_HTML);
    html = readFileSync(REPORT_HTML, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('Remediation progress: LiveKit incidents');
    expect(html).toContain('Weekly remediation review');
    expect(html).not.toMatch(/<script/i);
    expect(session.errors).toEqual([]);

    // The preview stays white paper in the dark theme, like the export.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.locator('html').getAttribute('data-theme'), { timeout: 10_000 }).toBe('dark');
    await session.screenshot('report-builder-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('prints the HTML report to an A4 PDF that pdftoppm turns into pages', async () => {
    const printPage = await session.context.newPage();
    await printPage.setContent(html, { waitUntil: 'load' });
    await printPage.pdf({ path: REPORT_PDF, format: 'A4', printBackground: true });
    await printPage.close();
    for (const name of readdirSync(SCREENSHOT_DIR).filter((file) => file.startsWith(PAGE_PREFIX))) {
      rmSync(join(SCREENSHOT_DIR, name));
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', REPORT_PDF, join(SCREENSHOT_DIR, PAGE_PREFIX)]);
    const pages = readdirSync(SCREENSHOT_DIR).filter((file) => file.startsWith(PAGE_PREFIX) && file.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });
});
