/**
 * The repeat-risk sweep against its definition, replayed naively on random small trackers:
 * for each checked incident and failure theme, every earlier incident of the same organization
 * with that theme, and each of its addressing items' status at the later incident's time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildStatusHistories,
  failureThemesAddressedByItem,
  findRepeatRisk,
  historyIndex,
  repeatRiskEntries,
  incidentTime,
  MAX_EARLIER_LISTED,
  statusAt,
  toIncidentRef,
  type RepeatRiskEntry,
  type RepeatRiskInput,
} from '../../../../shared/insights';
import { CLOSED_STATUSES, ITEM_STATUSES, type ActionItem, type ItemEvent } from '../../../../shared/model';
import { created, incident, item, statusChange, theme } from './builders';

const FAILURE_THEMES = ['relay-loop', 'memory-leak', 'bad-deploy'];
// Remediation themes addressing one, two or none of those failure themes.
const REMEDIATION_THEMES = ['relay-loop-prevention', 'memory-leak', 'validation', 'canary', 'other'];
const ORGANIZATIONS = ['LiveKit', 'Acme', null];
const themes = [theme('relay-loop', 'Relay loop', 'failure'), theme('memory-leak', 'Memory leak', 'failure')];

/** A day in a short span, at midnight or noon, so incidents often share a date or an instant. */
const instant = fc.integer({ min: 0, max: 59 }).map((half) => new Date(Date.UTC(2024, 0, 1) + half * 43_200_000).toISOString());

const incidentArbitrary = fc.record({
  organization: fc.constantFrom(...ORGANIZATIONS),
  startedAt: instant,
  failureThemes: fc.array(fc.constantFrom(...FAILURE_THEMES), { maxLength: 3 }),
  checked: fc.boolean(),
});

const itemArbitrary = fc.record({
  incident: fc.nat(),
  ownIncident: fc.boolean(),
  themes: fc.uniqueArray(fc.constantFrom(...REMEDIATION_THEMES), { maxLength: 2 }),
  createdAt: fc.option(instant, { nil: null }),
  changes: fc.array(fc.record({ at: instant, to: fc.constantFrom(...ITEM_STATUSES) }), { maxLength: 4 }),
});

const trackerArbitrary = fc.record({
  incidents: fc.array(incidentArbitrary, { minLength: 1, maxLength: 12 }),
  items: fc.array(itemArbitrary, { maxLength: 40 }),
  focus: fc.option(fc.uniqueArray(fc.constantFrom(...FAILURE_THEMES), { minLength: 1 }), { nil: null }),
  shuffledHistories: fc.boolean(),
});

type Tracker = typeof trackerArbitrary extends fc.Arbitrary<infer T> ? T : never;

function toInput(tracker: Tracker): RepeatRiskInput {
  const allIncidents = tracker.incidents.map((fields, index) =>
    incident(`i${index}`, { title: `Incident ${index}`, organization: fields.organization, startedAt: fields.startedAt, failureThemes: fields.failureThemes }),
  );
  const events: ItemEvent[] = [];
  const allItems: ActionItem[] = tracker.items.map((fields, index) => {
    const id = `t${index}`;
    if (fields.createdAt) events.push(created(id, fields.createdAt));
    let from = ITEM_STATUSES[index % ITEM_STATUSES.length]!;
    for (const change of fields.changes) {
      events.push(statusChange(id, change.at, from, change.to));
      from = change.to;
    }
    const incidentId = fields.ownIncident ? allIncidents[fields.incident % allIncidents.length]!.id : null;
    return item(id, { incidentId, themes: fields.themes, status: from, createdAt: fields.createdAt ?? '2024-01-15T00:00:00.000Z' });
  });
  // Histories built from another order than the items take the lookup path rather than the walk.
  const historyOrder = tracker.shuffledHistories ? [...allItems].reverse() : allItems;
  return {
    incidents: allIncidents.filter((_, index) => tracker.incidents[index]!.checked),
    allIncidents,
    allItems,
    histories: buildStatusHistories(historyOrder, events, allIncidents),
    themes,
    failureThemeIds: tracker.focus ? new Set(tracker.focus) : null,
  };
}

type EntryWithoutExplanation = Omit<RepeatRiskEntry, 'explanation'>;

/** The definition, replayed for every pair of incidents and every item. */
function naiveRepeatRisk(input: RepeatRiskInput): EntryWithoutExplanation[] {
  const checked = new Set(input.incidents.map((record) => record.id));
  const groups: { organization: string | null; themeId: string }[] = [];
  for (const record of input.allIncidents) {
    for (const themeId of record.failureThemes) {
      if (input.failureThemeIds && !input.failureThemeIds.has(themeId)) continue;
      if (!groups.some((group) => group.organization === record.organization && group.themeId === themeId)) groups.push({ organization: record.organization, themeId });
    }
  }
  const unfinishedAt = (record: ActionItem, time: number): boolean => {
    const index = historyIndex(input.histories, record.id);
    const status = index === undefined ? null : statusAt(input.histories, index, time);
    return status !== null && !CLOSED_STATUSES.includes(status);
  };
  const entries: EntryWithoutExplanation[] = [];
  for (const { organization, themeId } of groups) {
    const timeline = input.allIncidents
      .filter((record) => record.organization === organization && record.failureThemes.includes(themeId))
      .sort((a, b) => incidentTime(a) - incidentTime(b));
    timeline.forEach((later, position) => {
      if (!checked.has(later.id)) return;
      const at = incidentTime(later);
      const earlier: RepeatRiskEntry['earlier'] = [];
      let total = 0;
      let earlierCount = 0;
      for (const before of timeline.slice(0, position).reverse()) {
        if (incidentTime(before) >= at) continue;
        const open = input.allItems.filter(
          (record) => record.incidentId === before.id && failureThemesAddressedByItem(record, before).includes(themeId) && unfinishedAt(record, at),
        );
        if (open.length === 0) continue;
        total += open.length;
        earlierCount += 1;
        if (earlier.length < MAX_EARLIER_LISTED) earlier.push({ incident: toIncidentRef(before), unfinishedItemIds: open.map((record) => record.id) });
      }
      if (total > 0) {
        const label = themes.find((candidate) => candidate.id === themeId)?.label ?? themeId;
        entries.push({ incident: toIncidentRef(later), failureTheme: { id: themeId, label, colour: '' }, unfinishedItemCount: total, earlierIncidentCount: earlierCount, earlier });
      }
    });
  }
  return entries.sort((a, b) => (a.incident.date !== b.incident.date ? (a.incident.date < b.incident.date ? 1 : -1) : a.failureTheme.label.localeCompare(b.failureTheme.label, 'en')));
}

const comparable = (entries: readonly EntryWithoutExplanation[]) =>
  entries.map(({ incident: later, failureTheme, unfinishedItemCount, earlierIncidentCount, earlier }) => ({
    later,
    failureTheme: failureTheme.id,
    unfinishedItemCount,
    earlierIncidentCount,
    earlier,
  }));

describe('repeat risk on random trackers', () => {
  it('matches the naive replay of its definition', () => {
    fc.assert(
      fc.property(trackerArbitrary, (tracker) => {
        const input = toInput(tracker);
        expect(comparable(repeatRiskEntries(findRepeatRisk(input)))).toEqual(comparable(naiveRepeatRisk(input)));
      }),
      { numRuns: 400 },
    );
  });
});
