import type { PreloadApi } from '../../shared/ipc';

/**
 * Everything the renderer asks of the operating system. Two implementations exist
 * (electron.ts over the preload bridge, web.ts over browser APIs), chosen once at
 * start-up; components reach it through `usePlatform()` and never know which they have.
 *
 * The signatures are the preload contract's own (shared/ipc.ts), so the Electron side
 * and the web side cannot drift apart:
 * - `openPostmortems()`: files the user picked; empty when cancelled.
 * - `openBackup()`: one backup file, or null when cancelled.
 * - `saveFile(request)`: where the file went, or null when cancelled. On the web it is
 *   downloaded and `path` is the suggested name.
 * - `printToPdf({ html, suggestedName })`: on the web this opens the browser's print
 *   dialog and resolves null, because the page cannot know where the PDF went.
 * - `openExternal(url)`: http(s) only; anything else rejects.
 * - `getVersion()`, `setThemePreference(preference)`.
 * - `onMenuCommand(listener)`: native menu commands (on the web, their keyboard
 *   accelerators). Returns an unsubscribe function.
 * - `onOpenFiles(listener)`: files dropped on the window or handed over by the OS.
 *   Returns an unsubscribe function.
 */
export type Platform = Pick<
  PreloadApi,
  | 'openPostmortems'
  | 'openBackup'
  | 'saveFile'
  | 'printToPdf'
  | 'openExternal'
  | 'getVersion'
  | 'setThemePreference'
  | 'onMenuCommand'
  | 'onOpenFiles'
>;

