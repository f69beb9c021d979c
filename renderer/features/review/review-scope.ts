/**
 * Which items a review meeting covers and in what order. Pure: the meeting stores the
 * chosen scope and the resulting item ids, so a reopened meeting shows the same items.
 */
import { incidentTime, parseTime } from '../../../shared/insights';
import { CLOSED_STATUSES, PRIORITIES, type ActionItem, type Incident, type MeetingScope } from '../../../shared/model';

export type ScopeKind = MeetingScope['kind'];
export type ReviewOrder = MeetingScope['order'];

/** The owner scope's value for items nobody owns. */
export const UNASSIGNED_OWNER = '';

export const SCOPE_KIND_LABELS: Record<ScopeKind, string> = {
  'all-open': 'All open items',
  overdue: 'Overdue items',
  'due-within': 'Due within N days',
  incident: 'One incident',
  theme: 'One theme',
  owner: 'One owner',
};

export const ORDER_LABELS: Record<ReviewOrder, string> = {
  due: 'Due date, soonest first',
  priority: 'Priority, most urgent first',
  incident: 'Incident, latest first',
  age: 'Age, oldest first',
};

export const DEFAULT_DUE_WITHIN_DAYS = 14;

/** `day` (`YYYY-MM-DD`) plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  return new Date(parseTime(day) + days * 86_400_000).toISOString().slice(0, 10);
}

function inScope(scope: MeetingScope, today: string): (item: ActionItem) => boolean {
  switch (scope.kind) {
    case 'all-open':
      return () => true;
    case 'overdue':
      return (item) => item.dueDate !== null && item.dueDate < today;
    case 'due-within': {
      const days = Number.parseInt(scope.value ?? '', 10);
      const until = addDays(today, Number.isFinite(days) && days >= 0 ? days : DEFAULT_DUE_WITHIN_DAYS);
      // Overdue items are due "within" any window: a review should not skip them.
      return (item) => item.dueDate !== null && item.dueDate <= until;
    }
    case 'incident':
      return (item) => item.incidentId === scope.value;
    case 'theme':
      return (item) => scope.value !== null && item.themes.includes(scope.value);
    case 'owner':
      return (item) => (item.owner ?? UNASSIGNED_OWNER) === scope.value;
  }
}

/** Nulls sort last in every order. */
function compareNullable<T extends string | number>(a: T | null, b: T | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

const priorityRank = (item: ActionItem): number | null => (item.priority === null ? null : PRIORITIES.indexOf(item.priority));

function comparator(order: ReviewOrder, incidents: ReadonlyMap<string, Incident>): (a: ActionItem, b: ActionItem) => number {
  const byDue = (a: ActionItem, b: ActionItem) => compareNullable(a.dueDate, b.dueDate);
  const byPriority = (a: ActionItem, b: ActionItem) => compareNullable(priorityRank(a), priorityRank(b));
  const byAge = (a: ActionItem, b: ActionItem) => compareNullable(a.createdAt, b.createdAt);
  const incidentRecency = (item: ActionItem): number | null => {
    const incident = item.incidentId === null ? undefined : incidents.get(item.incidentId);
    return incident ? -incidentTime(incident) : null;
  };
  const byIncident = (a: ActionItem, b: ActionItem) => compareNullable(incidentRecency(a), incidentRecency(b));
  const chains: Record<ReviewOrder, ((a: ActionItem, b: ActionItem) => number)[]> = {
    due: [byDue, byPriority, byAge],
    priority: [byPriority, byDue, byAge],
    incident: [byIncident, byDue, byPriority, byAge],
    age: [byAge, byDue],
  };
  return (a, b) => {
    for (const compare of chains[order]) {
      const result = compare(a, b);
      if (result !== 0) return result;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** The unfinished items in the scope, in the meeting's order. `today` is `YYYY-MM-DD`. */
export function selectReviewItems(
  items: readonly ActionItem[],
  incidents: ReadonlyMap<string, Incident>,
  scope: MeetingScope,
  today: string,
): ActionItem[] {
  const matches = inScope(scope, today);
  return items
    .filter((item) => !CLOSED_STATUSES.includes(item.status) && matches(item))
    .sort(comparator(scope.order, incidents));
}

/** "Overdue items", "Incident: Database outage", "Owner: Unassigned". */
export function describeScope(scope: MeetingScope, names: { incident?: string; theme?: string } = {}): string {
  switch (scope.kind) {
    case 'all-open':
    case 'overdue':
      return SCOPE_KIND_LABELS[scope.kind];
    case 'due-within':
      return `Due within ${scope.value ?? DEFAULT_DUE_WITHIN_DAYS} days`;
    case 'incident':
      return `Incident: ${names.incident ?? 'removed incident'}`;
    case 'theme':
      return `Theme: ${names.theme ?? scope.value ?? ''}`;
    case 'owner':
      return `Owner: ${scope.value === UNASSIGNED_OWNER ? 'Unassigned' : (scope.value ?? '')}`;
  }
}
