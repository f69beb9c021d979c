import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createItem, db, getItem, getSetting, setSetting } from '../../../../renderer/db';
import { SavedViewsSchema } from '../../../../renderer/features/items/saved-views';
import { useColumnLayout } from '../../../../renderer/features/items/columns';
import { resetAllItems } from '../../../../renderer/features/items/all-items';
import { resetDatabase } from '../db/builders';
import { press, renderApp } from './render-app';

beforeEach(async () => {
  resetAllItems();
  await resetDatabase();
});
afterEach(cleanup);

async function seed() {
  const specs = [
    { title: 'Add canary checks', themes: ['canary'], owner: 'Ana', dueDate: '2025-01-01' },
    { title: 'Alert on queue depth', themes: ['monitoring'], owner: 'Ben', dueDate: '2025-01-02' },
    { title: 'Roll out region by region', themes: ['canary', 'deployment-process'], dueDate: '2025-01-03' },
    { title: 'Document the failover', themes: ['failover'], dueDate: '2025-01-04' },
  ];
  const ids: string[] = [];
  for (const spec of specs) ids.push((await createItem({ kind: 'prevent', ...spec })).id);
  return ids;
}

const grid = () => screen.getByRole('grid', { name: 'Action items' });
const bodyRows = () => within(grid()).getAllByRole('row').slice(1);
const rowTitles = () => bodyRows().map((row) => within(row).getAllByRole('gridcell')[0]!.textContent);
/** Waits for the rows, then lets React run the effects that bind the page's shortcuts. */
async function showsRows(count: number) {
  await waitFor(() => expect(bodyRows()).toHaveLength(count));
  await act(async () => {});
}
const activeRowTitle = () => {
  const id = grid().getAttribute('aria-activedescendant');
  return id ? within(document.getElementById(id)!).getAllByRole('gridcell')[0]!.textContent : null;
};

describe('the Action items page', () => {
  it('lists the items in a grid, sorted by due date', async () => {
    await seed();
    await renderApp('/items');
    await waitFor(() => expect(rowTitles()).toEqual(['Add canary checks', 'Alert on queue depth', 'Roll out region by region', 'Document the failover']));
    expect(grid().getAttribute('aria-rowcount')).toBe('5');
  });

  it('moves with j/k, selects with x, cycles status with s and opens with Enter', async () => {
    const ids = await seed();
    await renderApp('/items');
    await showsRows(4);
    await press('j');
    await press('j');
    expect(activeRowTitle()).toBe('Alert on queue depth');
    await press('k');
    expect(activeRowTitle()).toBe('Add canary checks');
    await press('x');
    expect(bodyRows()[0]!.getAttribute('aria-selected')).toBe('true');
    await press('s');
    await waitFor(async () => expect((await getItem(ids[0]!))?.status).toBe('in_progress'));

    grid().focus();
    await press('ArrowDown', {}, grid());
    expect(activeRowTitle()).toBe('Alert on queue depth');
    await press('Enter', {}, grid());
    expect(window.location.hash).toBe(`#/items/${ids[1]}`);
    const drawer = await screen.findByRole('complementary', { name: 'Item details' });
    await waitFor(() => expect((within(drawer).getByLabelText('Title') as HTMLInputElement).value).toBe('Alert on queue depth'));
    await press('Escape');
    expect(window.location.hash).toBe('#/items');
  });

  it('keeps filters in the URL and follows the URL back', async () => {
    await seed();
    await renderApp('/items');
    await showsRows(4);
    await screen.findByRole('option', { name: 'Canaries & progressive rollout' });
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'canary' } });
    await waitFor(() => expect(rowTitles()).toEqual(['Add canary checks', 'Roll out region by region']));
    expect(window.location.hash).toBe('#/items?theme=canary');

    fireEvent.change(screen.getByLabelText('Filter by owner'), { target: { value: 'Ana' } });
    await waitFor(() => expect(rowTitles()).toEqual(['Add canary checks']));
    expect(window.location.hash).toBe('#/items?theme=canary&owner=Ana');

    await act(async () => {
      window.history.replaceState(null, '', '#/items?q=failover');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(rowTitles()).toEqual(['Document the failover']));
    expect((screen.getByLabelText('Theme') as HTMLSelectElement).value).toBe('');
    expect((screen.getByLabelText('Search items') as HTMLInputElement).value).toBe('failover');
  });

  it('bulk-edits the selected items as one step that undo reverts and redo repeats', async () => {
    const ids = await seed();
    await renderApp('/items');
    await showsRows(4);
    fireEvent.click(within(bodyRows()[0]!).getAllByRole('gridcell')[1]!);
    fireEvent.click(within(bodyRows()[2]!).getAllByRole('gridcell')[1]!, { shiftKey: true });
    expect(bodyRows().map((row) => row.getAttribute('aria-selected'))).toEqual(['true', 'true', 'true', 'false']);

    fireEvent.click(screen.getByRole('button', { name: 'Bulk edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit 3 items' });
    fireEvent.change(within(dialog).getByLabelText('Owner'), { target: { value: 'Zoe' } });
    fireEvent.change(within(dialog).getByLabelText('Priority'), { target: { value: 'P1' } });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Apply to 3 items' })));
    const owners = async () => (await db.items.bulkGet(ids)).map((item) => item?.owner);
    await waitFor(async () => expect(await owners()).toEqual(['Zoe', 'Zoe', 'Zoe', null]));
    expect((await getItem(ids[1]!))?.priority).toBe('P1');

    await press('z', { ctrlKey: true });
    await waitFor(async () => expect(await owners()).toEqual(['Ana', 'Ben', null, null]));
    await press('Z', { ctrlKey: true, shiftKey: true });
    await waitFor(async () => expect(await owners()).toEqual(['Zoe', 'Zoe', 'Zoe', null]));
  });

  it("adds the checked themes to each item's own in a bulk edit, or replaces them when asked", async () => {
    const ids = await seed();
    await renderApp('/items');
    await showsRows(4);
    fireEvent.click(within(bodyRows()[0]!).getAllByRole('gridcell')[1]!);
    fireEvent.click(within(bodyRows()[1]!).getAllByRole('gridcell')[1]!, { shiftKey: true });
    const bulkEdit = async (mode: string | null) => {
      fireEvent.click(screen.getByRole('button', { name: 'Bulk edit' }));
      const dialog = screen.getByRole('dialog', { name: 'Edit 2 items' });
      if (mode) fireEvent.change(within(dialog).getByLabelText('Checked themes'), { target: { value: mode } });
      fireEvent.click(within(dialog).getByRole('checkbox', { name: /failover/i }));
      await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Apply to 2 items' })));
    };
    const themes = async () => (await db.items.bulkGet(ids.slice(0, 2))).map((item) => item?.themes);
    await bulkEdit(null);
    await waitFor(async () => expect(await themes()).toEqual([['canary', 'failover'], ['monitoring', 'failover']]));
    await bulkEdit('replace');
    await waitFor(async () => expect(await themes()).toEqual([['failover'], ['failover']]));
  });

  it('hides and shows columns from the Columns menu, and remembers the choice', async () => {
    useColumnLayout.setState({ hidden: [] });
    await seed();
    const app = await renderApp('/items');
    await showsRows(4);
    const headers = () => screen.getAllByRole('columnheader').map((header) => header.textContent?.replace(/[↑↓]/g, '').trim());
    expect(headers()).toContain('Age');
    fireEvent.click(screen.getByText('Columns'));
    expect((screen.getByRole('checkbox', { name: 'Item' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Age' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Priority' }));
    await waitFor(() => expect(headers()).toEqual(['Item', 'Incident', 'Kind', 'Themes', 'Owner', 'Due', 'Status']));
    expect(within(bodyRows()[0]!).getAllByRole('gridcell')).toHaveLength(7);
    expect(grid().getAttribute('aria-colcount')).toBe('7');
    expect(JSON.parse(localStorage.getItem('followthrough.item-columns') ?? '{}').state.hidden).toEqual(['age', 'priority']);
    app.unmount();
    useColumnLayout.setState({ hidden: [] });
  });

  it('selects every row in view with Ctrl+A', async () => {
    await seed();
    await renderApp('/items?theme=canary');
    await showsRows(2);
    await press('a', { ctrlKey: true });
    expect(bodyRows().every((row) => row.getAttribute('aria-selected') === 'true')).toBe(true);
    expect(screen.getByText(/2 selected/)).toBeTruthy();
  });

  it('adds an item by hand with Ctrl+N', async () => {
    await seed();
    await renderApp('/items');
    await showsRows(4);
    await press('n', { ctrlKey: true });
    const dialog = screen.getByRole('dialog', { name: 'New action item' });
    fireEvent.change(within(dialog).getByLabelText('Title'), { target: { value: 'Rotate the TLS keys' } });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Add item' })));
    await waitFor(async () => expect((await db.items.toArray()).filter((item) => item.title === 'Rotate the TLS keys').length).toBe(1));
    expect(window.location.hash).toMatch(/^#\/items\/[\w-]+$/);
  });

  it('lists its shortcuts in the sheet and leaves the shell\'s "g s" alone', async () => {
    await seed();
    await renderApp('/items');
    await showsRows(4);
    await press('?');
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(sheet).getByText('Cycle status')).toBeTruthy();
    fireEvent.click(within(sheet).getByRole('button', { name: 'Close' }));
    await press('g');
    await press('s');
    expect(window.location.hash).toBe('#/settings');
  });

  it('sorts by a column header and resizes columns from the keyboard', async () => {
    await seed();
    await renderApp('/items');
    await showsRows(4);
    fireEvent.click(screen.getByRole('button', { name: 'Item' }));
    expect(window.location.hash).toBe('#/items?sort=title');
    await waitFor(() => expect(rowTitles()[0]).toBe('Add canary checks'));
    fireEvent.click(screen.getByRole('button', { name: /^Item/ }));
    expect(window.location.hash).toBe('#/items?sort=title&dir=desc');
    await waitFor(() => expect(rowTitles()[0]).toBe('Roll out region by region'));
    expect(screen.getAllByRole('columnheader')[0]!.getAttribute('aria-sort')).toBe('descending');

    const resizer = screen.getByRole('separator', { name: 'Resize Item column' });
    const width = Number(resizer.getAttribute('aria-valuenow'));
    fireEvent.keyDown(resizer, { key: 'ArrowRight' });
    expect(Number(resizer.getAttribute('aria-valuenow'))).toBe(width + 16);
    expect(JSON.parse(localStorage.getItem('followthrough.item-columns')!).state.widths.title).toBe(width + 16);
  });

  it('applies the preset views, and saves the current view by name', async () => {
    await seed();
    await setSetting('owners.me', 'Ana');
    await renderApp('/items');
    await showsRows(4);
    const views = screen.getByLabelText('Saved view');
    await screen.findByRole('option', { name: 'My overdue' });
    fireEvent.change(views, { target: { value: 'My overdue' } });
    expect(window.location.hash).toBe('#/items?overdue=1&owner=Ana');
    await waitFor(() => expect(rowTitles()).toEqual(['Add canary checks']));
    fireEvent.change(views, { target: { value: 'Open canary work' } });
    expect(window.location.hash).toBe('#/items?status=proposed&status=open&status=in_progress&status=blocked&theme=canary');
    await waitFor(() => expect(rowTitles()).toEqual(['Add canary checks', 'Roll out region by region']));

    fireEvent.change(screen.getByLabelText('Filter by owner'), { target: { value: 'Ben' } });
    await screen.findByText('No items match this view.');
    fireEvent.click(screen.getByRole('button', { name: 'Save view…' }));
    const dialog = screen.getByRole('dialog', { name: 'Save view' });
    fireEvent.change(within(dialog).getByLabelText('View name'), { target: { value: "Ben's canaries" } });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Save' })));
    await waitFor(async () =>
      expect(await getSetting('items.savedViews', SavedViewsSchema, [])).toEqual([
        { name: "Ben's canaries", query: 'status=proposed&status=open&status=in_progress&status=blocked&theme=canary&owner=Ben' },
      ]),
    );
    await waitFor(() => expect((views as HTMLSelectElement).value).toBe("Ben's canaries"));
  });
});
