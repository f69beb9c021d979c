/**
 * Repeat risk: an incident whose failure theme had already appeared in an earlier incident
 * of the same organization while that earlier incident's items addressing the theme were
 * still unfinished at the later incident's date. "Promised, not done, and it happened again."
 *
 * Per organization and failure theme, one sweep over the incidents in time order: each
 * addressing item counts from just after its own incident for as long as it stays
 * unfinished (from its status history). Its start and end are bucketed by the first
 * incident at or after them (a counting sort), so the sweep needs no sort of item times
 * and no join of every incident with every earlier one.
 */
import { CLOSED_STATUSES, type ActionItem, type Incident, type Theme } from '../model';
import { failureThemesAddressedByItem } from './failure-remediation';
import { incidentTime } from './filters';
import { toIncidentRef, type IncidentRef } from './recurrence';
import type { StatusHistory } from './status-history';
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

function groupKey(organization: string | null, themeId: string): string {
  return JSON.stringify([organization, themeId]);
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

/** One organization's incidents with one failure theme, and the unfinished spans of the items addressing it. */
interface ThemeGroup {
  themeId: string;
  incidents: Incident[];
  /** Per span: the index in `allIncidents` of the item's incident, the index in `allItems` of the item, start and end. */
  spanIncident: number[];
  spanItem: number[];
  spanTimes: number[];
}

/** Counting sort: for each of `keys` (ints below `size`), its index, grouped by key; plus where each key's run starts. */
function groupByKey(keys: Int32Array, size: number): { order: Int32Array; offsets: Int32Array } {
  const offsets = new Int32Array(size + 1);
  for (const key of keys) offsets[key + 1]! += 1;
  for (let key = 0; key < size; key += 1) offsets[key + 1]! += offsets[key]!;
  const fill = offsets.slice(0, size);
  const order = new Int32Array(keys.length);
  keys.forEach((key, index) => {
    order[fill[key]!] = index;
    fill[key]! += 1;
  });
  return { order, offsets };
}

export function findRepeatRisk(input: RepeatRiskInput): RepeatRiskEntry[] {
  const { allIncidents, allItems } = input;
  const checked = new Set(input.incidents.map((incident) => incident.id));
  const wanted = (themeId: string): boolean => !input.failureThemeIds || input.failureThemeIds.has(themeId);

  const groups = new Map<string, ThemeGroup>();
  const groupsOfIncident: ThemeGroup[][] = allIncidents.map((incident) =>
    [...new Set(incident.failureThemes)].filter(wanted).map((themeId) => {
      const key = groupKey(incident.organization, themeId);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { themeId, incidents: [], spanIncident: [], spanItem: [], spanTimes: [] }));
      group.incidents.push(incident);
      return group;
    }),
  );

  // One pass over the items: each addressing item's unfinished spans go to its incident's groups.
  const incidentIndexById = new Map(allIncidents.map((incident, index) => [incident.id, index]));
  const spans: number[] = [];
  allItems.forEach((item, itemIndex) => {
    const incidentIndex = item.incidentId === null ? undefined : incidentIndexById.get(item.incidentId);
    if (incidentIndex === undefined || groupsOfIncident[incidentIndex]!.length === 0) return;
    const history = input.histories.get(item.id);
    if (!history) return;
    const addressed = failureThemesAddressedByItem(item, allIncidents[incidentIndex]);
    spans.length = 0;
    for (const group of groupsOfIncident[incidentIndex]!) {
      if (!addressed.includes(group.themeId)) continue;
      if (spans.length === 0) appendUnfinishedSpans(history, spans);
      for (let index = 0; index < spans.length; index += 2) {
        group.spanIncident.push(incidentIndex);
        group.spanItem.push(itemIndex);
        group.spanTimes.push(spans[index]!, spans[index + 1]!);
      }
    }
  });

  const times = allIncidents.map(incidentTime);
  const positionOf = new Int32Array(allIncidents.length);
  const refs = new Map<Incident, IncidentRef>();
  const refOf = (incident: Incident): IncidentRef => {
    let ref = refs.get(incident);
    if (!ref) refs.set(incident, (ref = toIncidentRef(incident)));
    return ref;
  };
  const display = themeDisplayLookup(input.themes);
  const entries: RepeatRiskEntry[] = [];

  for (const group of groups.values()) {
    if (!group.incidents.some((incident) => checked.has(incident.id))) continue;
    const indices = group.incidents.map((incident) => incidentIndexById.get(incident.id)!).sort((a, b) => times[a]! - times[b]!);
    const count = indices.length;
    const theme = display(group.themeId);
    indices.forEach((incidentIndex, position) => (positionOf[incidentIndex] = position));
    const groupTimes = indices.map((incidentIndex) => times[incidentIndex]!);

    // A span counts for the incidents at positions [first, last): strictly after its own incident, before it ends.
    const spanCount = group.spanItem.length;
    const spanPosition = new Int32Array(spanCount);
    const changeSlots: number[] = [];
    const changeCodes: number[] = [];
    for (let span = 0; span < spanCount; span += 1) {
      const position = positionOf[group.spanIncident[span]!]!;
      spanPosition[span] = position;
      const start = Math.max(group.spanTimes[2 * span]!, groupTimes[position]! + 1);
      const end = group.spanTimes[2 * span + 1]!;
      const first = firstAtOrAfter(groupTimes, start);
      const last = end === Infinity ? count : firstAtOrAfter(groupTimes, end);
      if (first >= last) continue;
      // Coded as position * 2 + (1 for +1, 0 for -1).
      changeSlots.push(first);
      changeCodes.push(position * 2 + 1);
      if (last < count) {
        changeSlots.push(last);
        changeCodes.push(position * 2);
      }
    }
    const changes = groupByKey(Int32Array.from(changeSlots), count);
    const spansByPosition = groupByKey(spanPosition, count);

    const openCounts = new Int32Array(count);
    let total = 0;
    let openIncidents = 0;
    for (let position = 0; position < count; position += 1) {
      for (let change = changes.offsets[position]!; change < changes.offsets[position + 1]!; change += 1) {
        const code = changeCodes[changes.order[change]!]!;
        const before = openCounts[code >> 1]!;
        const after = before + (code & 1 ? 1 : -1);
        openCounts[code >> 1] = after;
        total += after - before;
        openIncidents += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
      }
      const incident = allIncidents[indices[position]!]!;
      if (total === 0 || !checked.has(incident.id)) continue;

      const at = groupTimes[position]!;
      const earlier: EarlierIncidentOpenItems[] = [];
      for (let back = position - 1; back >= 0 && earlier.length < MAX_EARLIER_LISTED; back -= 1) {
        if (openCounts[back] === 0) continue;
        const unfinishedItemIds: string[] = [];
        for (let entry = spansByPosition.offsets[back]!; entry < spansByPosition.offsets[back + 1]!; entry += 1) {
          const span = spansByPosition.order[entry]!;
          if (group.spanTimes[2 * span]! <= at && at < group.spanTimes[2 * span + 1]!) unfinishedItemIds.push(allItems[group.spanItem[span]!]!.id);
        }
        earlier.push({ incident: refOf(allIncidents[indices[back]!]!), unfinishedItemIds });
      }
      const ref = refOf(incident);
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
