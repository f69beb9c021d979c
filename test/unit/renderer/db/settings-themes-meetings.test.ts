import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  createItem,
  db,
  deleteTheme,
  endMeeting,
  eraseAll,
  getLastEndedMeeting,
  getSetting,
  getStorageStatus,
  listThemes,
  requestPersistentStorage,
  restoreDefaultThemes,
  saveTheme,
  setSetting,
  startMeeting,
  TrackerRuleError,
  updateMeeting,
} from '../../../../renderer/db';
import { DEFAULT_THEMES } from '../../../../shared/taxonomy';
import { resetDatabase } from './builders';

beforeEach(resetDatabase);

describe('themes', () => {
  it('start as the default taxonomy, and come back after erasing everything', async () => {
    expect((await listThemes()).map((theme) => theme.id).sort()).toEqual(DEFAULT_THEMES.map((theme) => theme.id).sort());
    await createItem({ title: 'A', kind: 'detect' });
    await saveTheme({ ...DEFAULT_THEMES[0]!, label: 'Renamed' });
    await eraseAll();
    expect(await db.items.count()).toBe(0);
    expect(await listThemes()).toEqual(expect.arrayContaining(DEFAULT_THEMES));
  });

  it('refuse an invalid theme and deleting one in use; restoring defaults keeps edits', async () => {
    await expect(saveTheme({ ...DEFAULT_THEMES[0]!, id: 'Not An Id' })).rejects.toThrow(TrackerRuleError);
    await createItem({ title: 'A', kind: 'detect', themes: ['monitoring'] });
    await expect(deleteTheme('monitoring')).rejects.toThrow(/retire it instead/);
    await deleteTheme('security');
    await saveTheme({ ...DEFAULT_THEMES.find((theme) => theme.id === 'canary')!, label: 'Canaries!' });
    expect(await restoreDefaultThemes()).toBe(1);
    const themes = await listThemes();
    expect(themes.some((theme) => theme.id === 'security')).toBe(true);
    expect(themes.find((theme) => theme.id === 'canary')?.label).toBe('Canaries!');
  });
});

describe('settings', () => {
  it('read back what was stored, or the fallback when the stored value does not fit', async () => {
    const Density = z.enum(['compact', 'comfortable']);
    expect(await getSetting('density', Density, 'comfortable')).toBe('comfortable');
    await setSetting('density', 'compact');
    expect(await getSetting('density', Density, 'comfortable')).toBe('compact');
    await setSetting('density', 42);
    expect(await getSetting('density', Density, 'comfortable')).toBe('comfortable');
  });
});

describe('meetings', () => {
  it('are started, changed and ended; the last ended one is found', async () => {
    const scope = { kind: 'all-open', value: null, order: 'due' } as const;
    const first = await startMeeting({ title: 'Week 1', scope, itemIds: [] });
    const second = await startMeeting({ title: 'Week 2', scope, itemIds: ['x'] });
    await endMeeting(first.id);
    expect((await getLastEndedMeeting())?.id).toBe(first.id);
    expect((await updateMeeting(second.id, { itemIds: ['x', 'y'] })).itemIds).toEqual(['x', 'y']);
    await expect(updateMeeting('missing', { title: 'x' })).rejects.toThrow(TrackerRuleError);
  });
});

describe('storage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports use and quota, and asks for persistence only when not yet persisted', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', {
      storage: { estimate: async () => ({ usage: 1024, quota: 4096 }), persisted: async () => false, persist },
    });
    expect(await getStorageStatus()).toEqual({ usageBytes: 1024, quotaBytes: 4096, persisted: false });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('says nothing where there is no storage manager', async () => {
    vi.stubGlobal('navigator', {});
    expect(await getStorageStatus()).toBeNull();
    expect(await requestPersistentStorage()).toBe(false);
  });
});
