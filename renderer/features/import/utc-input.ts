/** `<input type="datetime-local">` values read and written as UTC, as postmortems state their times. */
export function utcInputValue(iso: string | null): string {
  if (iso === null) return '';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 16);
}

/** The ISO 8601 UTC time an input value names, or null when it is empty or not a time. */
export function isoFromUtcInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}:00Z`);
  return Number.isNaN(time) ? null : `${value}:00Z`;
}
