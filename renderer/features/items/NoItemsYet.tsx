import { useState } from 'react';
import { navigate } from '../../app/router';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ActionItemsIcon, ArrowRightIcon } from '../../ui/icons';
import { Kbd } from '../../ui/Kbd';
import { useShortcuts } from '../../ui/shortcuts';
import { NewItemDialog } from './NewItemDialog';
import type { Lookups } from './use-lookups';

/** The page before any item exists: where items come from, and adding one by hand. */
export function NoItemsYet({ lookups }: { lookups: Lookups }) {
  const [adding, setAdding] = useState(false);
  useShortcuts([{ keys: 'mod+n', description: 'New item', group: 'Action items', allowInTextFields: true, run: () => setAdding(true) }]);
  return (
    <>
      <EmptyState
        icon={ActionItemsIcon}
        title="No action items yet"
        actions={
          <>
            <Button icon={ArrowRightIcon} onClick={() => navigate('/incidents')}>
              Go to Incidents
            </Button>
            <Button variant="ghost" onClick={() => setAdding(true)}>
              New item
            </Button>
          </>
        }
        hint={
          <>
            Add one by hand with <Kbd keys="mod+n" />
          </>
        }
      >
        <p>
          When you import a postmortem, Followthrough finds its remediation items and keeps the sentence each came from.
          Accept them in the import review and they are tracked here with owner, due date, status and priority.
        </p>
      </EmptyState>
      <NewItemDialog
        open={adding}
        lookups={lookups}
        onClose={() => setAdding(false)}
        onCreated={(id) => navigate(`/items/${id}`)}
      />
    </>
  );
}
