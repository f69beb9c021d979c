/** What each figure and term in a report means, in one sentence each. */
import { LONG_OVERDUE_DAYS } from '../insights';

export interface TermDefinitionContext {
  today: string;
}

export const TERMS = {
  items: 'Items',
  incidents: 'Incidents',
  unfinished: 'Unfinished',
  notStarted: 'Not started',
  inProgress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  overdue: 'Overdue',
  longOverdue: `Overdue > ${LONG_OVERDUE_DAYS} days`,
  completionRate: 'Completion rate',
  medianDaysToClose: 'Median time to close',
  completedInPeriod: 'Completed in period',
  addedInPeriod: 'Added in period',
  burnUp: 'Burn-up',
  ageing: 'Age of unfinished items',
  daysOverdue: 'Days overdue',
  recurringTheme: 'Recurring failure theme',
  repeatRisk: 'Repeat risk',
  decisions: 'Meeting decisions',
} as const;
export type TermId = keyof typeof TERMS;

export function defineTerm(id: TermId, context: TermDefinitionContext): string {
  switch (id) {
    case 'items':
      return 'Remediation items in scope, whatever their status.';
    case 'incidents':
      return 'Incidents in scope, by the date they started.';
    case 'unfinished':
      return "Items neither done nor marked won't do.";
    case 'notStarted':
      return 'Items proposed or open, with no work started yet.';
    case 'inProgress':
      return 'Items someone is working on.';
    case 'blocked':
      return 'Items that cannot move until something else happens.';
    case 'done':
      return 'Items completed.';
    case 'overdue':
      return `Unfinished items whose due date is before ${context.today}.`;
    case 'longOverdue':
      return `Overdue items whose due date is more than ${LONG_OVERDUE_DAYS} days before ${context.today}.`;
    case 'completionRate':
      return "Done items as a share of all items except those marked won't do.";
    case 'medianDaysToClose':
      return 'The middle value of the days from creating an item to completing it, over done items.';
    case 'completedInPeriod':
      return 'Items that became done during the period and are still done.';
    case 'addedInPeriod':
      return 'Items created during the period.';
    case 'burnUp':
      return 'For each week or month: items created so far and items done at its end, replayed from the change history; the gap between the lines is the work still open.';
    case 'ageing':
      return 'Unfinished items grouped by days since they were created.';
    case 'daysOverdue':
      return `Days from the due date to ${context.today}.`;
    case 'recurringTheme':
      return 'A failure theme (what went wrong) that appeared in more than one incident in scope.';
    case 'repeatRisk':
      return "An incident whose failure theme had already appeared in an earlier incident of the same organization while that incident's items addressing the theme were still unfinished on the later incident's date.";
    case 'decisions':
      return 'Changes made during the meeting, from the changes recorded with it: items closed, status changes, new owners, new due dates, priority changes and notes.';
  }
}
