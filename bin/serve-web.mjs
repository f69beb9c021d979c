#!/usr/bin/env node
// Serves the built renderer (out/renderer) on 127.0.0.1 so Followthrough runs in a browser.
// GET and HEAD only, files inside the build folder only, and the same Content-Security-Policy
// the app declares in its index.html. PORT picks the port (default 5174; 0 picks a free one).
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const root = resolve(fileURLToPath(new URL('../out/renderer', import.meta.url)));

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
};

function readContentSecurityPolicy() {
  let html;
  try {
    html = readFileSync(join(root, 'index.html'), 'utf8');
  } catch {
    console.error(`No build at ${root}: run \`npx electron-vite build\` first.`);
    process.exit(1);
  }
  const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i);
  if (!meta) {
    console.error('index.html declares no Content-Security-Policy; refusing to serve it without one.');
    process.exit(1);
  }
  return meta[1];
}

const securityHeaders = {
  'Content-Security-Policy': readContentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

/** The file a request path names, or null when it is malformed or leaves the build folder. */
function resolveRequestPath(url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const file = resolve(root, `.${pathname}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

function reply(response, status, message, headers = {}) {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  response.end(message);
}

async function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return reply(response, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  }
  // Path traversal is checked on the raw URL too: new URL() would quietly collapse "/../".
  const rawPath = (request.url ?? '/').split('?')[0];
  if (/(^|\/)\.\.(\/|$)/.test(rawPath) || /%2e%2e|%2f|%5c/i.test(rawPath)) return reply(response, 400, 'Bad Request');
  let file = resolveRequestPath(request.url ?? '/');
  if (!file) return reply(response, 400, 'Bad Request');
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return reply(response, 404, 'Not Found');

  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
  });
  if (request.method === 'HEAD') return response.end();
  createReadStream(file).pipe(response);
}

const port = Number(process.env.PORT ?? 5174);
const server = createServer((request, response) => {
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) reply(response, 500, 'Internal Server Error');
    else response.destroy();
  });
});
server.listen(port, HOST, () => {
  const { port: actual } = server.address();
  console.log(`Followthrough is running at http://${HOST}:${actual}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
