/**
 * The one IPC contract between the renderer and the Electron main process.
 * The preload exposes exactly `PreloadApi` as `window.followthrough`; every invoke
 * method has a channel name and zod schemas for its arguments and result, which the
 * main process uses to validate each call.
 */
import { z } from 'zod';

export { IPC_CHANNELS } from './ipc-channels';

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

export interface PrintToPdfRequest {
  html: string;
  suggestedName: string;
}

export interface PreloadApi {
  openPostmortems(): Promise<OpenedFile[]>;
  openBackup(): Promise<OpenedFile | null>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Prints the given self-contained HTML to PDF and saves it; null when cancelled. */
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  openExternal(url: string): Promise<void>;
  setThemePreference(preference: ThemePreference): Promise<void>;
  getVersion(): Promise<string>;
  /** Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files handed to the app by the OS or a second launch. */
  onOpenFiles(listener: (files: OpenedFile[]) => void): () => void;
}

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const satisfies readonly ThemePreference[];

/** File extensions the import flow reads (without the dot, lower case). */
export const POSTMORTEM_FILE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'json'] as const;
export const BACKUP_FILE_EXTENSIONS = ['json'] as const;

/** The largest file or payload that crosses the IPC boundary in one piece. */
export const MAX_TRANSFER_BYTES = 100 * 1024 * 1024;


const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'Expected bytes (Uint8Array)' });

/** A bare file name: no folders, no path separators, nothing the OS treats specially. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\:*?"<>|]+$/, 'A file name may not contain / \\ : * ? " < > |')
  .refine((name) => ![...name].some((char) => char.charCodeAt(0) < 0x20), 'A file name may not contain control characters')
  .refine((name) => name !== '.' && name !== '..', 'A file name may not be . or ..');

export const menuCommandSchema = z.enum(MENU_COMMANDS);
export const themePreferenceSchema = z.enum(THEME_PREFERENCES);

export const openedFileSchema: z.ZodType<OpenedFile> = z.strictObject({
  name: z.string().min(1).max(255),
  bytes: bytesSchema.refine((bytes) => bytes.byteLength <= MAX_TRANSFER_BYTES, 'File is too large'),
});

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'An extension is letters and digits without the dot, or *'))
    .min(1)
    .max(20),
});

export const saveFileRequestSchema: z.ZodType<SaveFileRequest> = z.strictObject({
  suggestedName: fileNameSchema,
  data: z.union([
    z.string().max(MAX_TRANSFER_BYTES),
    bytesSchema.refine((bytes) => bytes.byteLength <= MAX_TRANSFER_BYTES, 'Data is too large'),
  ]),
  filters: z.array(fileFilterSchema).max(10),
});

export const saveFileResultSchema: z.ZodType<SaveFileResult> = z.strictObject({ path: z.string().min(1) }).nullable();

export const printToPdfRequestSchema: z.ZodType<PrintToPdfRequest> = z.strictObject({
  html: z.string().min(1).max(MAX_TRANSFER_BYTES),
  suggestedName: fileNameSchema,
});

/** Arguments and result of every invoke method, validated by the main process. */
export const INVOKE_CONTRACT = {
  openPostmortems: { args: z.tuple([]), result: z.array(openedFileSchema) },
  openBackup: { args: z.tuple([]), result: openedFileSchema.nullable() },
  saveFile: { args: z.tuple([saveFileRequestSchema]), result: saveFileResultSchema },
  printToPdf: { args: z.tuple([printToPdfRequestSchema]), result: saveFileResultSchema },
  openExternal: { args: z.tuple([z.string().min(1).max(8192)]), result: z.undefined() },
  setThemePreference: { args: z.tuple([themePreferenceSchema]), result: z.undefined() },
  getVersion: { args: z.tuple([]), result: z.string() },
} as const;

export type InvokeMethod = keyof typeof INVOKE_CONTRACT;
export type InvokeArgs<M extends InvokeMethod> = z.infer<(typeof INVOKE_CONTRACT)[M]['args']>;
export type InvokeResult<M extends InvokeMethod> = z.infer<(typeof INVOKE_CONTRACT)[M]['result']>;
export const INVOKE_METHODS = Object.keys(INVOKE_CONTRACT) as InvokeMethod[];
