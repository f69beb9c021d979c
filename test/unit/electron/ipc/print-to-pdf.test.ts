import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createPdfPrinter, withPrintCsp, type PrintWindow } from '../../../../electron/ipc/print-to-pdf';

describe('withPrintCsp', () => {
  it('puts the CSP first in an existing head', () => {
    const html = withPrintCsp('<!doctype html><html><head lang="en"><title>R</title></head><body></body></html>');
    expect(html).toMatch(/^<!doctype html><html><head lang="en"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; [^"]*"><title>/);
  });

  it('does not mistake <header> for <head>', () => {
    const html = withPrintCsp('<header>Report</header>');
    expect(html.startsWith('<!doctype html><meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(html.endsWith('<header>Report</header>')).toBe(true);
  });

  it('allows inline styles and data: images but nothing remote', () => {
    const csp = /content="([^"]*)"/.exec(withPrintCsp('<p>x</p>'))?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).toContain('img-src data:');
    expect(csp).not.toMatch(/script-src|https?:/);
  });
});

function fakeWindowClass(print: (options: PrintToPDFOptions) => Promise<Uint8Array>) {
  const seen: { options?: BrowserWindowConstructorOptions; page?: string; pageHtml?: string; destroyed: boolean } = { destroyed: false };
  class FakePrintWindow implements PrintWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      seen.options = options;
    }
    async loadFile(path: string) {
      seen.page = path;
      seen.pageHtml = readFileSync(path, 'utf8');
    }
    webContents = { printToPDF: vi.fn(print) };
    destroy() {
      seen.destroyed = true;
    }
  }
  return { FakePrintWindow, seen };
}

describe('createPdfPrinter', () => {
  it('prints in a hidden, sandboxed window without JavaScript and cleans up', async () => {
    const { FakePrintWindow, seen } = fakeWindowClass(async () => new Uint8Array([37, 80, 68, 70]));
    const pdf = await createPdfPrinter(FakePrintWindow)('<html><head></head><body><h1>Q3 review</h1></body></html>');
    expect(pdf).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(seen.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
    });
    expect(seen.options?.webPreferences).not.toHaveProperty('preload');
    expect(seen.pageHtml).toContain('Content-Security-Policy');
    expect(seen.pageHtml).toContain('<h1>Q3 review</h1>');
    expect(seen.destroyed).toBe(true);
    expect(existsSync(dirname(seen.page ?? '/nonexistent/x'))).toBe(false);
  });

  it('destroys the window and removes the page even when printing fails', async () => {
    const { FakePrintWindow, seen } = fakeWindowClass(async () => Promise.reject(new Error('printing failed')));
    await expect(createPdfPrinter(FakePrintWindow)('<p>x</p>')).rejects.toThrow('printing failed');
    expect(seen.destroyed).toBe(true);
    expect(existsSync(dirname(seen.page ?? '/nonexistent/x'))).toBe(false);
  });
});
