/** Sandboxed preload: exposes `PreloadApi` as `window.followthrough` and nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './preload-api';

contextBridge.exposeInMainWorld('followthrough', createPreloadApi(ipcRenderer));
