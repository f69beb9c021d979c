import { describe, expect, it, vi } from 'vitest';
import { formatShortcut, matchesChord, parseShortcut } from '../../../../renderer/ui/key-chords';
import { createShortcutMatcher, type Shortcut } from '../../../../renderer/ui/shortcuts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
  new KeyboardEvent('keydown', { key: k, cancelable: true, ...mods });

describe('key chords', () => {
  it('parses modifiers and sequences', () => {
    expect(parseShortcut('mod+shift+z')).toEqual([{ key: 'z', mod: true, shift: true, alt: false }]);
    expect(parseShortcut('g i').map((c) => c.key)).toEqual(['g', 'i']);
  });

  it('maps mod to Cmd on macOS and Ctrl elsewhere, and never accepts the other one', () => {
    const [chord] = parseShortcut('mod+o');
    expect(matchesChord(key('o', { ctrlKey: true }), chord!, false)).toBe(true);
    expect(matchesChord(key('o', { metaKey: true }), chord!, false)).toBe(false);
    expect(matchesChord(key('o', { metaKey: true }), chord!, true)).toBe(true);
    expect(matchesChord(key('o', { ctrlKey: true }), chord!, true)).toBe(false);
    expect(matchesChord(key('o'), chord!, false)).toBe(false);
  });

  it('requires Shift to match for letters but not for symbols that imply it', () => {
    expect(matchesChord(key('Z', { ctrlKey: true, shiftKey: true }), parseShortcut('mod+z')[0]!, false)).toBe(false);
    expect(matchesChord(key('Z', { ctrlKey: true, shiftKey: true }), parseShortcut('mod+shift+z')[0]!, false)).toBe(true);
    expect(matchesChord(key('?', { shiftKey: true }), parseShortcut('?')[0]!, false)).toBe(true);
  });

  it('formats for each platform', () => {
    expect(formatShortcut('mod+shift+z', false)).toEqual(['Ctrl+Shift+Z']);
    expect(formatShortcut('mod+shift+z', true)).toEqual(['⌘⇧Z']);
    expect(formatShortcut('g i', false)).toEqual(['G', 'I']);
  });
});

describe('shortcut matcher', () => {
  function setup(shortcuts: Omit<Shortcut, 'run'>[]) {
    const runs: string[] = [];
    const list = shortcuts.map((s) => ({ ...s, run: vi.fn(() => runs.push(s.keys)) }));
    return { runs, match: createShortcutMatcher(() => list, false) };
  }

  it('runs two-key sequences, and only within the time limit', () => {
    const { runs, match } = setup([{ keys: 'g i' }, { keys: 'g s' }]);
    match(key('g'), 0);
    match(key('s'), 500);
    expect(runs).toEqual(['g s']);
    match(key('g'), 1000);
    match(key('i'), 5000);
    expect(runs).toEqual(['g s']);
  });

  it('starts over when a sequence is broken by a key that begins another', () => {
    const { runs, match } = setup([{ keys: 'g i' }, { keys: '?' }]);
    match(key('g'), 0);
    match(key('?', { shiftKey: true }), 10);
    expect(runs).toEqual(['?']);
  });

  it('knows which keys continue a sequence it has begun', () => {
    const { runs, match } = setup([{ keys: 'g d' }]);
    expect(match.continuesSequence(key('d'), 0)).toBe(false);
    match(key('g'), 0);
    expect(match.continuesSequence(key('x'), 10)).toBe(false);
    expect(match.continuesSequence(key('d'), 5000)).toBe(false);
    expect(match.continuesSequence(key('d'), 10)).toBe(true);
    expect(runs).toEqual([]);
  });

  it('ignores keys typed into text fields unless a shortcut allows it', () => {
    const { runs, match } = setup([{ keys: 'g i' }, { keys: 'mod+k', allowInTextFields: true }]);
    const input = document.createElement('input');
    document.body.append(input);
    const inInput = (event: KeyboardEvent) => {
      input.dispatchEvent(event);
      return event;
    };
    input.addEventListener('keydown', (event) => match(event, 0));
    inInput(key('g'));
    inInput(key('i'));
    const handled = inInput(key('k', { ctrlKey: true }));
    expect(runs).toEqual(['mod+k']);
    expect(handled.defaultPrevented).toBe(true);
    input.remove();
  });
});
