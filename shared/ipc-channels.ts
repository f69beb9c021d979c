/**
 * Every IPC channel name, once. Kept apart from the zod schemas in ipc.ts (which re-exports
 * it) so the sandboxed preload bundle needs neither the schemas nor zod.
 * Invoke channels are keyed by their `PreloadApi` method.
 */
export const IPC_CHANNELS = {
  openPostmortems: 'followthrough:open-postmortems',
  openBackup: 'followthrough:open-backup',
  saveFile: 'followthrough:save-file',
  printToPdf: 'followthrough:print-to-pdf',
  openExternal: 'followthrough:open-external',
  setThemePreference: 'followthrough:set-theme-preference',
  getVersion: 'followthrough:get-version',
  /** main → renderer: a `MenuCommand`. */
  menuCommand: 'followthrough:menu-command',
  /** main → renderer: `OpenedFile[]` handed over by the OS or a second launch. */
  openFiles: 'followthrough:open-files',
  /** renderer → main: a listener for `openFiles` is attached, queued files may be sent. */
  readyForFiles: 'followthrough:ready-for-files',
} as const;
