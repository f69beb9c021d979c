/** Rendering the whole app at a route, over fake-indexeddb, for the items and settings tests. */
import { act, render, type RenderResult } from '@testing-library/react';
import { App } from '../../../../renderer/app/App';
import type { Platform } from '../../../../renderer/platform/platform';
import { useToastStore } from '../../../../renderer/stores/toasts';
import { fakeFirstRunActions, fakePlatform } from '../fakes';

let stubbed = false;

/** jsdom has no layout: give the table a viewport. */
export function stubBrowserLayout(): void {
  if (stubbed) return;
  stubbed = true;
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
  let result!: RenderResult;
  await act(async () => {
    result = render(<App platform={platform} firstRunActions={fakeFirstRunActions()} />);
  });
  return result;
}

/** Presses a key on the focused element (or the body), as a user would. */
export async function press(key: string, init: KeyboardEventInit = {}, target: Element = document.activeElement ?? document.body) {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}
