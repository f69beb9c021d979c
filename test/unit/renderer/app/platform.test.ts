import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand, OpenedFile, PreloadApi } from '../../../../shared/ipc';
import { selectPlatform } from '../../../../renderer/platform/select-platform';
import { createWebPlatform } from '../../../../renderer/platform/web';
import { printHtml } from '../../../../renderer/platform/print-document';

/** jsdom's File lacks arrayBuffer(); the platform only needs the name and the bytes. */
function fakeFile(name: string, text: string): File {
  const bytes = new TextEncoder().encode(text);
  return { name, arrayBuffer: async () => bytes.buffer } as unknown as File;
}

function fakePreloadApi(): PreloadApi & { emitOpenFiles(files: OpenedFile[]): void } {
  let openFilesListener: ((files: OpenedFile[]) => void) | null = null;
  return {
    openPostmortems: vi.fn(async () => [{ name: 'a.md', bytes: new Uint8Array([1]) }]),
    openBackup: vi.fn(async () => null),
    saveFile: vi.fn(async () => ({ path: '/home/me/report.md' })),
    printToPdf: vi.fn(async () => null),
    openExternal: vi.fn(async () => undefined),
    setThemePreference: vi.fn(async () => undefined),
    getVersion: vi.fn(async () => '9.9.9'),
    onMenuCommand: vi.fn(() => () => {}),
    onOpenFiles(listener) {
      openFilesListener = listener;
      return () => {
        openFilesListener = null;
      };
    },
    emitOpenFiles: (files) => openFilesListener?.(files),
  };
}

function dropEvent(files: File[]): Event {
  const event = new Event('drop', { cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files } });
  return event;
}

afterEach(() => {
  delete (window as { followthrough?: unknown }).followthrough;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('selectPlatform', () => {
  it('uses the preload bridge when the desktop app exposes one', async () => {
    const api = fakePreloadApi();
    Object.assign(window, { followthrough: api });
    const platform = selectPlatform(window);
    expect(await platform.getVersion()).toBe('9.9.9');
    expect(await platform.saveFile({ suggestedName: 'report.md', data: '#', filters: [] })).toEqual({ path: '/home/me/report.md' });
    expect(api.saveFile).toHaveBeenCalledOnce();
  });

  it('uses the browser when there is no bridge, or something that is not one', async () => {
    Object.assign(window, { followthrough: { version: '0.1.0' } });
    // The web build has no version injected under test; the bridge would have answered '9.9.9'.
    expect(await selectPlatform(window).getVersion()).toBe('development');
  });

  it('in the desktop app, delivers both files from the OS and files dropped on the window', async () => {
    const api = fakePreloadApi();
    Object.assign(window, { followthrough: api });
    const received: string[] = [];
    const stop = selectPlatform(window).onOpenFiles((files) => received.push(...files.map((f) => f.name)));
    api.emitOpenFiles([{ name: 'from-os.txt', bytes: new Uint8Array() }]);
    window.dispatchEvent(dropEvent([fakeFile('dropped.md', '# x')]));
    await vi.waitFor(() => expect(received).toEqual(['from-os.txt', 'dropped.md']));
    stop();
    api.emitOpenFiles([{ name: 'late.txt', bytes: new Uint8Array() }]);
    expect(received).toHaveLength(2);
  });
});

describe('web platform', () => {
  it('opens postmortems through a hidden multi-file input and reads their bytes', async () => {
    const clicked = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      expect(this.multiple).toBe(true);
      expect(this.accept).toContain('.md');
      Object.defineProperty(this, 'files', { value: [fakeFile('one.md', 'hi'), fakeFile('two.txt', 'yo')] });
      this.dispatchEvent(new Event('change'));
    });
    const files = await createWebPlatform(window).openPostmortems();
    expect(clicked).toHaveBeenCalledOnce();
    expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ['one.md', 'hi'],
      ['two.txt', 'yo'],
    ]);
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('resolves to nothing when the file chooser is cancelled', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      this.dispatchEvent(new Event('cancel'));
    });
    const platform = createWebPlatform(window);
    expect(await platform.openPostmortems()).toEqual([]);
    expect(await platform.openBackup()).toBeNull();
  });

  it('saves a file as a download with the suggested name', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:report');
    URL.revokeObjectURL = vi.fn();
    let downloaded: string | null = null;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = `${this.download} ${this.href}`;
    });
    const result = await createWebPlatform(window).saveFile({ suggestedName: 'items.csv', data: new Uint8Array([65]), filters: [] });
    expect(result).toEqual({ path: 'items.csv' });
    expect(downloaded).toBe('items.csv blob:report');
  });

  it('opens only http(s) links', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const platform = createWebPlatform(window);
    await platform.openExternal('https://status.example.com/incidents/1');
    expect(open).toHaveBeenCalledWith('https://status.example.com/incidents/1', '_blank', 'noopener,noreferrer');
    await expect(platform.openExternal('javascript:alert(1)')).rejects.toThrow(/http/);
    await expect(platform.openExternal('file:///etc/passwd')).rejects.toThrow(/http/);
    expect(open).toHaveBeenCalledOnce();
  });

  it('turns the menu accelerators into menu commands', () => {
    const commands: MenuCommand[] = [];
    const stop = createWebPlatform(window).onMenuCommand((command) => commands.push(command));
    const ctrlO = new KeyboardEvent('keydown', { key: 'o', ctrlKey: true, cancelable: true });
    window.dispatchEvent(ctrlO);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', ctrlKey: true }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'o' }));
    stop();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'o', ctrlKey: true }));
    expect(commands).toEqual(['import-postmortems', 'export-report']);
    expect(ctrlO.defaultPrevented).toBe(true);
  });
});

describe('printHtml', () => {
  it('prints the report alone, without its scripts or handlers, and then restores the page', () => {
    document.title = 'Reports · Followthrough';
    document.body.innerHTML = '<div id="root">app</div>';
    let printed = '';
    const win = {
      document,
      print: () => {
        printed = document.querySelector('.print-document')?.innerHTML ?? '';
        expect(document.body.classList.contains('printing-document')).toBe(true);
        expect(document.title).toBe('Q3 remediation');
      },
    } as unknown as Window;
    printHtml(
      win,
      '<html><head><style>h1{color:red}</style><script>bad()</script></head><body><h1 onclick="bad()" style="color: blue">Q3</h1><img src="x" onerror="bad()"><iframe src="https://evil"></iframe></body></html>',
      'Q3 remediation.pdf',
    );
    expect(printed).toContain('Q3</h1>');
    expect(printed).not.toMatch(/script|onclick|onerror|iframe/);
    expect(printed).toContain('color: blue');
    expect(document.querySelector('.print-document')).toBeNull();
    expect(document.body.classList.contains('printing-document')).toBe(false);
    expect(document.title).toBe('Reports · Followthrough');
  });
});
