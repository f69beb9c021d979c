/** Test data builders and database reset for the data-layer tests. */
import type { ExtractedItem, ParsedPostmortem } from '../../../../shared/model';
import { db } from '../../../../renderer/db';

export async function resetDatabase(): Promise<void> {
  await db.delete({ disableAutoOpen: false });
  await db.open();
}

export function extractedItem(title: string, overrides: Partial<ExtractedItem> = {}): ExtractedItem {
  return {
    title,
    kind: 'prevent',
    themes: ['validation'],
    done: false,
    quote: `We will ${title.toLowerCase()}.`,
    span: { start: 0, end: title.length + 9 },
    confidence: 0.9,
    ...overrides,
  };
}

export function parsedPostmortem(overrides: Partial<ParsedPostmortem> & { itemTitles?: string[] } = {}): ParsedPostmortem {
  const { itemTitles = ['Add canary checks', 'Alert on queue depth'], ...rest } = overrides;
  const items = itemTitles.map((title) => extractedItem(title));
  const text = items.map((item) => item.quote).join('\n');
  return {
    fileName: 'outage.md',
    format: 'markdown',
    text,
    contentHash: `hash-${text.length}-${text}`,
    incident: {
      title: 'Elevated error rates',
      organization: 'Acme',
      publishedAt: '2024-03-01T00:00:00.000Z',
      startedAt: null,
      resolvedAt: null,
      durationMinutes: null,
      components: ['API'],
      updates: [],
      sections: [],
      timeline: [],
      failureThemes: ['bad-deploy'],
    },
    items,
    ...rest,
  };
}

/** Counts of every table, to assert that nothing changed. */
export async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.allTables()) counts[table.name] = await table.count();
  return counts;
}
