import { useCallback, useMemo, useSyncExternalStore } from 'react';

/**
 * Hash-based routing: `#/items?status=open&theme=canary`. The hash keeps every view
 * addressable under both the app:// protocol and the web server, and puts filters in
 * the browser's history so they survive reload and back/forward.
 */
export interface Route {
  /** Always starts with "/", no trailing slash (except "/" itself). */
  path: string;
  params: URLSearchParams;
}

export type RouteParams = Record<string, string | readonly string[] | null | undefined>;

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const queryAt = raw.indexOf('?');
  const pathPart = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const query = queryAt === -1 ? '' : raw.slice(queryAt + 1);
  const segments = pathPart.split('/').filter(Boolean).map(safeDecode);
  return { path: `/${segments.join('/')}`, params: new URLSearchParams(query) };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Empty, null and undefined values are left out; arrays repeat the key. */
export function formatHash(path: string, params: RouteParams | URLSearchParams = {}): string {
  const search = params instanceof URLSearchParams ? new URLSearchParams(params) : new URLSearchParams();
  if (!(params instanceof URLSearchParams)) {
    for (const [key, value] of Object.entries(params)) {
      const values = typeof value === 'string' ? [value] : (value ?? []);
      for (const v of values) if (v !== '') search.append(key, v);
    }
  }
  const segments = path.split('/').filter(Boolean).map(encodeURIComponent);
  const query = search.toString();
  return `#/${segments.join('/')}${query ? `?${query}` : ''}`;
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (for typing in a search box). */
  replace?: boolean;
}

export function navigate(path: string, params?: RouteParams | URLSearchParams, options: NavigateOptions = {}): void {
  const hash = formatHash(path, params);
  if (hash === window.location.hash) return;
  if (options.replace) {
    window.history.replaceState(window.history.state, '', hash);
    // replaceState does not fire hashchange; tell the subscribers.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

/** The current route; re-renders when the hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  return useMemo(() => parseHash(hash), [hash]);
}

/**
 * One query parameter of the current route as state: setting it keeps the path and
 * every other parameter. `null` or "" removes it.
 */
export function useRouteParam(name: string, options: NavigateOptions = {}): [string | null, (value: string | null) => void] {
  const route = useRoute();
  const { replace } = options;
  const setValue = useCallback(
    (value: string | null) => {
      const current = parseHash(window.location.hash);
      const params = new URLSearchParams(current.params);
      if (value === null || value === '') params.delete(name);
      else params.set(name, value);
      navigate(current.path, params, { replace });
    },
    [name, replace],
  );
  return [route.params.get(name), setValue];
}
