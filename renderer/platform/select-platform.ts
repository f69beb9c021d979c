import type { PreloadApi } from '../../shared/ipc';
import { createElectronPlatform } from './electron';
import type { Platform } from './platform';
import { createWebPlatform } from './web';

type WindowWithBridge = Window & { followthrough?: unknown };

function isPreloadApi(value: unknown): value is PreloadApi {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return typeof api.openPostmortems === 'function' && typeof api.onMenuCommand === 'function';
}

/** Called once at start-up: the preload bridge when the desktop app exposes one, the browser otherwise. */
export function selectPlatform(win: Window): Platform {
  const bridge = (win as WindowWithBridge).followthrough;
  return isPreloadApi(bridge) ? createElectronPlatform(bridge, win) : createWebPlatform(win);
}
