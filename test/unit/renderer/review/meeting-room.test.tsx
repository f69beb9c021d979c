import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, getItem, importParsedPostmortem, queryItems, startMeeting } from '../../../../renderer/db';
import ReviewPage from '../../../../renderer/features/review/ReviewPage';
import { useShortcuts } from '../../../../renderer/ui/shortcuts';
import { parsedPostmortem, resetDatabase } from '../db/builders';

let meetingId: string;
let itemIds: string[];

beforeEach(async () => {
  await resetDatabase();
  await importParsedPostmortem(parsedPostmortem({ itemTitles: ['Add canary checks', 'Alert on queue depth', 'Rotate the keys'] }));
  itemIds = (await queryItems({}, { key: 'title', direction: 'asc' })).map((item) => item.id);
  const meeting = await startMeeting({ title: 'Weekly review', scope: { kind: 'all-open', value: null, order: 'due' }, itemIds });
  meetingId = meeting.id;
  window.history.replaceState(null, '', `#/review/${meetingId}`);
});

afterEach(cleanup);

const press = (key: string) => fireEvent.keyDown(window, { key });
const presenter = () => screen.findByRole('region', { name: 'Presenter view' });
const openDialog = () => screen.getByRole('dialog');

describe('a review meeting', () => {
  it('records keyboard decisions with the meeting and summarises them when it ends', async () => {
    render(<ReviewPage />);
    const view = await presenter();
    await within(view).findByRole('heading', { name: 'Add canary checks' });
    expect(within(view).getByText('Item 1 of 3')).toBeTruthy();

    press('5');
    await waitFor(async () => expect((await getItem(itemIds[0]!))?.status).toBe('done'));

    press('ArrowRight');
    await within(view).findByRole('heading', { name: 'Alert on queue depth' });

    press('o');
    fireEvent.change(within(openDialog()).getByLabelText('Owner'), { target: { value: 'Sam' } });
    fireEvent.click(within(openDialog()).getByRole('button', { name: 'Set owner' }));
    await waitFor(async () => expect((await getItem(itemIds[1]!))?.owner).toBe('Sam'));

    press('p');
    within(openDialog()).getByRole('group', { name: 'Priority' });
    // Wherever focus is in the dialog, the digit picks the priority.
    fireEvent.keyDown(document.body, { key: '1' });
    await waitFor(async () => expect((await getItem(itemIds[1]!))?.priority).toBe('P1'));

    press('n');
    fireEvent.change(within(openDialog()).getByLabelText('Note'), { target: { value: 'Check with infra' } });
    fireEvent.click(within(openDialog()).getByRole('button', { name: 'Add note' }));
    await waitFor(async () => expect((await getItem(itemIds[1]!))?.notes).toContain('Check with infra'));

    const changes = (await db.events.where('meetingId').equals(meetingId).sortBy('at')).filter((event) => event.type === 'changed');
    expect(changes.map((event) => [event.field, event.meetingId])).toEqual([
      ['status', meetingId],
      ['owner', meetingId],
      ['priority', meetingId],
      ['notes', meetingId],
    ]);

    press('Escape');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Presenter view' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'End meeting' }));

    const figures = await screen.findByRole('list', { name: 'Decisions' });
    const count = (label: string) => within(figures).getByText(label).previousElementSibling?.textContent;
    expect(count('Closed')).toBe('1');
    expect(count('Re-owned')).toBe('1');
    expect(count('Re-dated')).toBe('0');
    expect(count('Escalated')).toBe('1');
    expect(count('Notes taken')).toBe('1');
    expect(screen.getByText('Check with infra')).toBeTruthy();
    expect((await db.meetings.get(meetingId))?.endedAt).not.toBeNull();
  });

  it('leaves the second key of a shell "g" sequence to the shell, even when the meeting hears the key first', async () => {
    const goToDashboard = vi.fn();
    function ShellShortcuts() {
      useShortcuts([{ keys: 'g d', run: goToDashboard }]);
      return null;
    }
    // Mounted after the meeting, the shell's listener hears each key after the meeting's.
    function Window({ withShell }: { withShell: boolean }) {
      return (
        <>
          <ReviewPage />
          {withShell && <ShellShortcuts />}
        </>
      );
    }
    const { rerender } = render(<Window withShell={false} />);
    await within(await presenter()).findByRole('heading', { name: 'Add canary checks' });
    rerender(<Window withShell />);
    press('g');
    press('d');
    expect(goToDashboard).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();

    press('d');
    await screen.findByRole('dialog');
    expect(goToDashboard).toHaveBeenCalledTimes(1);
  });

  it("asks why before marking an item won't do", async () => {
    render(<ReviewPage />);
    await within(await presenter()).findByRole('heading', { name: 'Add canary checks' });
    press('6');
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: "Mark won't do" })).toHaveProperty('disabled', true);
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Covered by the new pipeline' } });
    fireEvent.click(within(dialog).getByRole('button', { name: "Mark won't do" }));
    await waitFor(async () =>
      expect(await getItem(itemIds[0]!)).toMatchObject({ status: 'wont_do', wontDoReason: 'Covered by the new pipeline' }),
    );
  });

  it('shows a past meeting as its summary and resumes it', async () => {
    await db.meetings.update(meetingId, { endedAt: new Date().toISOString() });
    render(<ReviewPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Resume meeting' }));
    await presenter();
    expect((await db.meetings.get(meetingId))?.endedAt).toBeNull();
  });
});
