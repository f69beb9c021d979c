/**
 * The one IPC contract between the renderer and the Electron main process.
 * The preload exposes exactly `PreloadApi` as `window.followthrough`.
 * (Channel names and zod schemas for every argument live here too.)
 */

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = [
  'import-postmortems',
  'export-report',
  'backup',
  'restore',
  'toggle-dark-mode',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type ThemePreference = 'system' | 'light' | 'dark';

/** A file the user picked or dropped, as raw bytes: decoding happens in shared/. */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SaveFileRequest {
  suggestedName: string;
  /** Text is written as UTF-8. */
  data: string | Uint8Array;
  filters: { name: string; extensions: string[] }[];
}

/** Where the file went, or null when the user cancelled. */
export type SaveFileResult = { path: string } | null;

export interface PreloadApi {
  openPostmortems(): Promise<OpenedFile[]>;
  openBackup(): Promise<OpenedFile | null>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Prints the given self-contained HTML to PDF and saves it; null when cancelled. */
  printToPdf(request: { html: string; suggestedName: string }): Promise<SaveFileResult>;
  openExternal(url: string): Promise<void>;
  setThemePreference(preference: ThemePreference): Promise<void>;
  getVersion(): Promise<string>;
  /** Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files handed to the app by the OS or a second launch. */
  onOpenFiles(listener: (files: OpenedFile[]) => void): () => void;
}
