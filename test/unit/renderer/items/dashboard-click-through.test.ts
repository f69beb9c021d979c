/**
 * A chart's figure and the items table it links to count the same items: every click-through
 * of the dashboard, under random dashboard filters, lands on exactly the items the figure counted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHash } from '../../../../renderer/app/router';
import { itemsHref, UNFINISHED_STATUSES, withDashboardScope, type ItemsQuery } from '../../../../renderer/features/dashboard/items-link';
import { applyView, type ViewContext } from '../../../../renderer/features/items/apply-view';
import { viewFromParams } from '../../../../renderer/features/items/view-state';
import {
  addDays,
  ageingHistogram,
  applyFilters,
  completionByTheme,
  computeHeadline,
  LONG_OVERDUE_DAYS,
  loadByOwner,
  type DashboardFilters,
} from '../../../../shared/insights';
import { ITEM_STATUSES, type ActionItem, type Incident } from '../../../../shared/model';
import { DEFAULT_THEMES } from '../../../../shared/taxonomy';
import { actionItem, incidentRecord } from '../../builders';

const NOW = new Date('2025-06-15T12:00:00.000Z');
const TODAY = '2025-06-15';
const ORGANIZATIONS = ['Acme', 'Globex', 'Initech'];
const REMEDIATION = ['canary', 'validation', 'failover', 'monitoring', 'other'];
const FAILURE = ['bad-deploy', 'dns', 'network-partition', 'resource-leak'];
const OWNERS = ['Ana', 'Bo', null];
const REMEDIATION_IDS = new Set(DEFAULT_THEMES.filter((theme) => theme.kind === 'remediation').map((theme) => theme.id));

const day = (offset: number) => addDays('2024-06-01', offset);

const incidentArb = fc.record({
  organization: fc.constantFrom(...ORGANIZATIONS),
  offset: fc.integer({ min: 0, max: 365 }),
  failureThemes: fc.subarray(FAILURE, { maxLength: 2 }),
});

const itemArb = (incidentCount: number) =>
  fc.record({
    incident: fc.option(fc.nat({ max: Math.max(0, incidentCount - 1) }), { freq: 4 }),
    status: fc.constantFrom(...ITEM_STATUSES),
    themes: fc.subarray(REMEDIATION, { minLength: 1, maxLength: 3 }),
    owner: fc.constantFrom(...OWNERS),
    due: fc.option(fc.integer({ min: 200, max: 420 })),
    createdOffset: fc.integer({ min: 0, max: 420 }),
  });

const trackerArb = fc
  .array(incidentArb, { minLength: 1, maxLength: 8 })
  .chain((incidents) => fc.tuple(fc.constant(incidents), fc.array(itemArb(incidents.length), { maxLength: 40 })))
  .map(([incidentSpecs, itemSpecs]) => {
    const incidents: Incident[] = incidentSpecs.map((spec, index) =>
      incidentRecord(`inc-${index}`, {
        organization: spec.organization,
        startedAt: `${day(spec.offset)}T09:00:00.000Z`,
        failureThemes: spec.failureThemes,
      }),
    );
    const items: ActionItem[] = itemSpecs.map((spec, index) =>
      actionItem(`item-${index}`, {
        incidentId: spec.incident === null ? null : `inc-${spec.incident}`,
        status: spec.status,
        wontDoReason: spec.status === 'wont_do' ? 'Superseded' : null,
        themes: spec.themes,
        owner: spec.owner,
        dueDate: spec.due === null ? null : day(spec.due),
        createdAt: `${day(spec.createdOffset)}T10:00:00.000Z`,
      }),
    );
    return { incidents, items };
  });

const filtersArb: fc.Arbitrary<DashboardFilters> = fc.record({
  from: fc.option(fc.integer({ min: 0, max: 200 }).map(day)),
  to: fc.option(fc.integer({ min: 150, max: 400 }).map(day)),
  organization: fc.option(fc.constantFrom(...ORGANIZATIONS)),
  themeId: fc.option(fc.constantFrom(...REMEDIATION, ...FAILURE)),
});

/**
 * The figures the charts show beside the query a click opens, aggregated as `buildDashboard`
 * does (its burn-up and repeat risk, which need event histories, are left out).
 */
function figuresWithLinks(incidents: Incident[], items: ActionItem[], filters: DashboardFilters): [string, number, ItemsQuery][] {
  const scoped = applyFilters({ incidents, items, events: [], themes: DEFAULT_THEMES }, filters).items;
  const headline = computeHeadline(scoped, TODAY);
  return [
    ...ITEM_STATUSES.map((status): [string, number, ItemsQuery] => [`status ${status}`, headline.byStatus[status], { statuses: [status] }]),
    ['overdue', headline.overdue, { overdue: true }],
    ['long overdue', headline.longOverdue, { overdue: true, dueTo: addDays(TODAY, -LONG_OVERDUE_DAYS - 1) }],
    ['all', headline.total, {}],
    ...completionByTheme(scoped, DEFAULT_THEMES).flatMap((row) =>
      ITEM_STATUSES.map((status): [string, number, ItemsQuery] => [`${row.id} ${status}`, row.counts[status], { theme: row.id, statuses: [status] }]),
    ),
    ...loadByOwner(scoped, TODAY).flatMap((load): [string, number, ItemsQuery][] => [
      [`${load.owner} open`, load.unfinished, { owner: load.owner, statuses: UNFINISHED_STATUSES }],
      [`${load.owner} overdue`, load.overdue, { owner: load.owner, overdue: true }],
    ]),
    ...ageingHistogram(scoped, NOW).map((bucket): [string, number, ItemsQuery] => [
      `aged ${bucket.label}`,
      bucket.count,
      { statuses: UNFINISHED_STATUSES, ageMin: bucket.minDays, ageMax: bucket.maxDays },
    ]),
  ];
}

function rowsBehind(href: string, incidents: Incident[], items: ActionItem[]): number {
  const context: ViewContext = {
    today: TODAY,
    now: NOW.getTime(),
    searchHits: null,
    incidentTitles: new Map(),
    incidents,
    themes: DEFAULT_THEMES,
  };
  return applyView(items, viewFromParams(parseHash(href).params), context).length;
}

describe('dashboard click-through', () => {
  it('lands on as many items as the figure clicked, under any dashboard filters', () => {
    fc.assert(
      fc.property(trackerArb, filtersArb, ({ incidents, items }, filters) => {
        for (const [name, figure, query] of figuresWithLinks(incidents, items, filters)) {
          const href = itemsHref(withDashboardScope(query, filters, REMEDIATION_IDS));
          expect(rowsBehind(href, incidents, items), `${name} → ${href}`).toBe(figure);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('carries the organization, incident dates and theme into the link', () => {
    const filters = { organization: 'Acme', from: '2024-01-01', to: '2024-12-31', themeId: 'bad-deploy' };
    expect(itemsHref(withDashboardScope({ statuses: ['done'] }, filters, REMEDIATION_IDS))).toBe(
      '#/items?status=done&org=Acme&incident_from=2024-01-01&incident_to=2024-12-31&failure=bad-deploy',
    );
    expect(itemsHref(withDashboardScope({ theme: 'failover' }, { themeId: 'canary' }, REMEDIATION_IDS))).toBe(
      '#/items?theme=failover&theme=canary',
    );
  });

  it('leaves a link to one incident\'s items, or to items by id, whole, as they may lie outside the range', () => {
    const filters = { organization: 'Acme', from: '2025-01-01' };
    const incident = { incident: 'inc-1', statuses: UNFINISHED_STATUSES };
    expect(withDashboardScope(incident, filters, REMEDIATION_IDS)).toBe(incident);
    const chosen = { itemIds: ['item-3', 'item-7'] };
    expect(withDashboardScope(chosen, filters, REMEDIATION_IDS)).toBe(chosen);
    expect(itemsHref(chosen)).toBe('#/items?id=item-3&id=item-7');
  });
});
