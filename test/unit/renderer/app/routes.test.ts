import { describe, expect, it } from 'vitest';
import { findPageRoute, PAGE_ROUTES } from '../../../../renderer/app/routes';

describe('route registry', () => {
  it('has the six sidebar pages, each with a unique path and go-to key', () => {
    expect(PAGE_ROUTES.map((r) => r.title)).toEqual(['Incidents', 'Action items', 'Dashboard', 'Review', 'Reports', 'Settings']);
    expect(new Set(PAGE_ROUTES.map((r) => r.path)).size).toBe(PAGE_ROUTES.length);
    expect(new Set(PAGE_ROUTES.map((r) => r.goKey)).size).toBe(PAGE_ROUTES.length);
  });

  it('gives a page every path below its own, and nothing that merely shares a prefix', () => {
    expect(findPageRoute('/incidents')?.title).toBe('Incidents');
    expect(findPageRoute('/incidents/abc123')?.title).toBe('Incidents');
    expect(findPageRoute('/incidentsx')).toBeUndefined();
    expect(findPageRoute('/')).toBeUndefined();
  });
});
