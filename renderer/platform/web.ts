import {
  BACKUP_FILE_EXTENSIONS,
  POSTMORTEM_FILE_EXTENSIONS,
  type MenuCommand,
  type OpenedFile,
  type PrintToPdfRequest,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../shared/ipc';
import { isMacPlatform, matchesChord, parseShortcut } from '../ui/key-chords';
import { listenForDroppedFiles } from './file-drop';
import type { Platform } from './platform';
import { printHtml } from './print-document';
import { readFiles } from './read-files';

/** Without a native menu, the web build answers the menu's accelerators itself. */
const MENU_ACCELERATORS: readonly { keys: string; command: MenuCommand }[] = [
  { keys: 'mod+o', command: 'import-postmortems' },
  { keys: 'mod+e', command: 'export-report' },
];

const acceptList = (extensions: readonly string[]) => extensions.map((e) => `.${e}`).join(',');

function chooseFiles(doc: Document, options: { multiple: boolean; accept: string }): Promise<File[]> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple;
    input.accept = options.accept;
    input.hidden = true;
    const finish = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    doc.body.append(input);
    input.click();
  });
}

function download(doc: Document, request: SaveFileRequest): void {
  // A copy, so the Blob owns a plain ArrayBuffer whatever backed the caller's bytes.
  const part = typeof request.data === 'string' ? request.data : new Uint8Array(request.data);
  const url = URL.createObjectURL(new Blob([part]));
  const link = doc.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; revoking later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The platform for a plain browser tab: file inputs, drag and drop, download links, print. */
export function createWebPlatform(win: Window): Platform {
  const doc = win.document;
  const mac = isMacPlatform(win.navigator.userAgent);

  return {
    async openPostmortems(): Promise<OpenedFile[]> {
      return readFiles(await chooseFiles(doc, { multiple: true, accept: acceptList(POSTMORTEM_FILE_EXTENSIONS) }));
    },
    async openBackup(): Promise<OpenedFile | null> {
      const [file] = await readFiles(await chooseFiles(doc, { multiple: false, accept: acceptList(BACKUP_FILE_EXTENSIONS) }));
      return file ?? null;
    },
    async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      download(doc, request);
      return { path: request.suggestedName };
    },
    async printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult> {
      printHtml(win, request.html, request.suggestedName);
      return null;
    },
    async openExternal(url: string): Promise<void> {
      if (!isWebUrl(url)) throw new Error(`Only http and https links can be opened: ${url}`);
      win.open(url, '_blank', 'noopener,noreferrer');
    },
    async getVersion(): Promise<string> {
      return import.meta.env.APP_VERSION ?? 'development';
    },
    async setThemePreference(): Promise<void> {
      // The page applies the theme itself; there is no native chrome to tell.
    },
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      const accelerators = MENU_ACCELERATORS.map(({ keys, command }) => ({ chord: parseShortcut(keys)[0]!, command }));
      const onKeyDown = (event: KeyboardEvent) => {
        const hit = accelerators.find(({ chord }) => matchesChord(event, chord, mac));
        if (!hit) return;
        event.preventDefault();
        listener(hit.command);
      };
      win.addEventListener('keydown', onKeyDown);
      return () => win.removeEventListener('keydown', onKeyDown);
    },
    onOpenFiles(listener: (files: OpenedFile[]) => void): () => void {
      return listenForDroppedFiles(win, listener);
    },
  };
}
