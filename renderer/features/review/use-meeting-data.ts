import { useLiveQuery } from 'dexie-react-hooks';
import { themeDisplayLookup } from '../../../shared/insights';
import type { ActionItem, Incident, ItemEvent, Meeting } from '../../../shared/model';
import { eventsSince, getIncident, getItem, getMeeting, listThemes } from '../../db';

export interface MeetingData {
  meeting: Meeting;
  /** The meeting's items in its order; items deleted since are left out. */
  items: ActionItem[];
  incidents: ReadonlyMap<string, Incident>;
  /** Every change recorded with this meeting, oldest first. */
  events: ItemEvent[];
  themeLabel(id: string): string;
}

async function loadMeetingData(meetingId: string): Promise<MeetingData | null> {
  const meeting = await getMeeting(meetingId);
  if (!meeting) return null;
  const items = (await Promise.all(meeting.itemIds.map((id) => getItem(id)))).filter(
    (item): item is ActionItem => item !== undefined,
  );
  const incidentIds = [...new Set(items.flatMap((item) => (item.incidentId === null ? [] : [item.incidentId])))];
  const incidents = (await Promise.all(incidentIds.map((id) => getIncident(id)))).filter(
    (incident): incident is Incident => incident !== undefined,
  );
  const events = (await eventsSince(meeting.startedAt)).filter((event) => event.meetingId === meeting.id);
  const display = themeDisplayLookup(await listThemes());
  return {
    meeting,
    items,
    incidents: new Map(incidents.map((incident) => [incident.id, incident])),
    events,
    themeLabel: (id) => display(id).label,
  };
}

/** The meeting with its items, live; null when it does not exist, undefined while loading. */
export function useMeetingData(meetingId: string): MeetingData | null | undefined {
  return useLiveQuery(() => loadMeetingData(meetingId), [meetingId]);
}
