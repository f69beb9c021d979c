import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_THEMES } from '../../../../shared/taxonomy';
import { ItemForm } from '../../../../renderer/features/items/ItemForm';
import { BLANK_ITEM_FORM, formToPatch, type ItemFormValues } from '../../../../renderer/features/items/item-form-schema';

afterEach(cleanup);

function renderForm(onSubmit = vi.fn(async (_values: ItemFormValues) => {})) {
  render(
    <ItemForm
      defaultValues={{ ...BLANK_ITEM_FORM, title: 'Add canary checks' }}
      themes={DEFAULT_THEMES}
      owners={[{ id: 'o1', name: 'Ana Ruiz', team: 'SRE' }]}
      submitLabel="Save"
      onSubmit={onSubmit}
    />,
  );
  return onSubmit;
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save' })));

describe('the item form', () => {
  it('shows each refused value beside its field and saves nothing', async () => {
    const onSubmit = renderForm();
    type('Title', '   ');
    type('Due date', '2025-02-30');
    type('Ticket links', 'https://tracker.example/T-1\njavascript:alert(1)');
    await save();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Give the item a title.')).toBeTruthy();
    expect(screen.getByText(/Enter a real date as YYYY-MM-DD/)).toBeTruthy();
    expect(screen.getByText('Not an http(s) link: javascript:alert(1)')).toBeTruthy();
    // The error is announced as the field's description.
    const describedBy = screen.getByLabelText('Due date').getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy.split(' ').at(-1)!)?.textContent).toMatch(/real date/);
  });

  it('refuses a title over 200 characters and a won\'t-do without a reason', async () => {
    const onSubmit = renderForm();
    type('Title', 'x'.repeat(201));
    type('Status', 'wont_do');
    await save();
    expect(screen.getByText('Keep the title to 200 characters or fewer.')).toBeTruthy();
    expect(screen.getByText("Say why this won't be done.")).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits valid values, which become the data layer\'s patch', async () => {
    const onSubmit = renderForm();
    type('Owner', 'Sam Lee');
    type('Due date', '2024-02-29');
    type('Priority', 'P1');
    type('Ticket links', 'https://tracker.example/T-1\n\n http://wiki.example/x ');
    fireEvent.click(screen.getByLabelText('Canaries & progressive rollout'));
    await save();
    expect(onSubmit).toHaveBeenCalledOnce();
    const patch = formToPatch(onSubmit.mock.calls[0]![0]);
    expect(patch).toMatchObject({
      title: 'Add canary checks',
      owner: 'Sam Lee',
      dueDate: '2024-02-29',
      priority: 'P1',
      themes: ['canary'],
      ticketLinks: ['https://tracker.example/T-1', 'http://wiki.example/x'],
      wontDoReason: null,
    });
  });

  it('offers the known owners to pick from', () => {
    renderForm();
    const list = screen.getByLabelText('Owner').getAttribute('list')!;
    expect([...document.getElementById(list)!.querySelectorAll('option')].map((o) => o.value)).toEqual(['Ana Ruiz']);
  });

  it('shows why the data layer refused a save', async () => {
    renderForm(vi.fn(async () => Promise.reject(new Error('This item no longer exists.'))));
    await save();
    expect(screen.getByRole('alert').textContent).toBe('This item no longer exists.');
  });
});
