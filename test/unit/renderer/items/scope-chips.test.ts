import { describe, expect, it } from 'vitest';
import { scopeChips } from '../../../../renderer/features/items/scope-chips';
import { DEFAULT_VIEW, type ItemsView } from '../../../../renderer/features/items/view-state';
import { DEFAULT_THEMES } from '../../../../shared/taxonomy';

const themeById = new Map(DEFAULT_THEMES.map((theme) => [theme.id, theme]));
const labels = (view: Partial<ItemsView>) => scopeChips({ ...DEFAULT_VIEW, ...view }, themeById).map((chip) => chip.label);

describe('the chips of filters from dashboard links', () => {
  it('names each filter in words', () => {
    expect(
      labels({ organization: 'Acme', incidentFrom: '2024-01-01', incidentTo: '2025-03-31', failureTheme: 'bad-deploy', itemIds: ['a', 'b'], ageMin: 31, ageMax: 90 }),
    ).toEqual([
      'Organization: Acme',
      'Incident date: Jan 1, 2024 – Mar 31, 2025',
      'Failure theme: Bad deploy',
      'Chosen items: 2',
      'Age: 31–90 days',
    ]);
    expect(labels({ incidentTo: '2024-06-30', ageMin: 366 })).toEqual(['Incident date: until Jun 30, 2024', 'Age: 366 days or more']);
    expect(labels({ incidentFrom: '2024-06-01', ageMin: 0, ageMax: 7 })).toEqual(['Incident date: from Jun 1, 2024', 'Age: up to 7 days']);
  });

  it('shows none for the filters the toolbar has controls for', () => {
    expect(labels({ statuses: ['open'], themes: ['canary'], owner: 'Ana', overdue: true, search: 'dns' })).toEqual([]);
  });

  it('removes a filter and nothing else', () => {
    const view: ItemsView = { ...DEFAULT_VIEW, organization: 'Acme', incidentFrom: '2024-01-01', incidentTo: '2024-12-31', ageMin: 8, ageMax: 30 };
    for (const chip of scopeChips(view, themeById)) {
      const after = { ...view, ...chip.removal };
      expect(scopeChips(after, themeById).map((rest) => rest.key)).toEqual(
        scopeChips(view, themeById).map((all) => all.key).filter((key) => key !== chip.key),
      );
    }
  });
});
