/**
 * Keyboard shortcut notation: `"mod+o"`, `"mod+shift+z"`, `"?"`, and sequences of chords
 * separated by a space (`"g i"`). `mod` is Cmd on macOS and Ctrl elsewhere.
 */
export interface KeyChord {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

export type ChordEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

export function isMacPlatform(userAgent: string): boolean {
  return /Mac|iPhone|iPad/.test(userAgent);
}

export function parseShortcut(keys: string): KeyChord[] {
  return keys
    .trim()
    .split(/\s+/)
    .map((chord) => {
      const parts = chord === '+' ? ['+'] : chord.split('+');
      const key = parts.pop()?.toLowerCase() ?? '';
      if (key === '') throw new Error(`Empty key in shortcut "${keys}"`);
      const modifiers = new Set(parts.map((p) => p.toLowerCase()));
      return { key, mod: modifiers.has('mod'), shift: modifiers.has('shift'), alt: modifiers.has('alt') };
    });
}

/** A letter or named key must match Shift exactly; a symbol like `?` already implies it. */
function shiftMatters(key: string): boolean {
  return key.length > 1 || /[a-z0-9]/.test(key);
}

export function matchesChord(event: ChordEvent, chord: KeyChord, mac: boolean): boolean {
  const modPressed = mac ? event.metaKey : event.ctrlKey;
  const otherPressed = mac ? event.ctrlKey : event.metaKey;
  if (modPressed !== chord.mod || otherPressed) return false;
  if (event.altKey !== chord.alt) return false;
  if (shiftMatters(chord.key) && event.shiftKey !== chord.shift) return false;
  return event.key.toLowerCase() === chord.key;
}

const KEY_NAMES: Record<string, string> = {
  arrowup: '↑',
  arrowdown: '↓',
  arrowleft: '←',
  arrowright: '→',
  enter: 'Enter',
  escape: 'Esc',
  delete: 'Delete',
  backspace: 'Backspace',
  ' ': 'Space',
};

/** Display form, one string per chord: `["Ctrl+Shift+Z"]` or `["⌘⇧Z"]`, `["G", "I"]`. */
export function formatShortcut(keys: string, mac: boolean): string[] {
  return parseShortcut(keys).map((chord) => {
    const key = KEY_NAMES[chord.key] ?? chord.key.toUpperCase();
    const names = mac
      ? [chord.mod ? '⌘' : '', chord.alt ? '⌥' : '', chord.shift ? '⇧' : '', key]
      : [chord.mod ? 'Ctrl' : '', chord.alt ? 'Alt' : '', chord.shift ? 'Shift' : '', key];
    return names.filter(Boolean).join(mac ? '' : '+');
  });
}
