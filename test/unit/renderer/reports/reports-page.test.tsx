import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { SaveFileRequest } from '../../../../shared/ipc';
import { getSetting, importParsedPostmortem, queryItems, updateItem } from '../../../../renderer/db';
import ReportsPage from '../../../../renderer/features/reports/ReportsPage';
import { LAST_REPORT_SETTING } from '../../../../renderer/features/reports/report-options';
import { PlatformProvider } from '../../../../renderer/platform/PlatformProvider';
import { parsedPostmortem, resetDatabase } from '../db/builders';
import { fakePlatform } from '../fakes';

const reportsPlatform = () =>
  fakePlatform({
    saveFile: vi.fn(async (request: SaveFileRequest) => ({ path: `/tmp/${request.suggestedName}` })),
    printToPdf: vi.fn(async (request: { suggestedName: string }) => ({ path: `/tmp/${request.suggestedName}` })),
  });

let platform: ReturnType<typeof reportsPlatform>;

beforeEach(async () => {
  await resetDatabase();
  platform = reportsPlatform();
});

afterEach(cleanup);

const renderPage = () =>
  render(
    <PlatformProvider platform={platform}>
      <ReportsPage />
    </PlatformProvider>,
  );

async function seed() {
  await importParsedPostmortem(parsedPostmortem({ itemTitles: ['Add <canary> & checks', 'Alert on queue depth'] }));
  const [first] = await queryItems({}, { key: 'title', direction: 'asc' });
  await updateItem(first!.id, { status: 'done' });
}

describe('the report builder', () => {
  it('shows the empty state without items', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Nothing to report yet' })).toBeTruthy();
  });

  it('previews the chosen sections from the report model, user text as text', async () => {
    await seed();
    renderPage();
    const preview = await screen.findByRole('article', { name: 'Report preview' });
    expect(within(preview).getByRole('heading', { name: 'Summary' })).toBeTruthy();
    expect(within(preview).getByText('Completion rate').nextElementSibling?.textContent).toBe('50%');
    expect(within(preview).getAllByText('Add <canary> & checks').length).toBeGreaterThan(0);
    expect(within(preview).getByText('Since the beginning (no earlier report)')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Per-incident progress' }));
    expect(within(preview).queryByRole('heading', { name: 'Progress per incident' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Q2 <board> update' } });
    expect(within(preview).getByRole('heading', { name: 'Q2 <board> update' })).toBeTruthy();
  });

  it('saves HTML through the platform and remembers it as the last report', async () => {
    await seed();
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'HTML' }));
    await waitFor(() => expect(platform.saveFile).toHaveBeenCalledTimes(1));
    const request = platform.saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toMatch(/^followthrough-report-\d{4}-\d{2}-\d{2}\.html$/);
    expect(String(request.data)).toContain('Add &lt;canary&gt; &amp; checks');
    await waitFor(async () => expect(await getSetting(LAST_REPORT_SETTING, z.string(), '')).not.toBe(''));
  });

  it('prints the same HTML to PDF and saves the backup as JSON', async () => {
    await seed();
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'PDF' }));
    await waitFor(() => expect(platform.printToPdf).toHaveBeenCalledTimes(1));
    expect(platform.printToPdf.mock.calls[0]![0]).toMatchObject({ suggestedName: expect.stringMatching(/\.pdf$/) });

    const backupButton = screen.getByRole('button', { name: 'JSON backup' });
    await waitFor(() => expect(backupButton).toHaveProperty('disabled', false));
    fireEvent.click(backupButton);
    await waitFor(() => expect(platform.saveFile).toHaveBeenCalledTimes(1));
    const backup = JSON.parse(String(platform.saveFile.mock.calls[0]![0].data)) as { tables: { items: unknown[] } };
    expect(backup.tables.items).toHaveLength(2);
  });
});
