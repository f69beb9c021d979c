/** Renders a feature component with the providers the shell gives it, over fakes. */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { FirstRunActionsContext, type FirstRunActions } from '../../../../renderer/app/first-run-actions';
import type { Platform } from '../../../../renderer/platform/platform';
import { PlatformProvider } from '../../../../renderer/platform/PlatformProvider';

export function fakePlatform(): Platform {
  return {
    openPostmortems: vi.fn(async () => []),
    openBackup: vi.fn(async () => null),
    saveFile: vi.fn(async () => null),
    printToPdf: vi.fn(async () => null),
    openExternal: vi.fn(async () => undefined),
    getVersion: vi.fn(async () => 'test'),
    setThemePreference: vi.fn(async () => undefined),
    onMenuCommand: () => () => undefined,
    onOpenFiles: () => () => undefined,
  };
}

export function renderFeature(ui: ReactElement, actions: Partial<FirstRunActions> = {}): RenderResult & { actions: FirstRunActions } {
  const all: FirstRunActions = { useHasData: () => true, importFiles: vi.fn(), loadSamples: vi.fn(), ...actions };
  const result = render(
    <PlatformProvider platform={fakePlatform()}>
      <FirstRunActionsContext value={all}>{ui}</FirstRunActionsContext>
    </PlatformProvider>,
  );
  return { ...result, actions: all };
}
