import type { ItemKind } from '../../../shared/model';

export const KIND_LABELS: Record<ItemKind, string> = {
  prevent: 'Prevent',
  detect: 'Detect',
  mitigate: 'Mitigate',
  process: 'Process',
  investigate: 'Investigate',
};
