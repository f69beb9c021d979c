/**
 * The main window's size, position and maximized flag, remembered in a JSON file under
 * userData. A saved position is only reused when the window would still be visible on
 * one of the current displays.
 */
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** What the window opens with: no position means "let the OS centre it". */
export interface InitialWindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 880, height: 560 } as const;
/** How much of the window must overlap a display for the saved position to be kept. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

const windowStateSchema: z.ZodType<WindowState> = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  maximized: z.boolean(),
});

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** Turns whatever was saved (possibly nothing, possibly garbage) into safe initial window options. */
export function restoreWindowState(saved: unknown, workAreas: readonly Rectangle[]): InitialWindowState {
  const parsed = windowStateSchema.safeParse(saved);
  if (!parsed.success) return { ...DEFAULT_WINDOW_SIZE, maximized: false };

  const { bounds, maximized } = parsed.data;
  const largest = workAreas.reduce<{ width: number; height: number }>(
    (max, area) => ({ width: Math.max(max.width, area.width), height: Math.max(max.height, area.height) }),
    { width: 0, height: 0 },
  );
  const clamp = (value: number, min: number, max: number) => Math.max(min, max > 0 ? Math.min(value, max) : value);
  const width = clamp(bounds.width, MIN_WINDOW_SIZE.width, largest.width);
  const height = clamp(bounds.height, MIN_WINDOW_SIZE.height, largest.height);

  const visible = workAreas.some((area) => {
    const shared = overlap({ x: bounds.x, y: bounds.y, width, height }, area);
    return shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height;
  });
  return visible ? { x: bounds.x, y: bounds.y, width, height, maximized } : { width, height, maximized };
}

export interface WindowStateFileDeps {
  path: string;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
}

/** Reads and writes the state file synchronously: it is tiny, read once at start and written once on close. */
export function createWindowStateFile(deps: WindowStateFileDeps): { load(): unknown; save(state: WindowState): void } {
  return {
    load() {
      try {
        return JSON.parse(deps.readFile(deps.path)) as unknown;
      } catch {
        return null;
      }
    },
    save(state) {
      try {
        deps.writeFile(deps.path, `${JSON.stringify(state)}\n`);
      } catch (error) {
        console.error('Could not remember the window state', error);
      }
    },
  };
}
