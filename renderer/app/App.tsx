import { StrictMode } from 'react';
import type { Platform } from '../platform/platform';
import { PlatformProvider } from '../platform/PlatformProvider';
import { AppShell } from './AppShell';
import { FirstRunActionsContext, type FirstRunActions } from './first-run-actions';
import '../ui/tokens.css';
import '../ui/base.css';

export interface AppProps {
  platform: Platform;
  firstRunActions: FirstRunActions;
}

export function App({ platform, firstRunActions }: AppProps) {
  return (
    <StrictMode>
      <PlatformProvider platform={platform}>
        <FirstRunActionsContext value={firstRunActions}>
          <AppShell />
        </FirstRunActionsContext>
      </PlatformProvider>
    </StrictMode>
  );
}
