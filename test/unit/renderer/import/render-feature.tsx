/** Renders a feature component with the providers the shell gives it, over fakes. */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { FirstRunActionsContext, type FirstRunActions } from '../../../../renderer/app/first-run-actions';
import { PlatformProvider } from '../../../../renderer/platform/PlatformProvider';
import { fakeFirstRunActions, fakePlatform } from '../fakes';

export function renderFeature(ui: ReactElement, actions: Partial<FirstRunActions> = {}): RenderResult & { actions: FirstRunActions } {
  const all = fakeFirstRunActions(actions);
  const result = render(
    <PlatformProvider platform={fakePlatform()}>
      <FirstRunActionsContext value={all}>{ui}</FirstRunActionsContext>
    </PlatformProvider>,
  );
  return { ...result, actions: all };
}
