import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { trackerFirstRunActions } from './features/import/tracker-first-run-actions';
import { applyStoredTheme } from './app/theme';
import { selectPlatform } from './platform/select-platform';

const platform = selectPlatform(window);
applyStoredTheme(document.documentElement);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(<App platform={platform} firstRunActions={trackerFirstRunActions} />);
