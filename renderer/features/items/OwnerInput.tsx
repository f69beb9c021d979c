import { useId, type InputHTMLAttributes, type Ref } from 'react';
import type { Owner } from '../../../shared/model';

export interface OwnerInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'list' | 'type'> {
  owners: readonly Owner[];
  ref?: Ref<HTMLInputElement>;
}

/** A text box that suggests known owners; a new name becomes a new owner when saved. */
export function OwnerInput({ owners, ...props }: OwnerInputProps) {
  const listId = useId();
  return (
    <>
      <input type="text" list={listId} autoComplete="off" {...props} />
      <datalist id={listId}>
        {owners.map((owner) => (
          <option key={owner.id} value={owner.name}>
            {owner.team ?? undefined}
          </option>
        ))}
      </datalist>
    </>
  );
}
