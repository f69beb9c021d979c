/**
 * The object the preload exposes as `window.followthrough`: exactly `PreloadApi`, built
 * over the few ipcRenderer functions it needs. Listeners receive only the payload, never
 * the IPC event (which would hand the page `sender`, i.e. ipcRenderer).
 */
import { IPC_CHANNELS } from '../shared/ipc-channels';
import type { InvokeArgs, InvokeMethod, InvokeResult, MenuCommand, OpenedFile, PreloadApi } from '../shared/ipc';

/** The part of `ipcRenderer` used here. */
export interface PreloadIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createPreloadApi(ipc: PreloadIpc): PreloadApi {
  const invoke = <M extends InvokeMethod>(method: M, ...args: InvokeArgs<M>) =>
    ipc.invoke(IPC_CHANNELS[method], ...args) as Promise<InvokeResult<M>>;

  function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
    const forward = (_event: unknown, payload: unknown) => listener(payload as T);
    ipc.on(channel, forward);
    return () => {
      ipc.removeListener(channel, forward);
    };
  }

  return {
    openPostmortems: () => invoke('openPostmortems'),
    openBackup: () => invoke('openBackup'),
    saveFile: (request) => invoke('saveFile', request),
    printToPdf: (request) => invoke('printToPdf', request),
    openExternal: (url) => invoke('openExternal', url),
    setThemePreference: (preference) => invoke('setThemePreference', preference),
    getVersion: () => invoke('getVersion'),
    onMenuCommand: (listener) => subscribe<MenuCommand>(IPC_CHANNELS.menuCommand, listener),
    onOpenFiles(listener) {
      const unsubscribe = subscribe<OpenedFile[]>(IPC_CHANNELS.openFiles, listener);
      // Files handed over before the renderer was listening wait in the main process until now.
      ipc.send(IPC_CHANNELS.readyForFiles);
      return unsubscribe;
    },
  };
}
