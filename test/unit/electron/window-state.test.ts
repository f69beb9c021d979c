import { describe, expect, it, vi } from 'vitest';
import { createWindowStateFile, DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, restoreWindowState } from '../../../electron/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('restoreWindowState', () => {
  it.each([null, undefined, 'garbage', { bounds: { x: 'a' } }, { bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false }])(
    'falls back to the default size, centred, for %j',
    (saved) => {
      expect(restoreWindowState(saved, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
    },
  );

  it('keeps a saved position that is visible on a display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1300, height: 900 }, maximized: true };
    expect(restoreWindowState(saved, [laptop, external])).toEqual({ x: 1600, y: 100, width: 1300, height: 900, maximized: true });
  });

  it('drops the position when the display it was on is gone', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1300, height: 800 }, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual({ width: 1300, height: 800, maximized: false });
  });

  it('drops the position when only a sliver would be visible', () => {
    const saved = { bounds: { x: 1400, y: 840, width: 1000, height: 700 }, maximized: false };
    expect(restoreWindowState(saved, [laptop])).not.toHaveProperty('x');
  });

  it('clamps the size between the minimum and the largest display', () => {
    expect(restoreWindowState({ bounds: { x: 0, y: 0, width: 100, height: 100 }, maximized: false }, [laptop])).toMatchObject({
      width: MIN_WINDOW_SIZE.width,
      height: MIN_WINDOW_SIZE.height,
    });
    expect(restoreWindowState({ bounds: { x: 0, y: 0, width: 5000, height: 3000 }, maximized: false }, [laptop])).toMatchObject({
      width: laptop.width,
      height: laptop.height,
    });
  });
});

describe('createWindowStateFile', () => {
  it('round-trips the state through the JSON file', () => {
    const files = new Map<string, string>();
    const file = createWindowStateFile({
      path: '/user/window-state.json',
      readFile: (path) => {
        const text = files.get(path);
        if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return text;
      },
      writeFile: (path, text) => void files.set(path, text),
    });
    expect(file.load()).toBeNull();
    const state = { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: false };
    file.save(state);
    expect(JSON.parse(files.get('/user/window-state.json') ?? '')).toEqual(state);
    expect(file.load()).toEqual(state);
  });

  it('treats a corrupt file as no state, and a failed write as non-fatal', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const file = createWindowStateFile({
      path: '/user/window-state.json',
      readFile: () => '{not json',
      writeFile: () => {
        throw new Error('EROFS');
      },
    });
    expect(file.load()).toBeNull();
    expect(() => file.save({ bounds: { x: 0, y: 0, width: 900, height: 600 }, maximized: false })).not.toThrow();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
