/** Review meetings: the scope reviewed and the items in it. Item changes made in one carry its id. */
import { MeetingSchema, type Meeting, type MeetingScope } from '../../shared/model';
import { db } from './database';
import { TrackerRuleError } from './errors';

export async function startMeeting(input: { title: string; scope: MeetingScope; itemIds: readonly string[] }): Promise<Meeting> {
  const meeting = MeetingSchema.parse({
    id: crypto.randomUUID(),
    title: input.title,
    startedAt: new Date().toISOString(),
    endedAt: null,
    scope: input.scope,
    itemIds: [...input.itemIds],
  });
  await db.meetings.add(meeting);
  return meeting;
}

export async function updateMeeting(
  id: string,
  changes: Partial<Pick<Meeting, 'title' | 'scope' | 'itemIds' | 'endedAt'>>,
): Promise<Meeting> {
  return db.transaction('rw', db.meetings, async () => {
    const meeting = await db.meetings.get(id);
    if (!meeting) throw new TrackerRuleError('This meeting no longer exists.');
    const parsed = MeetingSchema.safeParse({ ...meeting, ...changes });
    if (!parsed.success) throw new TrackerRuleError(`Invalid meeting: ${parsed.error.issues[0]?.message ?? 'not allowed'}`);
    await db.meetings.put(parsed.data);
    return parsed.data;
  });
}

export function endMeeting(id: string): Promise<Meeting> {
  return updateMeeting(id, { endedAt: new Date().toISOString() });
}

/** Meetings, latest first. */
export function listMeetings(): Promise<Meeting[]> {
  return db.meetings.orderBy('startedAt').reverse().toArray();
}

export function getMeeting(id: string): Promise<Meeting | undefined> {
  return db.meetings.get(id);
}

/** The meeting that ended most recently: "changes since the last review" start at its end. */
export async function getLastEndedMeeting(): Promise<Meeting | undefined> {
  const meetings = await db.meetings.toArray();
  return meetings
    .filter((meeting): meeting is Meeting & { endedAt: string } => meeting.endedAt !== null)
    .sort((a, b) => b.endedAt.localeCompare(a.endedAt))[0];
}

/** Deletes a meeting; events made in it keep its id as a record of when they happened. */
export async function deleteMeeting(id: string): Promise<void> {
  await db.meetings.delete(id);
}
