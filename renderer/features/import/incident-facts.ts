/** How incident facts read in the UI: dates, durations, one-line summaries. */
import type { ParsedIncident } from '../../../shared/model';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

function valid(iso: string | null): Date | null {
  if (iso === null) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `3 Nov 2023`, or null without a readable date. */
export function formatDate(iso: string | null): string | null {
  const date = valid(iso);
  return date && DATE.format(date);
}

/** `3 Nov 2023, 06:13 UTC`. */
export function formatDateTime(iso: string | null): string | null {
  const date = valid(iso);
  return date && `${DATE_TIME.format(date)} UTC`;
}

/** `06:13`, in UTC. */
export function formatTime(iso: string | null): string | null {
  const date = valid(iso);
  return date && TIME.format(date);
}

/** `13 min`, `2 h 12 min`, `1 d 2 h`. */
export function formatDuration(minutes: number | null): string | null {
  if (minutes === null || !Number.isFinite(minutes) || minutes < 0) return null;
  const rounded = Math.round(minutes);
  if (rounded < 60) return `${rounded} min`;
  const hours = Math.floor(rounded / 60);
  if (hours < 24) return rounded % 60 === 0 ? `${hours} h` : `${hours} h ${rounded % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

/** `LiveKit · Published 3 Nov 2023 · 13 min of impact · rpc-issue.txt`, leaving out what is unknown. */
export function describeIncidentFacts(
  incident: Pick<ParsedIncident, 'organization' | 'publishedAt' | 'durationMinutes'>,
  fileName?: string,
): string {
  const published = formatDate(incident.publishedAt);
  const duration = formatDuration(incident.durationMinutes);
  return [
    incident.organization,
    published && `Published ${published}`,
    duration && `${duration} of impact`,
    fileName,
  ]
    .filter(Boolean)
    .join(' · ');
}
