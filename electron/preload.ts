import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('followthrough', { version: '0.1.0' });
