import { describe, expect, it } from 'vitest';
import { isSameOrigin, PRODUCTION_ENTRY_URL, rendererEntryUrl } from '../../../electron/origin';

describe('rendererEntryUrl', () => {
  it('loads the app:// build when packaged, even if ELECTRON_RENDERER_URL is set', () => {
    expect(rendererEntryUrl('http://localhost:5173', true)).toBe('app://app/index.html');
    expect(PRODUCTION_ENTRY_URL).toBe('app://app/index.html');
  });

  it('loads the electron-vite dev server in development', () => {
    expect(rendererEntryUrl('http://localhost:5173', false)).toBe('http://localhost:5173');
  });

  it('falls back to the build in development without a dev server', () => {
    expect(rendererEntryUrl(undefined, false)).toBe('app://app/index.html');
  });
});

describe('isSameOrigin', () => {
  it.each([
    ['app://app/index.html#/items', true],
    ['app://app/assets/worker.js', true],
    ['app://evil/index.html', false],
    ['app://app.evil/index.html', false],
    ['app://user@evil/index.html', false],
    ['https://app/index.html', false],
    ['file:///app/index.html', false],
    ['not a url', false],
  ])('%s against app://app → %s', (url, expected) => {
    expect(isSameOrigin(url, PRODUCTION_ENTRY_URL)).toBe(expected);
  });

  it('compares the port of a dev server', () => {
    expect(isSameOrigin('http://localhost:5173/#/review', 'http://localhost:5173/')).toBe(true);
    expect(isSameOrigin('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });
});
