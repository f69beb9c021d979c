/**
 * Prints self-contained report HTML to PDF in a hidden window that runs no JavaScript,
 * has no preload and may load nothing but inline styles and data: images.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';

const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";
const PRINT_CSP_META = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`;

/** The report HTML with the print CSP as the first thing in its head, so it governs everything after it. */
export function withPrintCsp(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + PRINT_CSP_META + html.slice(head.index + head[0].length);
  return `<!doctype html>${PRINT_CSP_META}${html}`;
}

/** The part of `BrowserWindow` printing uses. */
export interface PrintWindow {
  loadFile(path: string): Promise<void>;
  webContents: { printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> };
  destroy(): void;
}

export type PrintWindowConstructor = new (options: BrowserWindowConstructorOptions) => PrintWindow;

export function createPdfPrinter(BrowserWindow: PrintWindowConstructor): (html: string) => Promise<Uint8Array> {
  return async (html) => {
    // A file rather than a data: URL, which Chromium caps at 2 MB.
    const folder = await mkdtemp(join(tmpdir(), 'followthrough-print-'));
    const window = new BrowserWindow({
      show: false,
      webPreferences: {
        javascript: false,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    try {
      const page = join(folder, 'report.html');
      await writeFile(page, withPrintCsp(html), 'utf8');
      await window.loadFile(page);
      return await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
    } finally {
      window.destroy();
      await rm(folder, { recursive: true, force: true });
    }
  };
}
