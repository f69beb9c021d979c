/** How numbers are written in every report format. */
export const NO_VALUE = '—';

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

export function formatPercent(rate: number | null): string {
  return rate === null ? NO_VALUE : `${Math.round(rate * 100)}%`;
}

export function formatDays(days: number | null): string {
  if (days === null) return NO_VALUE;
  const rounded = Math.round(days * 10) / 10;
  return `${rounded.toLocaleString('en-US')} ${rounded === 1 ? 'day' : 'days'}`;
}

/** `2024-03-08T05:10:00Z` → `2024-03-08 05:10 UTC`. */
export function formatDateTime(iso: string): string {
  const date = new Date(Date.parse(iso));
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
