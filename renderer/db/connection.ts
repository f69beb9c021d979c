/**
 * What the UI must tell the user about the database connection itself. A window still
 * running older code is asked to reload rather than blocking another window's upgrade.
 */
import type { Dexie } from 'dexie';

export type ConnectionProblem =
  /** Another window opened a newer version (or erased the database): this one must reload. */
  | { kind: 'outdated'; message: string }
  /** This window's upgrade waits for another window still on an older version to close. */
  | { kind: 'blocked'; message: string };

type Listener = (problem: ConnectionProblem) => void;

const listeners = new Set<Listener>();
let current: ConnectionProblem | null = null;

function report(problem: ConnectionProblem): void {
  current = problem;
  for (const listener of listeners) listener(problem);
}

/** Calls `listener` with every connection problem, at once if one is already known; returns the unsubscribe. */
export function onConnectionProblem(listener: Listener): () => void {
  listeners.add(listener);
  if (current) listener(current);
  return () => listeners.delete(listener);
}

export function watchConnection(database: Dexie): void {
  database.on('versionchange', () => {
    database.close({ disableAutoOpen: true });
    report({
      kind: 'outdated',
      message: 'Followthrough was updated or its data was replaced in another window. Reload this window to continue.',
    });
    // Returning false stops Dexie's default handler, which would reopen the old version.
    return false;
  });
  database.on('blocked', () => {
    report({
      kind: 'blocked',
      message: 'Another Followthrough window is still open on an older version. Close or reload it to finish the update.',
    });
  });
}

/** Opens the database, reporting a newer on-disk version as `outdated` instead of failing silently. */
export async function openDatabase(database: Dexie): Promise<void> {
  try {
    await database.open();
  } catch (error) {
    if (error instanceof Error && error.name === 'VersionError') {
      report({
        kind: 'outdated',
        message: 'The data was saved by a newer version of Followthrough. Reload or update the app to open it.',
      });
    }
    throw error;
  }
}
