/**
 * Where the renderer lives: the privileged app:// scheme in production, the
 * electron-vite dev server in development. Navigation guards and IPC sender checks
 * both trust exactly this origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'app';
export const PRODUCTION_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The URL the main window loads. A packaged app ignores ELECTRON_RENDERER_URL, so an
 * environment variable can never point the app at another server.
 */
export function rendererEntryUrl(devServerUrl: string | undefined, isPackaged: boolean): string {
  return !isPackaged && devServerUrl ? devServerUrl : PRODUCTION_ENTRY_URL;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether `url` has the same scheme, host and port as `entryUrl`. (URL.origin cannot be
 * used: WHATWG gives custom schemes such as app:// the opaque origin "null".)
 */
export function isSameOrigin(url: string, entryUrl: string): boolean {
  const candidate = parseUrl(url);
  const entry = parseUrl(entryUrl);
  return candidate !== null && entry !== null && candidate.host !== '' && candidate.protocol === entry.protocol && candidate.host === entry.host;
}
