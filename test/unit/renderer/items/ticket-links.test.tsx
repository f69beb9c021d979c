import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createItem } from '../../../../renderer/db';
import { resetAllItems } from '../../../../renderer/features/items/all-items';
import { useToastStore } from '../../../../renderer/stores/toasts';
import { resetDatabase } from '../db/builders';
import { fakePlatform } from '../fakes';
import { renderApp } from './render-app';

beforeEach(async () => {
  resetAllItems();
  await resetDatabase();
});
afterEach(cleanup);

const TICKET = 'https://github.com/acme/api/issues/12';
/** The drawer reads its item from IndexedDB: on a busy machine that takes more than testing-library's default second. */
const SLOW = { timeout: 5000 };

async function openDrawer(openExternal: (url: string) => Promise<void>) {
  const item = await createItem({ title: 'Alert on queue depth', kind: 'detect', ticketLinks: [TICKET, 'https://jira.example.com/browse/OPS-7'] });
  await renderApp(`/items/${item.id}`, fakePlatform({ openExternal: vi.fn(openExternal) }));
  return screen.findByRole('complementary', { name: 'Item details' }, SLOW);
}

describe("an item's ticket links", () => {
  it('opens each ticket in the system browser, never in the app window', async () => {
    const opened: string[] = [];
    const drawer = await openDrawer(async (url) => {
      opened.push(url);
    });
    const link = await within(drawer).findByRole('link', { name: 'github.com/acme/api/issues/12' }, SLOW);
    expect(within(drawer).getByRole('link', { name: 'jira.example.com/browse/OPS-7' })).toBeTruthy();
    const hash = window.location.hash;
    await act(async () => {
      fireEvent.click(link);
    });
    expect(opened).toEqual([TICKET]);
    expect(window.location.hash).toBe(hash);
  });

  it('says so when a link cannot be opened', async () => {
    const drawer = await openDrawer(async () => {
      throw new Error('Only http and https links can be opened');
    });
    // Found before act(): inside it React holds back the renders the query would wait for.
    const link = await within(drawer).findByRole('link', { name: 'github.com/acme/api/issues/12' }, SLOW);
    await act(async () => {
      fireEvent.click(link);
    });
    await waitFor(() => expect(useToastStore.getState().toasts.map((t) => [t.tone, t.title])).toContainEqual(['error', 'Could not open the link']), SLOW);
  });
});
