/**
 * Repeat risk: an incident whose failure theme had already appeared in an earlier incident
 * of the same organization while that earlier incident's items addressing the theme were
 * still unfinished at the later incident's date. "Promised, not done, and it happened again."
 *
 * Per organization and failure theme, a timeline: its incidents sorted by time. Each span of
 * time in which an addressing item was unfinished covers a run of later incidents on its
 * timeline, found by two binary searches; one sweep along the timeline then adds the runs
 * that begin and removes those that end (prefix counts), so no incident is joined with every
 * earlier one and no item is replayed per later incident.
 */
import { CLOSED_STATUSES, type ActionItem, type Incident, type Theme } from '../model';
import { failureThemesAddressedBy } from './failure-remediation';
import { incidentTime } from './filters';
import { toIncidentRef, type IncidentRef } from './recurrence';
import { historyLookup, type StatusHistory } from './status-history';
import { themeDisplayLookup, type ThemeDisplay } from './theme-display';

export interface EarlierIncidentOpenItems {
  incident: IncidentRef;
  /** Items of that incident, addressing the theme, unfinished at the later incident's date. */
  unfinishedItemIds: string[];
}

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

/**
 * Appends the spans of time in which the item was unfinished to `into` as start, end pairs;
 * end is Infinity while it is still open.
 */
function appendUnfinishedSpans(history: StatusHistory, into: number[]): void {
  let openSince: number | null = CLOSED_STATUSES.includes(history.initialStatus) ? null : history.createdAt;
  for (const change of history.changes) {
    const closed = CLOSED_STATUSES.includes(change.to);
    if (closed && openSince !== null) {
      into.push(openSince, change.at);
      openSince = null;
    } else if (!closed && openSince === null) {
      openSince = Math.max(change.at, history.createdAt);
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
  histories: ReadonlyMap<string, StatusHistory>;
  themes: readonly Theme[];
  /** Only these failure themes, when given. */
  failureThemeIds?: ReadonlySet<string> | null;
}

/** One organization's incidents with one failure theme, in time order, and the unfinished spans on it. */
interface Timeline {
  themeId: string;
  /** Indices into `allIncidents`, sorted by time (ties in input order). */
  incidents: number[];
  times: number[];
  hasChecked: boolean;
  /**
   * Per span of an addressing item: its own incident's position, the item's id, and the
   * positions [first, last) of the later incidents it covers.
   */
  spanOwner: number[];
  spanItemId: string[];
  spanFirst: number[];
  spanLast: number[];
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

/** Whether one of the remediation `themes` addresses `failureThemeId`. */
function addresses(themes: readonly string[], failureThemeId: string): boolean {
  for (const theme of themes) if (failureThemesAddressedBy(theme).includes(failureThemeId)) return true;
  return false;
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
): { timelines: Timeline[]; onTimelines: { timeline: Timeline; position: number }[][] } {
  const byOrganization = new Map<string | null, Map<string, Timeline>>();
  const timelines: Timeline[] = [];
  const onTimelines = allIncidents.map((incident, incidentIndex) => {
    let byTheme = byOrganization.get(incident.organization);
    if (!byTheme) byOrganization.set(incident.organization, (byTheme = new Map()));
    const memberships: { timeline: Timeline; position: number }[] = [];
    for (const themeId of new Set(incident.failureThemes)) {
      if (!wanted(themeId)) continue;
      let timeline = byTheme.get(themeId);
      if (!timeline) {
        timeline = { themeId, incidents: [], times: [], hasChecked: false, spanOwner: [], spanItemId: [], spanFirst: [], spanLast: [] };
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
function addSpans(timeline: Timeline, position: number, itemId: string, spans: readonly number[]): void {
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
    timeline.spanItemId.push(itemId);
    timeline.spanFirst.push(first);
    timeline.spanLast.push(last);
  }
}

export function findRepeatRisk(input: RepeatRiskInput): RepeatRiskEntry[] {
  const { allIncidents, allItems, histories, failureThemeIds } = input;
  const checked = new Set(input.incidents.map((incident) => incident.id));
  const isChecked = Uint8Array.from(allIncidents, (incident) => (checked.has(incident.id) ? 1 : 0));
  const wanted = (themeId: string): boolean => !failureThemeIds || failureThemeIds.has(themeId);
  const times = allIncidents.map(incidentTime);
  const { timelines, onTimelines } = buildTimelines(allIncidents, times, wanted, isChecked);

  // One pass over the items: each addressing item's unfinished spans go onto its incident's timelines.
  const incidentIndexById = new Map(allIncidents.map((incident, index) => [incident.id, index]));
  const spans: number[] = [];
  const historyOf = historyLookup(histories);
  for (let itemIndex = 0; itemIndex < allItems.length; itemIndex += 1) {
    const item = allItems[itemIndex]!;
    const history = historyOf(item.id);
    const incidentIndex = item.incidentId === null ? undefined : incidentIndexById.get(item.incidentId);
    if (incidentIndex === undefined) continue;
    const memberships = onTimelines[incidentIndex]!;
    if (memberships.length === 0) continue;
    if (!history) continue;
    // A generic fix, addressing none of its incident's failures by theme, counts against all of them.
    const generic = !allIncidents[incidentIndex]!.failureThemes.some((themeId) => addresses(item.themes, themeId));
    spans.length = 0;
    appendUnfinishedSpans(history, spans);
    if (spans.length === 0) continue;
    for (const { timeline, position } of memberships) {
      if (timeline.hasChecked && (generic || addresses(item.themes, timeline.themeId))) addSpans(timeline, position, item.id, spans);
    }
  }

  const refs = new Map<number, IncidentRef>();
  const refOf = (incidentIndex: number): IncidentRef => {
    let ref = refs.get(incidentIndex);
    if (!ref) refs.set(incidentIndex, (ref = toIncidentRef(allIncidents[incidentIndex]!)));
    return ref;
  };
  const display = themeDisplayLookup(input.themes);
  const entries: RepeatRiskEntry[] = [];

  for (const timeline of timelines) {
    if (!timeline.hasChecked) continue;
    const count = timeline.incidents.length;
    const theme = display(timeline.themeId);
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
    const spansByOwner = groupByKey(timeline.spanOwner, count);

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
      const incidentIndex = timeline.incidents[position]!;
      if (total === 0 || !isChecked[incidentIndex]) continue;

      const earlier: EarlierIncidentOpenItems[] = [];
      for (let back = position - 1; back >= 0 && earlier.length < MAX_EARLIER_LISTED; back -= 1) {
        if (openCounts[back] === 0) continue;
        const unfinishedItemIds: string[] = [];
        for (let entry = spansByOwner.offsets[back]!; entry < spansByOwner.offsets[back + 1]!; entry += 1) {
          const span = spansByOwner.order[entry]!;
          if (timeline.spanFirst[span]! <= position && position < timeline.spanLast[span]!) unfinishedItemIds.push(timeline.spanItemId[span]!);
        }
        earlier.push({ incident: refOf(timeline.incidents[back]!), unfinishedItemIds });
      }
      const ref = refOf(incidentIndex);
      entries.push({
        incident: ref,
        failureTheme: theme,
        unfinishedItemCount: total,
        earlierIncidentCount: openIncidents,
        earlier,
        explanation: explain(theme, ref, earlier, total, openIncidents),
      });
    }
  }
  // Latest first, then by theme; plain comparisons, as localeCompare is slow over thousands of entries.
  return entries.sort((a, b) =>
    a.incident.date !== b.incident.date
      ? a.incident.date < b.incident.date ? 1 : -1
      : a.failureTheme.label < b.failureTheme.label ? -1 : a.failureTheme.label > b.failureTheme.label ? 1 : 0,
  );
}
