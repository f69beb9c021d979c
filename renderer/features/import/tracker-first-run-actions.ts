/** The real first-run actions: what the tracker holds, the import flow, and the samples. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { FirstRunActions } from '../../app/first-run-actions';
import { navigate } from '../../app/router';
import { trackerHasData } from '../../db';
import { showToast } from '../../stores/toasts';
import { startImport } from './import-session';
import { IMPORT_REVIEW_PATH } from './paths';
import { loadSamplePostmortems } from './samples';

function reportFailure(title: string) {
  return (error: unknown): void => {
    showToast({ tone: 'error', title, description: error instanceof Error ? error.message : String(error) });
  };
}

export const trackerFirstRunActions: FirstRunActions = {
  useHasData() {
    return useLiveQuery(trackerHasData);
  },
  importFiles(files) {
    if (files.length === 0) return;
    navigate(IMPORT_REVIEW_PATH);
    return startImport(files).catch(reportFailure('Could not read the postmortems'));
  },
  loadSamples() {
    return loadSamplePostmortems().catch(reportFailure('Could not add the sample postmortems'));
  },
};
