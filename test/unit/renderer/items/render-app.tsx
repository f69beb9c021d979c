/** Rendering the whole app at a route, over fake-indexeddb, for the items and settings tests. */
import { act, render, type RenderResult } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../../../renderer/app/App';
import type { Platform } from '../../../../renderer/platform/platform';
import { useToastStore } from '../../../../renderer/stores/toasts';

export function fakePlatform(overrides: Partial<Platform> = {}): Platform {
  return {
    openPostmortems: vi.fn(async () => []),
    openBackup: vi.fn(async () => null),
    saveFile: vi.fn(async () => null),
    printToPdf: vi.fn(async () => null),
    openExternal: vi.fn(async () => undefined),
    getVersion: vi.fn(async () => '1.2.3'),
    setThemePreference: vi.fn(async () => undefined),
    onMenuCommand: () => () => {},
    onOpenFiles: () => () => {},
    ...overrides,
  };
}

let stubbed = false;

/** jsdom has no layout and no modal dialogs: give the table a viewport and dialogs an open state. */
export function stubBrowserLayout(): void {
  if (stubbed) return;
  stubbed = true;
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('items-grid') ? 600 : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('items-grid') ? 1000 : 0;
    },
  });
  Element.prototype.scrollTo = function scrollTo() {};
}

export async function renderApp(route: string, platform: Platform = fakePlatform()): Promise<RenderResult> {
  stubBrowserLayout();
  window.history.replaceState(null, '', `#${route}`);
  localStorage.clear();
  useToastStore.setState({ toasts: [] });
  const actions = { useHasData: () => true, importFiles: vi.fn(), loadSamples: vi.fn() };
  let result!: RenderResult;
  await act(async () => {
    result = render(<App platform={platform} firstRunActions={actions} />);
  });
  return result;
}

/** Presses a key on the focused element (or the body), as a user would. */
export async function press(key: string, init: KeyboardEventInit = {}, target: Element = document.activeElement ?? document.body) {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}
