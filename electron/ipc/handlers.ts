/**
 * What each invoke method does, over injected Electron and file-system functions.
 * Arguments arrive already validated (see register.ts).
 */
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  BACKUP_FILE_EXTENSIONS,
  POSTMORTEM_FILE_EXTENSIONS,
  type InvokeArgs,
  type InvokeMethod,
  type InvokeResult,
  type SaveFileResult,
  type ThemePreference,
} from '../../shared/ipc';
import type { ReadOpenedFile } from '../opened-file';
import type { OpenLinkInBrowser } from '../security';

/** One function per `PreloadApi` invoke method, typed by the contract in shared/ipc.ts. */
export type IpcHandlers = { [M in InvokeMethod]: (...args: InvokeArgs<M>) => Promise<InvokeResult<M>> };

export interface IpcHandlerDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  readOpenedFile: ReadOpenedFile;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  printHtmlToPdf(html: string): Promise<Uint8Array>;
  openLinkInBrowser: OpenLinkInBrowser;
  setThemeSource(preference: ThemePreference): void;
  appVersion: string;
}

export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers {
  async function chooseSavePath(suggestedName: string, filters: { name: string; extensions: string[] }[]): Promise<string | null> {
    const result = await deps.showSaveDialog({ defaultPath: suggestedName, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] });
    return result.canceled || !result.filePath ? null : result.filePath;
  }

  async function save(path: string | null, data: () => Promise<string | Uint8Array>): Promise<SaveFileResult> {
    if (path === null) return null;
    await deps.writeFile(path, await data());
    return { path };
  }

  return {
    async openPostmortems() {
      const result = await deps.showOpenDialog({
        title: 'Import postmortems',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Postmortems', extensions: [...POSTMORTEM_FILE_EXTENSIONS] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      if (result.canceled) return [];
      return Promise.all(result.filePaths.map((path) => deps.readOpenedFile(path)));
    },

    async openBackup() {
      const result = await deps.showOpenDialog({
        title: 'Restore from backup',
        properties: ['openFile'],
        filters: [{ name: 'Followthrough backup', extensions: [...BACKUP_FILE_EXTENSIONS] }],
      });
      const [path] = result.filePaths;
      return result.canceled || path === undefined ? null : deps.readOpenedFile(path);
    },

    async saveFile(request) {
      return save(await chooseSavePath(request.suggestedName, request.filters), async () => request.data);
    },

    async printToPdf(request) {
      // Ask where first: a cancelled dialog costs no printing.
      const path = await chooseSavePath(request.suggestedName, [{ name: 'PDF', extensions: ['pdf'] }]);
      return save(path, () => deps.printHtmlToPdf(request.html));
    },

    async openExternal(url) {
      await deps.openLinkInBrowser(url);
    },

    async setThemePreference(preference) {
      deps.setThemeSource(preference);
    },

    async getVersion() {
      return deps.appVersion;
    },
  };
}
