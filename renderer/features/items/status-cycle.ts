import type { ItemStatus } from '../../../shared/model';

/** What `s` moves an item to: along the usual path of work, and from a closed item back to open. */
const NEXT_STATUS: Record<ItemStatus, ItemStatus> = {
  proposed: 'open',
  open: 'in_progress',
  in_progress: 'done',
  blocked: 'in_progress',
  done: 'open',
  wont_do: 'open',
};

export function nextStatus(status: ItemStatus): ItemStatus {
  return NEXT_STATUS[status];
}
