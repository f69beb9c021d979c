import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readPostmortem } from '../../../../shared/postmortem';
import { db, importParsedPostmortem, updateItem } from '../../../../renderer/db';
import { clearImportSession } from '../../../../renderer/features/import/import-session';
import IncidentsPage from '../../../../renderer/features/incidents/IncidentsPage';
import { resetDatabase } from '../db/builders';
import { renderFeature } from '../import/render-feature';

const SAMPLES = 'renderer/features/import/samples';

async function importSample(name: string): Promise<string> {
  const result = readPostmortem({ name, bytes: readFileSync(`${SAMPLES}/${name}`) });
  if (!result.ok) throw new Error(result.rejected.reason);
  const outcome = await importParsedPostmortem(result.value);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.incidentId;
}

beforeAll(() => {
  Element.prototype.scrollIntoView ??= () => undefined;
});
beforeEach(async () => {
  clearImportSession();
  await resetDatabase();
  window.location.hash = '#/incidents';
});
afterEach(cleanup);

describe('the incidents list', () => {
  it('says there are no incidents yet and offers the ways in', async () => {
    renderFeature(<IncidentsPage />);
    expect(await screen.findByRole('heading', { name: 'No incidents yet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Load sample postmortems' })).toBeTruthy();
  });

  it('shows each incident with organization, date, duration, failure themes and item progress, latest first', async () => {
    const rpc = await importSample('livekit-2023-11-02-rpc-issue.txt');
    await importSample('livekit-2023-03-27-message-bus-down.txt');
    const [first] = await db.items.where('incidentId').equals(rpc).toArray();
    await updateItem(first!.id, { status: 'done' });

    renderFeature(<IncidentsPage />);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['RPC issue', 'Message Bus Down']);
    const [rpcRow] = rows;
    expect(within(rpcRow!).getByRole('link').getAttribute('href')).toBe(`#/incidents/${rpc}`);
    expect(rpcRow!.textContent).toContain('LiveKit');
    expect(rpcRow!.textContent).toContain('3 Nov 2023');
    expect(rpcRow!.textContent).toMatch(/\d+ min/);
    expect(rpcRow!.textContent).toContain('Bad deploy');
    const total = await db.items.where('incidentId').equals(rpc).count();
    expect(within(rpcRow!).getByRole('progressbar').getAttribute('aria-label')).toBe(`1 of ${total} action items closed`);
  });

  it('opens the paste dialog on Ctrl/Cmd+V with the clipboard text, and imports it from there', async () => {
    const { actions } = renderFeature(<IncidentsPage />);
    await screen.findByRole('heading', { name: 'No incidents yet' });
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    Object.assign(paste, { clipboardData: { getData: () => '# Pasted outage\n\n- Add alerts' } });
    document.body.dispatchEvent(paste);
    const textarea = await screen.findByRole('textbox', { name: 'Postmortem text' });
    expect((textarea as HTMLTextAreaElement).value).toBe('# Pasted outage\n\n- Add alerts');
    fireEvent.click(screen.getByRole('button', { name: 'Review items' }));
    expect(actions.importFiles).toHaveBeenCalledWith([expect.objectContaining({ name: 'Pasted postmortem.txt' })]);
  });
});

describe('an incident page', () => {
  it('shows the metadata, the timeline, and the source with every extracted span marked and linked to its item', async () => {
    const id = await importSample('livekit-2024-02-07-us-east-1-connectivity.txt');
    const items = await db.items.where('incidentId').equals(id).toArray();
    window.location.hash = `#/incidents/${id}`;
    renderFeature(<IncidentsPage />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Connectivity issues in US East 1' })).toBeTruthy();
    expect(screen.getByText('Regional TURN (US East 1 - TURN)')).toBeTruthy();
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getAllByRole('listitem').length).toBeGreaterThan(0);

    const source = screen.getByRole('region', { name: 'Postmortem text' });
    const marked = Array.from(source.querySelectorAll('mark'), (mark) => mark.dataset.itemIds);
    for (const item of items) expect(marked.some((ids) => ids?.split(' ').includes(item.id))).toBe(true);

    const list = screen.getByRole('region', { name: 'Action items' });
    for (const item of items) {
      expect(within(list).getByRole('link', { name: item.title }).getAttribute('href')).toBe(`#/items/${item.id}`);
    }
    const firstMark = source.querySelector('mark')!;
    fireEvent.click(firstMark);
    expect(window.location.hash).toBe(`#/items/${firstMark.dataset.itemIds!.split(' ')[0]}`);
  });

  it('says when the incident does not exist', async () => {
    window.location.hash = '#/incidents/nope';
    renderFeature(<IncidentsPage />);
    expect(await screen.findByRole('heading', { name: 'Incident not found' })).toBeTruthy();
  });
});
