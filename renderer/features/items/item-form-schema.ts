/**
 * The item editor's fields and their rules. The form edits strings (as inputs do); the
 * schema checks them and turns them into the data layer's patch.
 */
import { z } from 'zod';
import { ITEM_KINDS, ITEM_STATUSES, PRIORITIES, type ActionItem } from '../../../shared/model';
import type { NewItem } from '../../db';

export const TITLE_MAX_LENGTH = 200;

/** A `YYYY-MM-DD` that names a day on the calendar (not 2025-02-30). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export const itemFormSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'Give the item a title.')
      .max(TITLE_MAX_LENGTH, `Keep the title to ${TITLE_MAX_LENGTH} characters or fewer.`),
    detail: z.string(),
    kind: z.enum(ITEM_KINDS),
    themes: z.array(z.string()),
    status: z.enum(ITEM_STATUSES),
    wontDoReason: z.string().trim(),
    owner: z.string().trim().max(100, 'Keep the name to 100 characters or fewer.'),
    dueDate: z
      .string()
      .trim()
      .refine((value) => value === '' || isRealDate(value), 'Enter a real date as YYYY-MM-DD, e.g. 2025-03-31.'),
    priority: z.enum(['', ...PRIORITIES]),
    notes: z.string(),
    ticketLinks: z.string().superRefine((text, ctx) => {
      const bad = linesOf(text).find((line) => !isWebUrl(line));
      if (bad !== undefined) ctx.addIssue({ code: 'custom', message: `Not an http(s) link: ${bad}` });
    }),
  })
  .superRefine((values, ctx) => {
    if (values.status === 'wont_do' && values.wontDoReason === '') {
      ctx.addIssue({ code: 'custom', path: ['wontDoReason'], message: "Say why this won't be done." });
    }
  });

export type ItemFormInput = z.input<typeof itemFormSchema>;
export type ItemFormValues = z.output<typeof itemFormSchema>;

export const BLANK_ITEM_FORM: ItemFormInput = {
  title: '',
  detail: '',
  kind: 'prevent',
  themes: [],
  status: 'open',
  wontDoReason: '',
  owner: '',
  dueDate: '',
  priority: '',
  notes: '',
  ticketLinks: '',
};

export function itemToForm(item: ActionItem): ItemFormInput {
  return {
    title: item.title,
    detail: item.detail,
    kind: item.kind,
    themes: item.themes,
    status: item.status,
    wontDoReason: item.wontDoReason ?? '',
    owner: item.owner ?? '',
    dueDate: item.dueDate ?? '',
    priority: item.priority ?? '',
    notes: item.notes,
    ticketLinks: item.ticketLinks.join('\n'),
  };
}

/**
 * The checked values as the data layer takes them: a new item, or a patch of an
 * existing one (which records only what differs).
 */
export function formToPatch(values: ItemFormValues): NewItem {
  return {
    title: values.title,
    detail: values.detail,
    kind: values.kind,
    themes: values.themes.length > 0 ? values.themes : ['other'],
    status: values.status,
    wontDoReason: values.status === 'wont_do' ? values.wontDoReason : null,
    owner: values.owner === '' ? null : values.owner,
    dueDate: values.dueDate === '' ? null : values.dueDate,
    priority: values.priority === '' ? null : values.priority,
    notes: values.notes,
    ticketLinks: linesOf(values.ticketLinks),
  };
}
