import type { ExtractedItem } from '../../../../shared/model';
import { readPostmortemText } from '../../../../shared/postmortem';

/** The items extracted from a snippet read as the file `name`; a snippet that cannot be read fails the test. */
export function items(name: string, text: string): ExtractedItem[] {
  const r = readPostmortemText(name, text);
  if (!r.ok) throw new Error(r.rejected.reason);
  return r.value.items;
}

export const titles = (list: ExtractedItem[]): string[] => list.map((i) => i.title);
