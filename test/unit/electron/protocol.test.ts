import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, mimeTypeFor, resolveAppPath } from '../../../electron/protocol';

let root: string;
let buildDir: string;
const SECRET = 'top secret: outside the build folder';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'followthrough-protocol-'));
  buildDir = join(root, 'renderer');
  mkdirSync(join(buildDir, 'assets'), { recursive: true });
  writeFileSync(join(buildDir, 'index.html'), '<!doctype html><title>Followthrough</title>');
  writeFileSync(join(buildDir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(buildDir, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(buildDir, 'assets', 'parse.worker-x.js'), 'self.onmessage=null');
  writeFileSync(join(root, 'secret.txt'), SECRET);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function handler() {
  const read = vi.fn((path: string) => readFile(path));
  return { handle: createAppProtocolHandler({ buildDir, readFile: read }), read };
}

const get = (url: string, method = 'GET') => new Request(url, { method });

describe('app:// scheme privileges', () => {
  it('is a standard, secure scheme (stable origin for IndexedDB) that does not bypass CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeFalsy();
  });
});

describe('app:// protocol handler', () => {
  it('serves index.html with the strict Content-Security-Policy', async () => {
    const response = await handler().handle(get('app://app/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Followthrough</title>');
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "img-src 'self' data:",
      "worker-src 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('serves the root as index.html', async () => {
    const response = await handler().handle(get('app://app/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Followthrough');
  });

  it.each([
    ['app://app/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['app://app/assets/index-abc.css', 'text/css; charset=utf-8'],
    ['app://app/assets/parse.worker-x.js?worker_file&type=module', 'text/javascript; charset=utf-8'],
  ])('serves %s as %s', async (url, mime) => {
    const response = await handler().handle(get(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(mime);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('answers an unknown route with 404, not index.html (the renderer uses hash routing)', async () => {
    const response = await handler().handle(get('app://app/incidents'));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('Followthrough');
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'])('refuses %s with 405', async (method) => {
    const { handle, read } = handler();
    const response = await handle(get('app://app/index.html', method));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    expect(read).not.toHaveBeenCalled();
  });

  it.each([
    'app://app/../secret.txt',
    'app://app/../../etc/passwd',
    'app://app/%2e%2e/secret.txt',
    'app://app/%2E%2E/%2E%2E/secret.txt',
    'app://app/..%2fsecret.txt',
    'app://app/assets/..%2f..%2fsecret.txt',
    'app://app/..%5csecret.txt',
    'app://app/%2fetc%2fpasswd',
    'app://app//etc/passwd',
    'app://app/C:%5CWindows%5Cwin.ini',
    'app://app/index.html%00.js',
    'app://app/%E0%A4%A',
    'app://evil/secret.txt',
    'file:///etc/passwd',
  ])('never serves anything outside the build folder: %s', async (url) => {
    const { handle, read } = handler();
    const response = await handle(get(url));
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain(SECRET);
    for (const [path] of read.mock.calls) expect(path.startsWith(buildDir + sep)).toBe(true);
  });

  it('propagates read errors other than a missing file', async () => {
    const failure = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    const handle = createAppProtocolHandler({ buildDir, readFile: () => Promise.reject(failure) });
    await expect(handle(get('app://app/index.html'))).rejects.toBe(failure);
  });
});

describe('resolveAppPath', () => {
  it('maps a URL path to a file inside the build folder', () => {
    expect(resolveAppPath('/opt/app/renderer', 'app://app/assets/a%20b.js')).toEqual({
      kind: 'file',
      path: join('/opt/app/renderer', 'assets', 'a b.js'),
    });
  });

  it.each([
    ['app://app/..%2f..%2fetc%2fpasswd', 'path traversal'],
    ['app://app/a%5c..%5c..%5cb', 'forbidden character'],
    ['app://app/%E0%A4%A', 'malformed escape'],
    ['app://other/index.html', 'foreign origin'],
    ['::', 'malformed URL'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(resolveAppPath('/opt/app/renderer', url)).toEqual({ kind: 'refused', reason });
  });
});

describe('mimeTypeFor', () => {
  it('knows the build output types and falls back to octet-stream', () => {
    expect(mimeTypeFor('a/b.SVG')).toBe('image/svg+xml');
    expect(mimeTypeFor('font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('unknown.xyz')).toBe('application/octet-stream');
  });
});
