import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endMeeting, importParsedPostmortem, listMeetings, queryItems, startMeeting, updateItem } from '../../../../renderer/db';
import ReviewPage from '../../../../renderer/features/review/ReviewPage';
import { parsedPostmortem, resetDatabase } from '../db/builders';

beforeEach(async () => {
  await resetDatabase();
  window.history.replaceState(null, '', '#/review');
});

afterEach(cleanup);

describe('starting a review', () => {
  it('offers the empty state when there is nothing to review', async () => {
    render(<ReviewPage />);
    expect(await screen.findByRole('heading', { name: 'No items to review' })).toBeTruthy();
  });

  it('starts a meeting over the chosen scope, in its order, and opens it', async () => {
    await importParsedPostmortem(parsedPostmortem({ itemTitles: ['Add canary checks', 'Alert on queue depth', 'Rotate the keys'] }));
    const [first, second] = await queryItems({}, { key: 'title', direction: 'asc' });
    await updateItem(first!.id, { owner: 'Ana', dueDate: '2030-02-01' });
    await updateItem(second!.id, { owner: 'Ana', dueDate: '2030-01-01' });

    render(<ReviewPage />);
    expect(await screen.findByText('3 unfinished items in scope')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Scope'), { target: { value: 'owner' } });
    fireEvent.change(screen.getByLabelText('Owner'), { target: { value: 'Ana' } });
    expect(screen.getByText('2 unfinished items in scope')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start meeting' }));

    await waitFor(async () => expect(await listMeetings()).toHaveLength(1));
    const [meeting] = await listMeetings();
    expect(meeting).toMatchObject({ scope: { kind: 'owner', value: 'Ana', order: 'due' }, itemIds: [second!.id, first!.id], endedAt: null });
    await waitFor(() => expect(window.location.hash).toBe(`#/review/${meeting!.id}`));
  });

  it('lists past meetings, latest first, with the running one marked', async () => {
    await importParsedPostmortem(parsedPostmortem());
    const older = await startMeeting({ title: 'March review', scope: { kind: 'all-open', value: null, order: 'due' }, itemIds: [] });
    await endMeeting(older.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await startMeeting({ title: 'April review', scope: { kind: 'overdue', value: null, order: 'priority' }, itemIds: [] });
    render(<ReviewPage />);
    const links = await screen.findAllByRole('link', { name: /review$/ });
    expect(links.map((link) => link.textContent)).toEqual(['April review', 'March review']);
    expect(links[1]!.getAttribute('href')).toBe(`#/review/${older.id}`);
    expect(screen.getAllByText('In progress')).toHaveLength(1);
  });
});
