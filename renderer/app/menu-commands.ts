import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/ipc';
import { usePlatform } from '../platform/PlatformProvider';

/** Runs `handler` whenever the native menu (or, on the web, its accelerator) sends `command`. */
export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const platform = usePlatform();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () =>
      platform.onMenuCommand((received) => {
        if (received === command) latest.current();
      }),
    [platform, command],
  );
}
