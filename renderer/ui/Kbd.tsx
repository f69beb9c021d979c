import { formatShortcut, isMacPlatform } from './key-chords';
import './kbd.css';

const mac = typeof navigator !== 'undefined' && isMacPlatform(navigator.userAgent);

/** A shortcut in this platform's notation, e.g. `mod+o` as Ctrl+O or ⌘O. */
export function Kbd({ keys }: { keys: string }) {
  return (
    <span className="kbd-group">
      {formatShortcut(keys, mac).map((chord, index) => (
        <kbd key={index} className="kbd">
          {chord}
        </kbd>
      ))}
    </span>
  );
}
