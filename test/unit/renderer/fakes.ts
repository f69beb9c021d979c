/** Stand-ins for what the shell hands the features: the platform (Electron or web) and the first-run actions. */
import { vi } from 'vitest';
import type { FirstRunActions } from '../../../renderer/app/first-run-actions';
import type { Platform } from '../../../renderer/platform/platform';

/** A platform that opens, saves and prints nothing; `overrides` keep their own (mock) types. */
export function fakePlatform<Overrides extends Partial<Platform> = Record<never, never>>(
  overrides: Overrides = {} as Overrides,
): Platform & Overrides {
  return {
    openPostmortems: vi.fn(async () => []),
    openBackup: vi.fn(async () => null),
    saveFile: vi.fn(async () => null),
    printToPdf: vi.fn(async () => null),
    openExternal: vi.fn(async () => undefined),
    getVersion: vi.fn(async () => '1.2.3'),
    setThemePreference: vi.fn(async () => undefined),
    onMenuCommand: () => () => undefined,
    onOpenFiles: () => () => undefined,
    ...overrides,
  };
}

/** First-run actions for a tracker that has data, unless `overrides` say otherwise. */
export function fakeFirstRunActions(overrides: Partial<FirstRunActions> = {}): FirstRunActions {
  return { useHasData: () => true, importFiles: vi.fn(), loadSamples: vi.fn(), ...overrides };
}
