import { useEffect, useSyncExternalStore } from 'react';
import { usePlatform } from '../platform/PlatformProvider';
import { resolveTheme, useThemeStore, type ResolvedTheme } from '../stores/theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

function subscribeToSystemTheme(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useResolvedTheme(): ResolvedTheme {
  const preference = useThemeStore((state) => state.preference);
  const prefersDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark);
  return resolveTheme(preference, prefersDark);
}

/** Sets the stored theme on <html> at once, before React renders, so the first paint is right. */
export function applyStoredTheme(root: HTMLElement): void {
  root.dataset.theme = resolveTheme(useThemeStore.getState().preference, systemPrefersDark());
}

/** Keeps <html data-theme> and the native window chrome in step with the preference. */
export function useApplyTheme(): void {
  const platform = usePlatform();
  const preference = useThemeStore((state) => state.preference);
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    platform.setThemePreference(preference).catch(() => {
      // The window chrome keeps its old colours; the page itself is already right.
    });
  }, [platform, preference]);
}
