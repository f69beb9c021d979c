import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The dev server injects an inline React-refresh script, inline styles and a websocket,
 * which the production CSP forbids. Loosen the policy for `electron-vite dev` only;
 * builds keep the strict one.
 */
function devServerCsp(): Plugin {
  return {
    name: 'followthrough-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
  };
}

export default defineConfig({
  main: {
    build: {
      // Bundle zod and shared/ into the main process: the package ships only out/** (electron-builder.yml).
      externalizeDeps: false,
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() packages: everything must be in the bundle.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload.ts') },
        // A sandboxed preload cannot load ES modules or other files: one CommonJS bundle.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    define: {
      'import.meta.env.APP_VERSION': JSON.stringify(JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')).version),
    },
    root: 'renderer',
    base: './',
    plugins: [react(), devServerCsp()],
    resolve: {
      // Its browser build decodes entities through `document`, which the parse worker lacks.
      alias: { 'decode-named-character-reference': resolve(__dirname, 'node_modules/decode-named-character-reference/index.js') },
    },
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
