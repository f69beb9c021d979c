/**
 * Guards every webContents: no navigation away from the app, no redirects elsewhere,
 * no webviews, no new windows, no permissions. http(s) links open in the OS browser
 * through the one checked `openLinkInBrowser` (the only caller of shell.openExternal).
 */
import type { Shell } from 'electron';
import { isSameOrigin } from './origin';

/** Parses `url` and returns it only when it is an http(s) link the OS browser may open. */
export function externalBrowserUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

export type OpenLinkInBrowser = (url: string) => Promise<void>;

/** The one way the app opens anything outside itself: http(s) links only, every other scheme is refused. */
export function createOpenLinkInBrowser(shell: Pick<Shell, 'openExternal'>): OpenLinkInBrowser {
  return async (url) => {
    const checked = externalBrowserUrl(url);
    if (checked === null) throw new Error(`Refused to open "${url.slice(0, 200)}": only http and https links open outside the app.`);
    // Reviewed (Electronegativity flags every non-constant openExternal): the URL was parsed and
    // limited to http(s) just above (test/unit/electron/security.test.ts).
    await shell.openExternal(checked.href); // eng-disable OPEN_EXTERNAL_JS_CHECK
  };
}

export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationPolicy {
  /** The renderer's entry URL: navigation within its origin is allowed. */
  entryUrl: string;
  openLinkInBrowser: OpenLinkInBrowser;
}

function openOutside(url: string, policy: NavigationPolicy): void {
  if (externalBrowserUrl(url) === null) return;
  policy.openLinkInBrowser(url).catch((error: unknown) => console.error('Could not open link', error));
}

/** `will-navigate`: stay on the app's origin; an http(s) link opens in the OS browser instead. */
export function handleWillNavigate(event: PreventableEvent, url: string, policy: NavigationPolicy): void {
  if (isSameOrigin(url, policy.entryUrl)) return;
  event.preventDefault();
  openOutside(url, policy);
}

/** `will-redirect`: a redirect may never leave the app's origin. */
export function handleWillRedirect(event: PreventableEvent, url: string, policy: NavigationPolicy): void {
  if (!isSameOrigin(url, policy.entryUrl)) event.preventDefault();
}

/** `setWindowOpenHandler`: never a new Electron window; http(s) goes to the OS browser. */
export function handleWindowOpen(details: { url: string }, policy: NavigationPolicy): { action: 'deny' } {
  openOutside(details.url, policy);
  return { action: 'deny' };
}

/** The part of `WebContents` the guards attach to. */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Attached to every webContents the app creates (`app.on('web-contents-created')`). */
export function guardWebContents(contents: GuardableContents, policy: NavigationPolicy): void {
  contents.on('will-navigate', (event, url) => handleWillNavigate(event, url, policy));
  contents.on('will-redirect', (event, url) => handleWillRedirect(event, url, policy));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, policy));
}

/** The part of `Session` that decides permissions. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/** Every permission request (camera, notifications, geolocation, …) is denied, and every check answers no. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
