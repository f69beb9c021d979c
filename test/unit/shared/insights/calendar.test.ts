import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthIndex, monthStartOfIndex, parseTime, weekIndex, weekStartOfIndex } from '../../../../shared/insights';

describe('calendar', () => {
  it('reads stored ISO forms exactly as Date.parse does', () => {
    const times = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) });
    fc.assert(
      fc.property(times, (time) => {
        const iso = new Date(time).toISOString();
        expect(parseTime(iso)).toBe(time);
        expect(parseTime(iso.replace(/\.\d{3}Z$/, 'Z'))).toBe(Date.parse(iso.replace(/\.\d{3}Z$/, 'Z')));
        expect(parseTime(iso.slice(0, 10))).toBe(Date.parse(iso.slice(0, 10)));
        expect(monthIndex(time)).toBe((new Date(time).getUTCFullYear() - 1970) * 12 + new Date(time).getUTCMonth());
      }),
    );
  });

  it('falls back to Date.parse for other forms', () => {
    expect(parseTime('2024-03-08T05:10:00+02:00')).toBe(Date.parse('2024-03-08T03:10:00Z'));
    expect(parseTime('2024-03-08T05:10:00.5Z')).toBe(Date.parse('2024-03-08T05:10:00.500Z'));
    expect(parseTime('2024-03-08T05:10:00.25Z')).toBe(Date.parse('2024-03-08T05:10:00.250Z'));
    expect(parseTime('2024-03-08T05:1x:00Z')).toBeNaN();
    expect(parseTime('20x4-03-08')).toBeNaN();
    expect(parseTime('not a date')).toBeNaN();
  });

  it('starts weeks on Monday and counts months consecutively across years', () => {
    expect(new Date(weekStartOfIndex(weekIndex(Date.parse('2024-03-10T23:00:00Z')))).toISOString()).toBe('2024-03-04T00:00:00.000Z');
    expect(monthIndex(Date.parse('2024-01-31T23:59:59Z')) - monthIndex(Date.parse('2023-12-01T00:00:00Z'))).toBe(1);
    expect(new Date(monthStartOfIndex(monthIndex(Date.parse('2024-02-29T12:00:00Z')))).toISOString()).toBe('2024-02-01T00:00:00.000Z');
  });
});
