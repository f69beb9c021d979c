/**
 * Repeat risk: an incident whose failure theme had already appeared in an earlier incident
 * of the same organization while that earlier incident's items addressing the theme were
 * still unfinished at the later incident's date. "Promised, not done, and it happened again."
 *
 * Per organization and failure theme, a timeline: its incidents sorted by time. Each span of
 * time in which an addressing item was unfinished covers a run of later incidents on its
 * timeline, found by two binary searches; one sweep along the timeline then adds the runs
 * that begin and removes those that end (prefix counts), so no incident is joined with every
 * earlier one and no item is replayed per later incident. The sweep records each finding
 * compactly; entries, with their earlier incidents and explanation, are built only for the
 * findings shown.
 */
import type { ActionItem, Incident, Theme } from '../model';
import { DAY_MS } from './calendar';
import { failureThemesAddressedByThemes } from './failure-remediation';
import { incidentTime } from './filters';
import { toIncidentRef, type IncidentRef } from './recurrence';
import { historyIndex, STATUS_CODES, type StatusHistories } from './status-history';
import { themeDisplayLookup, type ThemeDisplay } from './theme-display';

export interface EarlierIncidentOpenItems {
  incident: IncidentRef;
  /** Items of that incident, addressing the theme, unfinished at the later incident's date. */
  unfinishedItemIds: string[];
}

/** One entry of the list, built on demand by `repeatRiskEntries`. */
export interface RepeatRiskEntry {
  incident: IncidentRef;
  failureTheme: ThemeDisplay;
  /** Total across all earlier incidents. */
  unfinishedItemCount: number;
  earlierIncidentCount: number;
  /** Most recent first, at most `MAX_EARLIER_LISTED`. */
  earlier: EarlierIncidentOpenItems[];
  /** One line of plain English. */
  explanation: string;
}

/** Earlier incidents listed (and named in the explanation) per entry, most recent first. */
export const MAX_EARLIER_LISTED = 3;

const WONT_DO = STATUS_CODES.wont_do;
const DONE = STATUS_CODES.done;

/**
 * Appends the spans of time in which the item with history `index` was unfinished to `into`
 * as start, end pairs; end is Infinity while it is still open.
 */
function appendUnfinishedSpans(histories: StatusHistories, index: number, into: number[]): void {
  const createdAt = histories.createdAt[index]!;
  const initial = histories.initialStatus[index]!;
  let openSince: number | null = initial === DONE || initial === WONT_DO ? null : createdAt;
  for (let change = histories.changeOffsets[index]!; change < histories.changeOffsets[index + 1]!; change += 1) {
    const to = histories.changeTo[change]!;
    const at = histories.changeAt[change]!;
    const closed = to === DONE || to === WONT_DO;
    if (closed && openSince !== null) {
      into.push(openSince, at);
      openSince = null;
    } else if (!closed && openSince === null) {
      openSince = Math.max(at, createdAt);
    }
  }
  if (openSince !== null) into.push(openSince, Infinity);
}

/** Index of the first time in the ascending `times` that is at or after `time`; `times.length` when none. */
function firstAtOrAfter(times: readonly number[], time: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (times[middle]! < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

function pluralItems(count: number): string {
  return `${count} ${count === 1 ? 'item' : 'items'}`;
}

function explain(theme: ThemeDisplay, later: IncidentRef, earlier: EarlierIncidentOpenItems[], total: number, earlierCount: number): string {
  const cameBack = `${theme.label} came back on ${later.date} (${later.title})`;
  const verb = total === 1 ? 'was' : 'were';
  const from = (entry: EarlierIncidentOpenItems, first: boolean): string =>
    `${first ? pluralItems(entry.unfinishedItemIds.length) : entry.unfinishedItemIds.length} from ${entry.incident.title} (${entry.incident.date})`;
  if (earlierCount > MAX_EARLIER_LISTED) {
    return `${cameBack} while ${pluralItems(total)} from ${earlierCount} earlier incidents ${verb} still open, most recently ${from(earlier[0]!, false)}`;
  }
  const parts = earlier.map((entry, index) => from(entry, index === 0));
  const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `${cameBack} while ${listed} ${verb} still open`;
}

export interface RepeatRiskInput {
  /** The incidents to check (the dashboard's filtered ones). */
  incidents: readonly Incident[];
  /** Every incident and item: earlier incidents are looked up regardless of filters. */
  allIncidents: readonly Incident[];
  allItems: readonly ActionItem[];
  histories: StatusHistories;
  themes: readonly Theme[];
  /** Only these failure themes, when given. */
  failureThemeIds?: ReadonlySet<string> | null;
}

/** One organization's incidents with one failure theme, in time order, and the unfinished spans on it. */
export interface RepeatRiskTimeline {
  theme: ThemeDisplay;
  /** Indices into `allIncidents`, sorted by time (ties in input order). */
  incidents: number[];
  times: number[];
  hasChecked: boolean;
  /**
   * Per span of an addressing item: its own incident's position, the item's index in
   * `allItems`, and the positions [first, last) of the later incidents it covers.
   */
  spanOwner: number[];
  spanItem: number[];
  spanFirst: number[];
  spanLast: number[];
  /** The spans grouped by owner position, filled by the sweep. */
  spansByOwner: { order: Int32Array; offsets: Int32Array };
}

/** An incident at `position` on `timeline` that came back while earlier fixes were open. */
export interface RepeatRiskHit {
  timeline: RepeatRiskTimeline;
  position: number;
  unfinishedItemCount: number;
  earlierIncidentCount: number;
}

/**
 * Every repeat-risk finding, latest first, in a compact form: the list is long at scale and
 * only its first entries are shown, so `repeatRiskEntries` builds entries (with their
 * explanations) for the range asked for.
 */
export interface RepeatRisk {
  hits: RepeatRiskHit[];
  allIncidents: readonly Incident[];
  allItems: readonly ActionItem[];
}

/** Counting sort: the indices of `keys` (ints below `size`) grouped by key, and where each key's run starts. */
function groupByKey(keys: readonly number[], size: number): { order: Int32Array; offsets: Int32Array } {
  const offsets = new Int32Array(size + 1);
  for (const key of keys) offsets[key + 1]! += 1;
  for (let key = 0; key < size; key += 1) offsets[key + 1]! += offsets[key]!;
  const fill = offsets.slice(0, size);
  const order = new Int32Array(keys.length);
  for (let index = 0; index < keys.length; index += 1) order[fill[keys[index]!]!++] = index;
  return { order, offsets };
}

/**
 * The timelines of every (organization, wanted failure theme), in order of first appearance,
 * and for each incident the timelines it is on with its position there.
 */
function buildTimelines(
  allIncidents: readonly Incident[],
  times: readonly number[],
  wanted: (themeId: string) => boolean,
  isChecked: Uint8Array,
  display: (themeId: string) => ThemeDisplay,
): { timelines: RepeatRiskTimeline[]; onTimelines: { timeline: RepeatRiskTimeline; position: number }[][] } {
  const byOrganization = new Map<string | null, Map<string, RepeatRiskTimeline>>();
  const timelines: RepeatRiskTimeline[] = [];
  const onTimelines = allIncidents.map((incident, incidentIndex) => {
    let byTheme = byOrganization.get(incident.organization);
    if (!byTheme) byOrganization.set(incident.organization, (byTheme = new Map()));
    const memberships: { timeline: RepeatRiskTimeline; position: number }[] = [];
    for (const themeId of new Set(incident.failureThemes)) {
      if (!wanted(themeId)) continue;
      let timeline = byTheme.get(themeId);
      if (!timeline) {
        timeline = {
          theme: display(themeId),
          incidents: [],
          times: [],
          hasChecked: false,
          spanOwner: [],
          spanItem: [],
          spanFirst: [],
          spanLast: [],
          spansByOwner: { order: new Int32Array(0), offsets: new Int32Array(1) },
        };
        byTheme.set(themeId, timeline);
        timelines.push(timeline);
      }
      timeline.incidents.push(incidentIndex);
      if (isChecked[incidentIndex]) timeline.hasChecked = true;
      memberships.push({ timeline, position: -1 });
    }
    return memberships;
  });
  for (const timeline of timelines) {
    timeline.incidents.sort((a, b) => times[a]! - times[b]!);
    timeline.times = timeline.incidents.map((incidentIndex) => times[incidentIndex]!);
    timeline.incidents.forEach((incidentIndex, position) => {
      for (const membership of onTimelines[incidentIndex]!) if (membership.timeline === timeline) membership.position = position;
    });
  }
  return { timelines, onTimelines };
}

/** Adds the item's unfinished spans that cover later incidents on `timeline`, the item's incident being at `position`. */
function addSpans(timeline: RepeatRiskTimeline, position: number, itemIndex: number, spans: readonly number[]): void {
  const { times } = timeline;
  // Strictly after its own incident: an item cannot be a broken promise at the incident that made it.
  const after = times[position]! + 1;
  for (let index = 0; index < spans.length; index += 2) {
    const start = spans[index]!;
    const end = spans[index + 1]!;
    const first = firstAtOrAfter(times, Math.max(start, after));
    const last = end === Infinity ? times.length : firstAtOrAfter(times, end);
    if (first >= last) continue;
    timeline.spanOwner.push(position);
    timeline.spanItem.push(itemIndex);
    timeline.spanFirst.push(first);
    timeline.spanLast.push(last);
  }
}

/**
 * Sweeps one timeline: per checked incident on it, how many addressing items of earlier
 * incidents were unfinished at its time, and from how many incidents; appends the hits.
 */
function sweepTimeline(timeline: RepeatRiskTimeline, isChecked: Uint8Array, hits: RepeatRiskHit[]): void {
  const count = timeline.incidents.length;
  const spanCount = timeline.spanOwner.length;
  // Where each span begins and ends to count, as changes at positions: index * 2 + (1 begins, 0 ends).
  const changePositions: number[] = [];
  const changeCodes: number[] = [];
  for (let span = 0; span < spanCount; span += 1) {
    changePositions.push(timeline.spanFirst[span]!);
    changeCodes.push(span * 2 + 1);
    const last = timeline.spanLast[span]!;
    if (last < count) {
      changePositions.push(last);
      changeCodes.push(span * 2);
    }
  }
  const changes = groupByKey(changePositions, count);
  timeline.spansByOwner = groupByKey(timeline.spanOwner, count);

  // Per earlier incident, how many of its items are unfinished at the current position.
  const openCounts = new Int32Array(count);
  let total = 0;
  let openIncidents = 0;
  for (let position = 0; position < count; position += 1) {
    for (let change = changes.offsets[position]!; change < changes.offsets[position + 1]!; change += 1) {
      const code = changeCodes[changes.order[change]!]!;
      const owner = timeline.spanOwner[code >> 1]!;
      const before = openCounts[owner]!;
      const after = before + (code & 1 ? 1 : -1);
      openCounts[owner] = after;
      total += after - before;
      openIncidents += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
    }
    if (total > 0 && isChecked[timeline.incidents[position]!]) {
      hits.push({ timeline, position, unfinishedItemCount: total, earlierIncidentCount: openIncidents });
    }
  }
}

export function findRepeatRisk(input: RepeatRiskInput): RepeatRisk {
  const { allIncidents, allItems, histories, failureThemeIds } = input;
  const checked = new Set(input.incidents.map((incident) => incident.id));
  const isChecked = Uint8Array.from(allIncidents, (incident) => (checked.has(incident.id) ? 1 : 0));
  const wanted = (themeId: string): boolean => !failureThemeIds || failureThemeIds.has(themeId);
  const times = allIncidents.map(incidentTime);
  const display = themeDisplayLookup(input.themes);
  const { timelines, onTimelines } = buildTimelines(allIncidents, times, wanted, isChecked, display);

  // One pass over the items: each addressing item's unfinished spans go onto its incident's timelines.
  const incidentIndexById = new Map(allIncidents.map((incident, index) => [incident.id, index]));
  const spans: number[] = [];
  for (let itemIndex = 0; itemIndex < allItems.length; itemIndex += 1) {
    const item = allItems[itemIndex]!;
    const incidentIndex = item.incidentId === null ? undefined : incidentIndexById.get(item.incidentId);
    if (incidentIndex === undefined) continue;
    const memberships = onTimelines[incidentIndex]!;
    if (memberships.length === 0) continue;
    const history = historyIndex(histories, item.id, itemIndex);
    if (history === undefined) continue;
    // A generic fix, addressing none of its incident's failures by theme, counts against all of them.
    const addressed = failureThemesAddressedByThemes(item.themes);
    const generic = !allIncidents[incidentIndex]!.failureThemes.some((themeId) => addressed.includes(themeId));
    spans.length = 0;
    appendUnfinishedSpans(histories, history, spans);
    if (spans.length === 0) continue;
    for (const { timeline, position } of memberships) {
      if (timeline.hasChecked && (generic || addressed.includes(timeline.theme.id))) addSpans(timeline, position, itemIndex, spans);
    }
  }

  const hits: RepeatRiskHit[] = [];
  for (const timeline of timelines) if (timeline.hasChecked) sweepTimeline(timeline, isChecked, hits);
  // Latest day first, then by theme; plain comparisons, as localeCompare is slow over thousands of hits.
  const dayOfHit = (hit: RepeatRiskHit): number => Math.floor(hit.timeline.times[hit.position]! / DAY_MS);
  hits.sort((a, b) => {
    const dayA = dayOfHit(a);
    const dayB = dayOfHit(b);
    if (dayA !== dayB) return dayB - dayA;
    const labelA = a.timeline.theme.label;
    const labelB = b.timeline.theme.label;
    return labelA < labelB ? -1 : labelA > labelB ? 1 : 0;
  });
  return { hits, allIncidents, allItems };
}

/** Entry `hit` in full: the earlier incidents with their items still open, most recent first. */
function toEntry(risk: RepeatRisk, hit: RepeatRiskHit): RepeatRiskEntry {
  const { timeline, position } = hit;
  const { order, offsets } = timeline.spansByOwner;
  const earlier: EarlierIncidentOpenItems[] = [];
  for (let back = position - 1; back >= 0 && earlier.length < MAX_EARLIER_LISTED; back -= 1) {
    const unfinishedItemIds: string[] = [];
    for (let entry = offsets[back]!; entry < offsets[back + 1]!; entry += 1) {
      const span = order[entry]!;
      if (timeline.spanFirst[span]! <= position && position < timeline.spanLast[span]!) {
        unfinishedItemIds.push(risk.allItems[timeline.spanItem[span]!]!.id);
      }
    }
    if (unfinishedItemIds.length > 0) {
      earlier.push({ incident: toIncidentRef(risk.allIncidents[timeline.incidents[back]!]!), unfinishedItemIds });
    }
  }
  const incident = toIncidentRef(risk.allIncidents[timeline.incidents[position]!]!);
  const { unfinishedItemCount, earlierIncidentCount } = hit;
  return {
    incident,
    failureTheme: timeline.theme,
    unfinishedItemCount,
    earlierIncidentCount,
    earlier,
    explanation: explain(timeline.theme, incident, earlier, unfinishedItemCount, earlierIncidentCount),
  };
}

/** Entries `start` up to (not including) `end` of the list, latest first. */
export function repeatRiskEntries(risk: RepeatRisk, start = 0, end = risk.hits.length): RepeatRiskEntry[] {
  return risk.hits.slice(start, end).map((hit) => toEntry(risk, hit));
}
