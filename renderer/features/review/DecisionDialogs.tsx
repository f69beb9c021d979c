import { useLiveQuery } from 'dexie-react-hooks';
import type { ActionItem } from '../../../shared/model';
import { listOwners, type ItemPatch } from '../../db';
import { DueDateDialog } from './DueDateDialog';
import { PriorityDialog } from './PriorityDialog';
import { appendNote } from './review-decisions';
import { TextPromptDialog } from './TextPromptDialog';
import type { DecisionEditor } from './use-review-shortcuts';

/** The editors a decision key opens, plus the reason a "won't do" needs. */
export type OpenEditor = DecisionEditor | 'wont-do';

export interface DecisionDialogsProps {
  item: ActionItem;
  editor: OpenEditor | null;
  today: string;
  decide(patch: ItemPatch): void;
  onClose(): void;
}

/** The one dialog the current decision needs; each submits a single change to the item. */
export function DecisionDialogs({ item, editor, today, decide, onClose }: DecisionDialogsProps) {
  const owners = useLiveQuery(listOwners, []);
  return (
    <>
      <TextPromptDialog
        open={editor === 'owner'}
        title="Change the owner"
        description={item.title}
        label="Owner"
        initialValue={item.owner ?? ''}
        suggestions={owners?.map((owner) => owner.name)}
        submitLabel="Set owner"
        allowEmpty
        onSubmit={(owner) => decide({ owner: owner === '' ? null : owner })}
        onClose={onClose}
      />
      <TextPromptDialog
        open={editor === 'note'}
        title="Take a note"
        description={item.title}
        label="Note"
        initialValue=""
        multiline
        submitLabel="Add note"
        onSubmit={(note) => decide({ notes: appendNote(item.notes, note) })}
        onClose={onClose}
      />
      <TextPromptDialog
        open={editor === 'wont-do'}
        title="Won't do: why?"
        description={item.title}
        label="Reason"
        initialValue=""
        submitLabel="Mark won't do"
        onSubmit={(reason) => decide({ status: 'wont_do', wontDoReason: reason })}
        onClose={onClose}
      />
      <DueDateDialog
        open={editor === 'due'}
        itemTitle={item.title}
        current={item.dueDate}
        today={today}
        onSubmit={(dueDate) => decide({ dueDate })}
        onClose={onClose}
      />
      <PriorityDialog
        open={editor === 'priority'}
        itemTitle={item.title}
        current={item.priority}
        onSubmit={(priority) => decide({ priority })}
        onClose={onClose}
      />
    </>
  );
}
