/**
 * A known database for report tests, with user text that needs escaping in every format.
 * "Now" is 2024-04-15 12:00 UTC; the period starts 2024-04-01.
 */
import type { ReportInput } from '../../../../shared/report';
import { changed, created, incident, item, meeting, statusChange, theme } from '../insights/builders';

export const NOW = new Date('2024-04-15T12:00:00Z');

export const TRICKY_OWNER = 'Ana | Ops';
export const TRICKY_INCIDENT = 'Service | Disruption <b>&';
export const SCRIPT_TITLE = 'Fix <script>alert(1)</script> & co';
export const FORMULA_TITLE = '=HYPERLINK("http://evil")\nsecond line';
export const QUOTED_TITLE = 'Add relay loop detection, "quickly"';
export const NOTE = 'Waiting on | vendor, "soon"\nnext week';

export function knownDatabase(): ReportInput {
  return {
    incidents: [
      incident('mb', { title: 'Message Bus Down', startedAt: '2023-03-27T04:51:00Z', failureThemes: ['relay-loop'] }),
      incident('sd', { title: TRICKY_INCIDENT, startedAt: '2024-03-08T05:10:00Z', failureThemes: ['relay-loop'] }),
    ],
    items: [
      item('i1', {
        incidentId: 'mb',
        title: QUOTED_TITLE,
        themes: ['relay-loop-prevention'],
        owner: TRICKY_OWNER,
        dueDate: '2024-02-01',
        priority: 'P1',
        notes: NOTE,
        createdAt: '2023-03-29T00:00:00Z',
      }),
      item('i2', {
        incidentId: 'mb',
        title: SCRIPT_TITLE,
        themes: ['validation'],
        status: 'done',
        createdAt: '2023-03-29T00:00:00Z',
        closedAt: '2024-04-02T00:00:00Z',
      }),
      item('i3', {
        incidentId: 'sd',
        title: FORMULA_TITLE,
        themes: ['relay-loop-prevention'],
        status: 'in_progress',
        owner: 'Bo',
        dueDate: '2024-04-30',
        priority: 'P0',
        createdAt: '2024-03-09T00:00:00Z',
      }),
      item('i4', { incidentId: 'sd', title: 'Reduce pub/sub topics', themes: ['capacity'], status: 'wont_do', createdAt: '2024-03-09T00:00:00Z' }),
      item('i5', { title: 'Write the runbook', status: 'blocked', dueDate: '2024-04-14', createdAt: '2024-04-05T00:00:00Z' }),
    ],
    events: [
      created('i1', '2023-03-29T00:00:00Z'),
      created('i2', '2023-03-29T00:00:00Z'),
      statusChange('i2', '2024-04-02T00:00:00Z', 'open', 'done'),
      created('i3', '2024-03-09T00:00:00Z'),
      statusChange('i3', '2024-03-20T00:00:00Z', 'open', 'in_progress'),
      created('i4', '2024-03-09T00:00:00Z'),
      created('i5', '2024-04-05T00:00:00Z'),
      statusChange('i5', '2024-04-06T00:00:00Z', 'open', 'blocked'),
      // The last review meeting.
      statusChange('i4', '2024-04-10T09:05:00Z', 'open', 'wont_do', 'm2'),
      changed('i3', '2024-04-10T09:10:00Z', 'owner', null, 'Bo', 'm2'),
      changed('i3', '2024-04-10T09:11:00Z', 'dueDate', '2024-04-20', '2024-04-30', 'm2'),
      changed('i3', '2024-04-10T09:12:00Z', 'priority', 'P2', 'P0', 'm2'),
      changed('i1', '2024-04-10T09:15:00Z', 'notes', '', NOTE, 'm2'),
      // An earlier meeting.
      changed('i1', '2024-03-01T09:15:00Z', 'owner', null, TRICKY_OWNER, 'm1'),
    ],
    themes: [
      theme('validation', 'Validation & testing', 'remediation', '#2a9d8f'),
      theme('relay-loop-prevention', 'Relay & routing loops', 'remediation', '#e76f51'),
      theme('capacity', 'Capacity & scaling', 'remediation', '#264653'),
      theme('relay-loop', 'Relay loop', 'failure', '#9b2226'),
    ],
    meetings: [
      meeting('m1', { title: 'Review, March', startedAt: '2024-03-01T09:00:00Z', endedAt: '2024-03-01T10:00:00Z' }),
      meeting('m2', { title: 'Weekly review', startedAt: '2024-04-10T09:00:00Z', endedAt: '2024-04-10T09:45:00Z' }),
    ],
    lastReportAt: '2024-04-01T00:00:00Z',
  };
}
