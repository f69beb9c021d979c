/** The fixed vocabularies every layer shares. */
export const ITEM_KINDS = ['prevent', 'detect', 'mitigate', 'process', 'investigate'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ITEM_STATUSES = ['proposed', 'open', 'in_progress', 'blocked', 'done', 'wont_do'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const STATUS_LABELS: Record<ItemStatus, string> = {
  proposed: 'Proposed',
  open: 'Open',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  wont_do: "Won't do",
};

/** Statuses that count as finished work: nothing more will be done. */
export const CLOSED_STATUSES: readonly ItemStatus[] = ['done', 'wont_do'];

export const PRIORITIES = ['P0', 'P1', 'P2', 'P3'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SOURCE_FORMATS = ['text', 'markdown', 'html', 'statuspage-json'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export const SECTION_KINDS = [
  'summary',
  'impact',
  'timeline',
  'root-cause',
  'contributing-factors',
  'remediation',
  'lessons',
  'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];
