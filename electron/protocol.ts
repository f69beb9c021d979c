/**
 * The privileged app:// scheme: serves the built renderer (out/renderer) and nothing
 * else, GET only, with the strict Content-Security-Policy on every response.
 */
import { extname, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './origin';

/** Registered before `app` is ready: a standard, secure scheme gets a stable origin for IndexedDB. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The headers every app:// response carries. */
export function responseHeaders(mimeType: string): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': mimeType, 'X-Content-Type-Options': 'nosniff' };
  // Assigned as a string literal so Electronegativity's CSP check can read and evaluate it.
  headers['Content-Security-Policy'] =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  return headers;
}

export type AppPathResolution = { kind: 'file'; path: string } | { kind: 'refused'; reason: string };

/**
 * Maps an app:// URL to a file inside `buildDir`. Decoding happens once, after which any
 * `..` segment, backslash, colon or NUL refuses the request, and the resolved path must
 * still lie inside `buildDir` (belt and braces).
 */
export function resolveAppPath(buildDir: string, requestUrl: string): AppPathResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', reason: 'malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { kind: 'refused', reason: 'foreign origin' };

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'refused', reason: 'malformed escape' };
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  if (/[\\:\0]/.test(pathname)) return { kind: 'refused', reason: 'forbidden character' };
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.length === 0 || segments.some((segment) => segment === '..' || segment === '.')) {
    return { kind: 'refused', reason: 'path traversal' };
  }

  const root = resolve(buildDir);
  const path = resolve(root, ...segments);
  if (!path.startsWith(root + sep)) return { kind: 'refused', reason: 'outside the build folder' };
  return { kind: 'file', path };
}

export interface AppProtocolDeps {
  /** Absolute path of the built renderer (out/renderer). */
  buildDir: string;
  readFile(path: string): Promise<Uint8Array<ArrayBuffer>>;
}

function textResponse(status: number, message: string, extraHeaders: Record<string, string> = {}): Response {
  return new Response(message, { status, headers: { ...responseHeaders('text/plain; charset=utf-8'), ...extraHeaders } });
}

function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/**
 * The `protocol.handle('app', …)` handler. The renderer uses hash routing, so an unknown
 * path is a 404, never index.html.
 */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return textResponse(405, 'Method not allowed', { Allow: 'GET' });
    const resolution = resolveAppPath(deps.buildDir, request.url);
    if (resolution.kind === 'refused') return textResponse(400, `Refused: ${resolution.reason}`);
    try {
      const body = await deps.readFile(resolution.path);
      return new Response(body, { status: 200, headers: responseHeaders(mimeTypeFor(resolution.path)) });
    } catch (error) {
      if (isMissingFile(error)) return textResponse(404, 'Not found');
      throw error;
    }
  };
}
