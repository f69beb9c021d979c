/**
 * A small tracker history written through the data layer at controlled clock times:
 * Acme's bad deploy comes back in March while January's fix is still open.
 */
import { vi } from 'vitest';
import { db, importParsedPostmortem, updateItem } from '../../../../renderer/db';
import { extractedItem, parsedPostmortem } from '../db/builders';

export const NOW = new Date('2024-04-15T09:00:00Z');

async function importAt(at: string, incident: { title: string; organization: string; publishedAt: string; failureThemes: string[] }, items: [string, string][]) {
  vi.setSystemTime(new Date(at));
  const base = parsedPostmortem();
  const outcome = await importParsedPostmortem({
    ...base,
    fileName: `${incident.title}.md`,
    contentHash: `hash-${incident.title}`,
    incident: { ...base.incident, ...incident },
    items: items.map(([title, theme]) => extractedItem(title, { themes: [theme] })),
  });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.incidentId;
}

async function itemId(title: string): Promise<string> {
  const item = await db.items.filter((candidate) => candidate.title === title).first();
  if (!item) throw new Error(`no item ${title}`);
  return item.id;
}

async function updateAt(at: string, title: string, patch: Parameters<typeof updateItem>[1]) {
  vi.setSystemTime(new Date(at));
  await updateItem(await itemId(title), patch);
}

export interface SeededIds {
  january: string;
  march: string;
  globex: string;
}

/** Leaves the clock at NOW. */
export async function seedTracker(): Promise<SeededIds> {
  const january = await importAt(
    '2024-01-10T09:00:00Z',
    { title: 'Database failover stalled', organization: 'Acme', publishedAt: '2024-01-08T00:00:00Z', failureThemes: ['bad-deploy'] },
    [
      ['Add canary checks', 'validation'],
      ['Alert on queue depth', 'validation'],
    ],
  );
  await updateAt('2024-01-11T09:00:00Z', 'Add canary checks', { status: 'open', owner: 'Ana', dueDate: '2024-02-01' });
  await updateAt('2024-01-11T09:00:00Z', 'Alert on queue depth', { status: 'done' });
  const march = await importAt(
    '2024-03-05T09:00:00Z',
    { title: 'Checkout errors after deploy', organization: 'Acme', publishedAt: '2024-03-04T00:00:00Z', failureThemes: ['bad-deploy'] },
    [['Gate deploys on smoke tests', 'validation']],
  );
  await updateAt('2024-03-06T09:00:00Z', 'Gate deploys on smoke tests', { status: 'in_progress', owner: 'Ben', dueDate: '2024-04-30' });
  const globex = await importAt(
    '2024-03-06T09:00:00Z',
    { title: 'Resolver outage', organization: 'Globex', publishedAt: '2024-03-06T00:00:00Z', failureThemes: ['dns'] },
    [['Pin resolver config', 'config-management']],
  );
  await updateAt('2024-03-07T09:00:00Z', 'Pin resolver config', { status: 'blocked', dueDate: '2024-04-01' });
  vi.setSystemTime(NOW);
  return { january, march, globex };
}
