import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, type IpcHandlerDeps } from '../../../../electron/ipc/handlers';

function setup(overrides: Partial<IpcHandlerDeps> = {}) {
  const deps = {
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/p/a.md', '/p/b.html'] })),
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/out/report.md' })),
    readOpenedFile: vi.fn(async (path: string) => ({ name: path.slice(3), bytes: new Uint8Array([7]) })),
    writeFile: vi.fn(async () => undefined),
    printHtmlToPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    openLinkInBrowser: vi.fn(async () => undefined),
    setThemeSource: vi.fn(),
    appVersion: '1.2.3',
    ...overrides,
  } satisfies IpcHandlerDeps;
  return { deps, handlers: createIpcHandlers(deps) };
}

describe('openPostmortems', () => {
  it('reads every picked file', async () => {
    const { deps, handlers } = setup();
    await expect(handlers.openPostmortems()).resolves.toEqual([
      { name: 'a.md', bytes: new Uint8Array([7]) },
      { name: 'b.html', bytes: new Uint8Array([7]) },
    ]);
    const [options] = vi.mocked(deps.showOpenDialog).mock.calls[0] as unknown as [{ properties: string[]; filters: { extensions: string[] }[] }];
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters[0]?.extensions).toEqual(['txt', 'md', 'markdown', 'html', 'htm', 'json']);
  });

  it('returns nothing when cancelled', async () => {
    const { deps, handlers } = setup({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) });
    await expect(handlers.openPostmortems()).resolves.toEqual([]);
    expect(deps.readOpenedFile).not.toHaveBeenCalled();
  });
});

describe('openBackup', () => {
  it('reads the one picked backup', async () => {
    const { handlers } = setup({ showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/b/backup.json'] })) });
    await expect(handlers.openBackup()).resolves.toEqual({ name: 'backup.json', bytes: new Uint8Array([7]) });
  });

  it('returns null when cancelled', async () => {
    const { handlers } = setup({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) });
    await expect(handlers.openBackup()).resolves.toBeNull();
  });
});

describe('saveFile', () => {
  const request = { suggestedName: 'report.md', data: '# Report', filters: [{ name: 'Markdown', extensions: ['md'] }] };

  it('writes the data where the user chose', async () => {
    const { deps, handlers } = setup();
    await expect(handlers.saveFile(request)).resolves.toEqual({ path: '/out/report.md' });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'report.md', filters: request.filters }));
    expect(deps.writeFile).toHaveBeenCalledWith('/out/report.md', '# Report');
  });

  it.each([
    { canceled: true, filePath: '' },
    { canceled: false, filePath: '' },
  ])('writes nothing and returns null for %j', async (answer) => {
    const { deps, handlers } = setup({ showSaveDialog: vi.fn(async () => answer) });
    await expect(handlers.saveFile(request)).resolves.toBeNull();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });
});

describe('printToPdf', () => {
  it('asks where, prints the HTML and writes the PDF there', async () => {
    const { deps, handlers } = setup({ showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/out/report.pdf' })) });
    await expect(handlers.printToPdf({ html: '<h1>Report</h1>', suggestedName: 'report.pdf' })).resolves.toEqual({ path: '/out/report.pdf' });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ filters: [{ name: 'PDF', extensions: ['pdf'] }] }));
    expect(deps.printHtmlToPdf).toHaveBeenCalledWith('<h1>Report</h1>');
    expect(deps.writeFile).toHaveBeenCalledWith('/out/report.pdf', new Uint8Array([37, 80, 68, 70]));
  });

  it('prints nothing when the dialog is cancelled', async () => {
    const { deps, handlers } = setup({ showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) });
    await expect(handlers.printToPdf({ html: '<p/>', suggestedName: 'r.pdf' })).resolves.toBeNull();
    expect(deps.printHtmlToPdf).not.toHaveBeenCalled();
  });
});

describe('the small handlers', () => {
  it('opens links through the checked helper, and passes its refusal on', async () => {
    const refusal = new Error('Refused');
    const { deps, handlers } = setup({ openLinkInBrowser: vi.fn(async (url: string) => (url.startsWith('https:') ? undefined : Promise.reject(refusal))) });
    await handlers.openExternal('https://example.com');
    expect(deps.openLinkInBrowser).toHaveBeenCalledWith('https://example.com');
    await expect(handlers.openExternal('file:///etc/passwd')).rejects.toBe(refusal);
  });

  it('sets nativeTheme.themeSource from the theme preference', async () => {
    const { deps, handlers } = setup();
    await handlers.setThemePreference('dark');
    expect(deps.setThemeSource).toHaveBeenCalledWith('dark');
  });

  it('reports the app version', async () => {
    await expect(setup().handlers.getVersion()).resolves.toBe('1.2.3');
  });
});
