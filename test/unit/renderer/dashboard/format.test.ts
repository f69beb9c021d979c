import { describe, expect, it } from 'vitest';
import { formatMonthTick, formatPeriod, formatPeriodShort, periodStartsYear } from '../../../../renderer/features/dashboard/format';

describe('recurrence periods as the heat map writes them', () => {
  it('names months, quarters and years in full', () => {
    expect(['2024-03', '2024-Q1', '2024'].map(formatPeriod)).toEqual(['Mar 2024', 'Q1 2024', '2024']);
  });

  it('heads columns without the year, which is written where a year starts', () => {
    expect(['2024-03', '2024-Q2', '2024'].map(formatPeriodShort)).toEqual(['Mar', 'Q2', '2024']);
    expect(['2024-01', '2024-Q1', '2024-02', '2024-Q3'].map((period) => periodStartsYear(period, false))).toEqual([true, true, false, false]);
    expect(periodStartsYear('2024-Q3', true)).toBe(true);
    // A year column is its own year: no second line for it.
    expect(periodStartsYear('2024', true)).toBe(false);
  });

  it('labels burn-up months with the year on the first and on January', () => {
    expect(formatMonthTick('2024-03', true)).toBe('Mar 2024');
    expect(formatMonthTick('2024-04', false)).toBe('Apr');
    expect(formatMonthTick('2025-01', false)).toBe('Jan 2025');
  });
});
