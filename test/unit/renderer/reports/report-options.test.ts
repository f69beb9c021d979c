import { describe, expect, it } from 'vitest';
import { organizationsOf, recentQuarters, toggleSection } from '../../../../renderer/features/reports/report-options';
import { incident } from '../review/fixtures';

describe('toggleSection', () => {
  it('adds and removes sections, always in the report order', () => {
    expect(toggleSection(['overdue'], 'summary', true)).toEqual(['summary', 'overdue']);
    expect(toggleSection(['summary', 'charts', 'overdue'], 'charts', false)).toEqual(['summary', 'overdue']);
  });
});

describe('recentQuarters', () => {
  it('counts back from the current quarter across the year boundary', () => {
    expect(recentQuarters(new Date('2024-05-15T00:00:00Z'), 3).map((quarter) => quarter.label)).toEqual([
      'Q2 2024 (current)',
      'Q1 2024',
      'Q4 2023',
    ]);
  });
});

describe('organizationsOf', () => {
  it('lists each named organization once, alphabetically', () => {
    const incidents = [
      incident({ id: '1', organization: 'LiveKit' }),
      incident({ id: '2', organization: 'Acme' }),
      incident({ id: '3', organization: null }),
      incident({ id: '4', organization: 'LiveKit' }),
    ];
    expect(organizationsOf(incidents)).toEqual(['Acme', 'LiveKit']);
  });
});
