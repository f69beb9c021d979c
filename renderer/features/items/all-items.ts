/**
 * Every item, kept live and shared. The table filters and sorts in memory, so it needs
 * them all; reading 100,000 items from IndexedDB takes longer than drawing them, so the
 * list is kept for a while after the page closes and a return to the page is instant.
 */
import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';
import type { ActionItem } from '../../../shared/model';
import { loadAllItems } from '../../db';
import { showToast } from '../../stores/toasts';

/** How long the list stays live with nobody looking. */
const LINGER_MS = 5 * 60_000;

let latest: readonly ActionItem[] | undefined;
let subscription: Subscription | null = null;
let lingering: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function start(): void {
  subscription = liveQuery(loadAllItems).subscribe({
    next(items) {
      latest = items;
      notify();
    },
    error(error: unknown) {
      showToast({ tone: 'error', title: 'Could not read the action items', description: String(error) });
    },
  });
}

function stop(): void {
  subscription?.unsubscribe();
  subscription = null;
  latest = undefined;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (lingering !== null) clearTimeout(lingering);
  lingering = null;
  if (subscription === null) start();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) lingering = setTimeout(stop, LINGER_MS);
  };
}

/** Every item, or undefined until the first read completes. */
export function useAllItems(): readonly ActionItem[] | undefined {
  return useSyncExternalStore(subscribe, () => latest);
}

/** Forgets the kept list at once (tests open fresh databases). */
export function resetAllItems(): void {
  if (lingering !== null) clearTimeout(lingering);
  lingering = null;
  stop();
}
