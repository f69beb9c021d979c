/** Short human wording for times shown in the review screens. */
import { dayOf } from '../../../shared/insights';
import { formatDateTime } from '../../../shared/report';

/** "2 h 15 min", or null when unknown. */
export function durationText(minutes: number | null): string | null {
  if (minutes === null || minutes < 0) return null;
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "2024-05-01 09:00 UTC to 10:05 UTC (65 min)", or "… (in progress)". */
export function meetingTimeText(startedAt: string, endedAt: string | null): string {
  const start = formatDateTime(startedAt);
  if (endedAt === null) return `${start}, in progress`;
  const end = formatDateTime(endedAt);
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  const minutes = Math.max(0, Math.round((Date.parse(endedAt) - Date.parse(startedAt)) / 60_000));
  return `${start} to ${sameDay ? end.slice(11) : end} (${durationText(minutes)})`;
}

/** Today's date (`YYYY-MM-DD`, UTC, as the reports judge overdue); read once per screen with useState(currentDay). */
export function currentDay(): string {
  return dayOf(Date.now());
}
