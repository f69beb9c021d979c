import { useEffect, useRef } from 'react';
import { isMacPlatform, matchesChord, parseShortcut, type KeyChord } from './key-chords';

export interface Shortcut {
  /** Key-chord notation, see key-chords.ts: `"mod+o"`, `"?"`, `"g i"`. */
  keys: string;
  /** Shown in the keyboard shortcuts sheet; shortcuts without one stay out of it. */
  description?: string;
  /** Heading it is listed under in the sheet. */
  group?: string;
  /** Also fire while typing in a text field (off by default, so typing "g" stays typing). */
  allowInTextFields?: boolean;
  run(event: KeyboardEvent): void;
}

const SEQUENCE_TIMEOUT_MS = 1200;
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);

const registry = new Set<{ current: readonly Shortcut[] }>();

/** Every shortcut currently mounted, for the shortcuts sheet. */
export function listShortcuts(): Shortcut[] {
  return Array.from(registry, (ref) => ref.current).flat();
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(target.type);
}

export interface ShortcutMatcher {
  /** Runs the shortcut `event` completes, or remembers it as the start of a sequence. */
  (event: KeyboardEvent, now?: number): void;
  /** Whether `event` is the next key of a sequence this matcher has begun (the `i` after `g` of `g i`). */
  continuesSequence(event: KeyboardEvent, now?: number): boolean;
}

/**
 * Matches keydown events against shortcuts, including multi-chord sequences; the
 * first complete match runs.
 */
export function createShortcutMatcher(getShortcuts: () => readonly Shortcut[], mac: boolean): ShortcutMatcher {
  let pending: { candidates: number[]; position: number; at: number } | null = null;

  const read = (event: KeyboardEvent) => {
    const shortcuts = getShortcuts();
    const chords: KeyChord[][] = shortcuts.map((s) => parseShortcut(s.keys));
    const inTextField = isTextField(event.target);
    const eligible = shortcuts.map((s, i) => i).filter((i) => !inTextField || shortcuts[i]!.allowInTextFields);
    const step = (pool: readonly number[], position: number) =>
      pool.filter((i) => {
        const chord = chords[i]?.[position];
        return chord !== undefined && matchesChord(event, chord, mac);
      });
    return { shortcuts, chords, eligible, step };
  };
  const live = (now: number) => (pending !== null && now - pending.at <= SEQUENCE_TIMEOUT_MS ? pending : null);
  const ignored = (event: KeyboardEvent) => event.defaultPrevented || event.isComposing || MODIFIER_KEYS.has(event.key);

  const match = (event: KeyboardEvent, now = Date.now()): void => {
    if (ignored(event)) return;
    const { shortcuts, chords, eligible, step } = read(event);
    const continuing = live(now);
    let position = continuing ? continuing.position : 0;
    let matched = step(continuing ? continuing.candidates.filter((i) => eligible.includes(i)) : eligible, position);
    if (matched.length === 0 && position > 0) {
      position = 0;
      matched = step(eligible, 0);
    }
    pending = null;
    if (matched.length === 0) return;

    const complete = matched.find((i) => chords[i]!.length === position + 1);
    event.preventDefault();
    if (complete !== undefined) shortcuts[complete]!.run(event);
    else pending = { candidates: matched, position: position + 1, at: now };
  };
  match.continuesSequence = (event: KeyboardEvent, now = Date.now()): boolean => {
    const continuing = live(now);
    if (continuing === null || ignored(event)) return false;
    const { eligible, step } = read(event);
    return step(continuing.candidates.filter((i) => eligible.includes(i)), continuing.position).length > 0;
  };
  return match;
}

/** Every mounted component's matcher: a key that continues one's sequence is not a shortcut of its own to the others. */
const matchers = new Set<ShortcutMatcher>();

/**
 * Binds keyboard shortcuts on the window while the calling component is mounted.
 * The list may change between renders; shortcuts are ignored while a modal dialog is open.
 */
export function useShortcuts(shortcuts: readonly Shortcut[]): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(() => {
    const entry = latest;
    registry.add(entry);
    const match = createShortcutMatcher(() => entry.current, isMacPlatform(navigator.userAgent));
    matchers.add(match);
    const onKeyDown = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      // The `d` of another component's `g d` is that sequence's, whichever listener hears it first.
      const othersSequence = [...matchers].some((other) => other !== match && other.continuesSequence(event));
      if (othersSequence && !match.continuesSequence(event)) return;
      match(event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      registry.delete(entry);
      matchers.delete(match);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
