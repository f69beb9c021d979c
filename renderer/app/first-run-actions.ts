import { createContext, useCallback, useContext } from 'react';
import type { OpenedFile } from '../../shared/ipc';
import { usePlatform } from '../platform/PlatformProvider';
import { showToast } from '../stores/toasts';

/**
 * What the first-run screen (and every "Import…" button) asks of the data layer.
 * The shell ships a placeholder; the import and data features provide the real one
 * to <App firstRunActions={...}> in main.tsx.
 */
export interface FirstRunActions {
  /** Whether the tracker holds anything yet; undefined while that is being read. Called as a React hook. */
  useHasData(): boolean | undefined;
  /** Starts the import flow with files the user picked, dropped, or opened from the OS. */
  importFiles(files: OpenedFile[]): void | Promise<void>;
  /** Adds the sample postmortems that ship with the app. */
  loadSamples(): void | Promise<void>;
}

export const FirstRunActionsContext = createContext<FirstRunActions | null>(null);

export function useFirstRunActions(): FirstRunActions {
  const actions = useContext(FirstRunActionsContext);
  if (!actions) throw new Error('useFirstRunActions() needs <App firstRunActions={...}> above it');
  return actions;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opens the platform's file chooser and hands what was picked to the import flow. */
export function useImportPostmortems(): () => Promise<void> {
  const platform = usePlatform();
  const { importFiles } = useFirstRunActions();
  return useCallback(async () => {
    try {
      const files = await platform.openPostmortems();
      if (files.length > 0) await importFiles(files);
    } catch (error) {
      showToast({ tone: 'error', title: 'Could not import postmortems', description: errorMessage(error) });
    }
  }, [platform, importFiles]);
}

/** Stands in until the import flow exists: it names what it was given. */
export const placeholderFirstRunActions: FirstRunActions = {
  useHasData: () => false,
  importFiles(files) {
    showToast({
      title: files.length === 1 ? 'Received 1 file' : `Received ${files.length} files`,
      description: files.map((file) => file.name).join(', '),
    });
  },
  loadSamples() {
    showToast({ title: 'Sample postmortems', description: 'Loading the samples arrives with the import flow.' });
  },
};
