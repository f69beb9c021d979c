import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { ITEM_KINDS, ITEM_STATUSES, PRIORITIES, STATUS_LABELS, type Owner, type Theme } from '../../../shared/model';
import { Button } from '../../ui/Button';
import { Field } from './Field';
import { itemFormSchema, TITLE_MAX_LENGTH, type ItemFormInput, type ItemFormValues } from './item-form-schema';
import { OwnerInput } from './OwnerInput';
import { ThemeCheckboxes } from './ThemeCheckboxes';

export interface ItemFormProps {
  defaultValues: ItemFormInput;
  themes: readonly Theme[];
  owners: readonly Owner[];
  submitLabel: string;
  /** Resolves when saved; a rejection's message is shown on the form. */
  onSubmit(values: ItemFormValues): Promise<void>;
  onCancel?(): void;
  autoFocusTitle?: boolean;
}

/** Editing an item's fields, with each refused value explained beside its field. */
export function ItemForm({ defaultValues, themes, owners, submitLabel, onSubmit, onCancel, autoFocusTitle }: ItemFormProps) {
  const {
    register,
    control,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<ItemFormInput, unknown, ItemFormValues>({ resolver: zodResolver(itemFormSchema), defaultValues });
  const status = useWatch({ control, name: 'status' });

  useEffect(() => {
    if (autoFocusTitle) setFocus('title');
  }, [autoFocusTitle, setFocus]);

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      setError('root', { message: error instanceof Error ? error.message : String(error) });
    }
  });

  return (
    <form className="item-form" onSubmit={submit} noValidate aria-label="Item">
      <Field label="Title" error={errors.title?.message}>
        <input type="text" maxLength={TITLE_MAX_LENGTH + 50} {...register('title')} />
      </Field>
      <Field label="Detail" error={errors.detail?.message}>
        <textarea rows={2} {...register('detail')} />
      </Field>
      <div className="form-grid">
        <Field label="Status" error={errors.status?.message}>
          <select {...register('status')}>
            {ITEM_STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Priority" error={errors.priority?.message}>
          <select {...register('priority')}>
            <option value="">None</option>
            {PRIORITIES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Owner" error={errors.owner?.message} hint="Pick a known owner or type a new name.">
          <OwnerInput owners={owners} {...register('owner')} />
        </Field>
        <Field label="Due date" error={errors.dueDate?.message} hint="YYYY-MM-DD">
          <input type="text" inputMode="numeric" placeholder="YYYY-MM-DD" {...register('dueDate')} />
        </Field>
        <Field label="Kind" error={errors.kind?.message}>
          <select {...register('kind')}>
            {ITEM_KINDS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {status === 'wont_do' && (
        <Field label="Reason it won't be done" error={errors.wontDoReason?.message}>
          <input type="text" {...register('wontDoReason')} />
        </Field>
      )}
      <Controller
        control={control}
        name="themes"
        render={({ field }) => <ThemeCheckboxes legend="Themes" themes={themes} value={field.value} onChange={field.onChange} />}
      />
      <Field label="Ticket links" error={errors.ticketLinks?.message} hint="One http(s) link per line.">
        <textarea rows={2} {...register('ticketLinks')} />
      </Field>
      <Field label="Notes" error={errors.notes?.message}>
        <textarea rows={4} {...register('notes')} />
      </Field>
      {errors.root?.message && (
        <p className="form-error" role="alert">
          {errors.root.message}
        </p>
      )}
      <div className="form-actions">
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
