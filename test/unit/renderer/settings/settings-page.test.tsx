import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addOwner, createItem, db, exportBackupText, listOwners } from '../../../../renderer/db';
import { resetDatabase } from '../db/builders';
import { fakePlatform } from '../fakes';
import { renderApp } from '../items/render-app';

beforeEach(resetDatabase);
afterEach(cleanup);

const section = (name: string) => screen.getByRole('region', { name });

describe('Settings', () => {
  it('previews which items a rule change re-tags, and re-tags them only when asked', async () => {
    // A made-up word, so no default rule already matches it.
    const flagged = await createItem({ title: 'Recalibrate the zorblax before each release', kind: 'prevent', themes: ['other'] });
    await createItem({ title: 'Add disk alerts', kind: 'detect', themes: ['monitoring'] });
    await renderApp('/settings');
    fireEvent.click(await within(section('Themes')).findByRole('button', { name: 'Edit Canaries & progressive rollout' }));
    const dialog = screen.getByRole('dialog', { name: /Edit theme/ });
    const preview = within(dialog).getByRole('region', { name: 'Rule preview' });
    await waitFor(() => expect(preview.textContent).toContain('would not re-tag any existing item'));

    const rules = within(dialog).getByLabelText('Rules') as HTMLTextAreaElement;
    fireEvent.change(rules, { target: { value: `${rules.value}\nzorblax*` } });
    await waitFor(() => expect(preview.textContent).toContain('would tag 1 more item and untag 0'));
    expect(within(preview).getByText('Recalibrate the zorblax before each release')).toBeTruthy();
    expect((await db.items.get(flagged.id))?.themes).toEqual(['other']);

    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Save and re-tag 1 item' })));
    await waitFor(async () => expect((await db.items.get(flagged.id))?.themes).toEqual(['canary']));
    expect((await db.themes.get('canary'))?.rules).toContain('zorblax*');
  });

  it('adds, renames and recolours themes', async () => {
    await renderApp('/settings');
    fireEvent.click(await within(section('Themes')).findByRole('button', { name: 'Add theme' }));
    const dialog = screen.getByRole('dialog', { name: 'Add theme' });
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Kill switches' } });
    fireEvent.change(within(dialog).getByLabelText('Colour'), { target: { value: '#123456' } });
    fireEvent.change(within(dialog).getByLabelText('Rules'), { target: { value: 'kill switch*' } });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Save' })));
    await waitFor(async () =>
      expect(await db.themes.get('kill-switches')).toEqual({
        id: 'kill-switches',
        label: 'Kill switches',
        colour: '#123456',
        kind: 'remediation',
        rules: ['kill switch*'],
        retired: false,
      }),
    );
    await act(async () => fireEvent.click(within(section('Themes')).getByRole('button', { name: 'Retire Kill switches' })));
    await waitFor(async () => expect((await db.themes.get('kill-switches'))?.retired).toBe(true));
  });

  it('adds owners with a team and renames them on their items', async () => {
    const owner = await addOwner('Ana');
    const item = await createItem({ title: 'Add alerts', kind: 'detect', owner: 'Ana' });
    await renderApp('/settings');
    const owners = section('Owners');
    fireEvent.change(await within(owners).findByLabelText("New owner's name"), { target: { value: 'Ben' } });
    fireEvent.change(within(owners).getByLabelText("New owner's team"), { target: { value: 'SRE' } });
    await act(async () => fireEvent.click(within(owners).getByRole('button', { name: 'Add owner' })));
    await waitFor(async () => expect((await listOwners()).map((o) => [o.name, o.team])).toEqual([['Ana', null], ['Ben', 'SRE']]));

    const name = within(owners).getByLabelText('Name of Ana');
    fireEvent.change(name, { target: { value: 'Ana Ruiz' } });
    await act(async () => fireEvent.blur(name));
    await waitFor(async () => expect((await db.owners.get(owner.id))?.name).toBe('Ana Ruiz'));
    expect((await db.items.get(item.id))?.owner).toBe('Ana Ruiz');
  });

  it('erases everything only after ERASE is typed', async () => {
    await createItem({ title: 'Add alerts', kind: 'detect' });
    await renderApp('/settings');
    fireEvent.click(await screen.findByRole('button', { name: 'Erase all data…' }));
    const dialog = screen.getByRole('dialog', { name: 'Erase all data?' });
    const erase = within(dialog).getByRole('button', { name: 'Erase everything' }) as HTMLButtonElement;
    expect(erase.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Type ERASE to confirm'), { target: { value: 'erase' } });
    expect(erase.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Type ERASE to confirm'), { target: { value: 'ERASE' } });
    expect(erase.disabled).toBe(false);
    await act(async () => fireEvent.click(erase));
    await waitFor(async () => expect(await db.items.count()).toBe(0));
    expect(await db.themes.count()).toBeGreaterThan(0);
  });

  it('says why a bad backup file was refused and changes nothing', async () => {
    await createItem({ title: 'Add alerts', kind: 'detect' });
    const platform = fakePlatform({ openBackup: vi.fn(async () => ({ name: 'notes.json', bytes: new TextEncoder().encode('{"hello":1}') })) });
    await renderApp('/settings', platform);
    const restore = await screen.findByRole('button', { name: 'Restore…' });
    await act(async () => fireEvent.click(restore));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('notes.json: This file is not a Followthrough backup. Nothing was changed.');
    expect(await db.items.count()).toBe(1);
  });

  it('backs up through the platform and restores a backup after showing what it holds', async () => {
    await createItem({ title: 'Add alerts', kind: 'detect' });
    const backup = await exportBackupText();
    await createItem({ title: 'Made after the backup', kind: 'detect' });
    const saveFile = vi.fn(async () => ({ path: '/tmp/backup.json' }));
    const openBackup = vi.fn(async () => ({ name: 'backup.json', bytes: new TextEncoder().encode(backup) }));
    await renderApp('/settings', fakePlatform({ saveFile, openBackup }));

    const backUp = await screen.findByRole('button', { name: 'Back up…' });
    await act(async () => fireEvent.click(backUp));
    await waitFor(() => expect(saveFile).toHaveBeenCalledOnce());
    const request = (saveFile.mock.calls[0] as unknown as [{ suggestedName: string; data: string }])[0];
    expect(request.suggestedName).toMatch(/^followthrough-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(request.data).tables.items).toHaveLength(2);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Restore…' })));
    const dialog = await screen.findByRole('dialog', { name: 'Restore backup' });
    expect(within(dialog).getByText('action items', { exact: false }).textContent).toBe('1 action items');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Replace all my data' })));
    await waitFor(async () => expect((await db.items.toArray()).map((i) => i.title)).toEqual(['Add alerts']));
  });
});
