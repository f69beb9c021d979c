import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Dialog } from '../../../../renderer/ui/Dialog';

describe('Dialog', () => {
  it('starts focus on the control marked data-autofocus, not on the close button', () => {
    render(
      <Dialog open onClose={() => undefined} title="Delete 2 items?" footer={<button data-autofocus>Cancel</button>}>
        <p>Two items</p>
      </Dialog>,
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
  });
});
