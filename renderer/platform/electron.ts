import type { OpenedFile, PreloadApi } from '../../shared/ipc';
import { listenForDroppedFiles } from './file-drop';
import type { Platform } from './platform';

/** The platform inside the desktop app: the preload bridge, plus files dropped on the window. */
export function createElectronPlatform(api: PreloadApi, win: Window): Platform {
  return {
    openPostmortems: () => api.openPostmortems(),
    openBackup: () => api.openBackup(),
    saveFile: (request) => api.saveFile(request),
    printToPdf: (request) => api.printToPdf(request),
    openExternal: (url) => api.openExternal(url),
    getVersion: () => api.getVersion(),
    setThemePreference: (preference) => api.setThemePreference(preference),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onOpenFiles(listener: (files: OpenedFile[]) => void): () => void {
      const stopBridge = api.onOpenFiles(listener);
      const stopDrops = listenForDroppedFiles(win, listener);
      return () => {
        stopBridge();
        stopDrops();
      };
    },
  };
}
