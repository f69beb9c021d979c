import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Theme } from '../../../../shared/model';
import { ThemeChips } from '../../../../renderer/ui/ThemeChips';

const theme = (id: string, label: string): Theme => ({ id, label, colour: '#336699', kind: 'remediation', rules: [], retired: false });
const themeById = new Map([theme('canary', 'Canaries'), theme('validation', 'Validation')].map((t) => [t.id, t]));

afterEach(cleanup);

describe('ThemeChips', () => {
  it('shows at most `maxShown` chips and counts the rest, naming them in its tooltip', () => {
    render(<ThemeChips ids={['canary', 'validation', 'gone']} themeById={themeById} maxShown={1} density="compact" />);
    expect(screen.getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['Canaries', '+2']);
    expect(screen.getByText('+2').getAttribute('title')).toBe('Validation, gone');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers a remove button per chip when removable', () => {
    const onRemove = vi.fn();
    render(<ThemeChips ids={['canary', 'validation']} themeById={themeById} onRemove={onRemove} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove theme Validation' }));
    expect(onRemove).toHaveBeenCalledWith('validation');
  });

  it('says so when there are no themes, or shows nothing', () => {
    const { container, rerender } = render(<ThemeChips ids={[]} themeById={themeById} empty="None found" />);
    expect(container.textContent).toBe('None found');
    rerender(<ThemeChips ids={[]} themeById={themeById} />);
    expect(container.textContent).toBe('');
  });
});
