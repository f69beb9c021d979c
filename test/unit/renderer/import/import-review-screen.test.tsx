import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readPostmortem } from '../../../../shared/postmortem';
import { db } from '../../../../renderer/db';
import { clearImportSession, startImport, useImportSession } from '../../../../renderer/features/import/import-session';
import { ImportReviewScreen } from '../../../../renderer/features/import/ImportReviewScreen';
import { resetDatabase } from '../db/builders';
import { renderFeature } from './render-feature';

const HOSTILE = [
  '# Outage <img src=x onerror="window.__pwned=1">',
  '',
  '<script>window.__pwned = 1</script>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '',
  'See [the dashboard](javascript:window.__pwned=1).',
  '',
  '## Action items',
  '',
  '- Add alerts on queue depth',
  '- Write a runbook for queue floods',
].join('\n');

async function review(text: string, name = 'hostile.md') {
  await startImport([{ name, bytes: new TextEncoder().encode(text) }], { parse: async (file, options) => readPostmortem(file, options) });
}

beforeAll(() => {
  // jsdom has no layout: nothing to scroll.
  Element.prototype.scrollIntoView ??= () => undefined;
});

beforeEach(async () => {
  clearImportSession();
  await resetDatabase();
});
afterEach(cleanup);

describe('the import review screen', () => {
  it('shows markup in a postmortem as text and runs none of it', async () => {
    await review(HOSTILE);
    const { container } = renderFeature(<ImportReviewScreen />);
    const source = await screen.findByRole('region', { name: 'Postmortem text' });
    expect(source.textContent).toContain('<script>window.__pwned = 1</script>');
    expect(source.textContent).toContain('<iframe src="javascript:window.__pwned=1"></iframe>');
    expect(container.querySelectorAll('script, iframe, img, object, embed')).toHaveLength(0);
    expect(container.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('lists the proposals with kind, themes, confidence and done flag, and highlights the selected one in the text', async () => {
    await review(HOSTILE);
    renderFeature(<ImportReviewScreen />);
    const items = await screen.findByRole('list', { name: 'Proposed items' });
    expect(within(items).getAllByRole('listitem', { hidden: false }).filter((li) => li.dataset.itemKey)).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Title of item 1' })).toHaveProperty('value', 'Add alerts on queue depth');
    expect(screen.getByRole('combobox', { name: 'Kind of item 1' })).toHaveProperty('value', 'detect');
    expect(screen.getAllByRole('checkbox', { name: 'Already done' })).toHaveLength(2);
    expect(screen.getAllByText(/% confidence/)).toHaveLength(2);

    const source = screen.getByRole('region', { name: 'Postmortem text' });
    const selected = () => source.querySelector('mark.is-selected')?.textContent;
    expect(selected()).toBe('Add alerts on queue depth');
    fireEvent.click(screen.getByRole('textbox', { name: 'Title of item 2' }));
    expect(selected()).toBe('Write a runbook for queue floods');
  });

  it('adds only the accepted items, with their edits, when "Add to tracker" is chosen', async () => {
    await review(HOSTILE);
    renderFeature(<ImportReviewScreen />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Accept item 2' }));
    expect(screen.getByText('1 of 2 accepted')).toBeTruthy();
    const title = screen.getByRole('textbox', { name: 'Title of item 1' });
    fireEvent.change(title, { target: { value: 'Alert on queue depth above 10k' } });
    fireEvent.blur(title);
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind of item 1' }), { target: { value: 'mitigate' } });

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add to tracker' })));
    await waitFor(async () => expect(await db.items.count()).toBe(1));
    const [item] = await db.items.toArray();
    expect(item).toMatchObject({ title: 'Alert on queue depth above 10k', kind: 'mitigate' });
    expect(useImportSession.getState().entries[0]?.status).toBe('added');
    expect(await screen.findByText(/Added “Outage/)).toBeTruthy();
  });

  it('adds an item from text selected in the postmortem', async () => {
    await review(HOSTILE);
    renderFeature(<ImportReviewScreen />);
    const source = await screen.findByRole('region', { name: 'Postmortem text' });
    const button = screen.getByRole('button', { name: 'Add selection as item' });
    expect(button).toHaveProperty('disabled', true);

    const paragraph = within(source).getByText(/See \[the dashboard\]/);
    const textNode = paragraph.firstChild!;
    const range = document.createRange();
    range.setStart(textNode, 4);
    range.setEnd(textNode, 'See [the dashboard]'.length);
    act(() => {
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect(button).toHaveProperty('disabled', false);
    fireEvent.click(button);
    expect(screen.getByRole('textbox', { name: 'Title of item 1' })).toHaveProperty('value', '[the dashboard]');
    expect(screen.getByText('3 of 3 accepted')).toBeTruthy();
  });

  it('says when a document is already in the tracker', async () => {
    await review(HOSTILE, 'first.md');
    const [entry] = useImportSession.getState().entries;
    const { addToTracker } = await import('../../../../renderer/features/import/import-session');
    await addToTracker(entry!.id);
    clearImportSession();
    await review(HOSTILE, 'again.md');
    renderFeature(<ImportReviewScreen />);
    expect(await screen.findByText(/already in your tracker/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the incident' }).getAttribute('href')).toMatch(/^#\/incidents\//);
  });
});
