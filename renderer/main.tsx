import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { persistImportReviews } from './features/import/review-persistence';
import { trackerFirstRunActions } from './features/import/tracker-first-run-actions';
import { applyStoredTheme } from './app/theme';
import { selectPlatform } from './platform/select-platform';
import { db, openDatabase, requestPersistentStorage } from './db';
import { showToast } from './stores/toasts';

const platform = selectPlatform(window);
applyStoredTheme(document.documentElement);
openDatabase(db)
  .then(async () => {
    await persistImportReviews();
    // Ask at every start that the tracker is never evicted under storage pressure; Settings shows the answer.
    await requestPersistentStorage().catch(() => false);
  })
  .catch((error: unknown) => {
    // A newer on-disk version is reported by <ConnectionBanner>; anything else gets a toast.
    if (error instanceof Error && error.name === 'VersionError') return;
    showToast({ tone: 'error', title: 'Could not open the local database', description: String(error) });
  });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(<App platform={platform} firstRunActions={trackerFirstRunActions} />);
