import { describe, expect, it } from 'vitest';
import { buildStatusHistories, findRepeatRisk, repeatRiskEntries, type RepeatRiskInput } from '../../../../shared/insights';
import { created, incident, item, statusChange, theme } from './builders';

const themes = [theme('relay-loop', 'Relay loop', 'failure'), theme('relay-loop-prevention', 'Relay & routing loops', 'remediation')];
const messageBus = incident('mb', { title: 'Message Bus Down', startedAt: '2023-03-27T04:51:00Z', failureThemes: ['dependency-failure', 'relay-loop'] });
const disruption = incident('sd', { title: 'Service disruption', startedAt: '2024-03-08T05:10:00Z', failureThemes: ['relay-loop'] });
const again = incident('ra', { title: 'Relay again', startedAt: '2024-05-01T00:00:00Z', failureThemes: ['relay-loop', 'memory-leak'] });
const elsewhere = incident('x', { title: 'Acme outage', organization: 'Acme', startedAt: '2023-01-01T00:00:00Z', failureThemes: ['relay-loop'] });
const incidents = [again, elsewhere, disruption, messageBus];

const items = [
  item('m1', { incidentId: 'mb', themes: ['relay-loop-prevention'] }),
  item('m2', { incidentId: 'mb', themes: ['relay-loop-prevention'], status: 'done' }),
  item('m3', { incidentId: 'mb', themes: ['dependency-isolation'] }), // addresses dependency-failure only
  item('m4', { incidentId: 'mb', themes: ['other'] }), // a generic fix: counts for all of Message Bus Down's failures
  item('m5', { incidentId: 'mb', themes: ['relay-loop-prevention'] }), // created after every later incident
  item('s1', { incidentId: 'sd', themes: ['relay-loop-prevention'], status: 'done' }),
  item('s2', { incidentId: 'sd', themes: ['relay-loop-prevention'] }),
  item('x1', { incidentId: 'x', themes: ['relay-loop-prevention'] }), // another organization
];
const events = [
  created('m1', '2023-03-29T00:00:00Z'),
  created('m2', '2023-03-29T00:00:00Z'),
  statusChange('m2', '2024-01-01T00:00:00Z', 'open', 'done'),
  created('m3', '2023-03-29T00:00:00Z'),
  created('m4', '2023-03-29T00:00:00Z'),
  created('m5', '2024-06-01T00:00:00Z'),
  created('s1', '2024-03-09T00:00:00Z'),
  statusChange('s1', '2024-04-01T00:00:00Z', 'open', 'done'),
  created('s2', '2024-03-09T00:00:00Z'),
  created('x1', '2023-01-02T00:00:00Z'),
];
const histories = buildStatusHistories(items, events);
const base = { allIncidents: incidents, allItems: items, histories, themes };
const entriesOf = (input: RepeatRiskInput) => repeatRiskEntries(findRepeatRisk(input));

describe('repeat risk', () => {
  it('lists each return of a failure theme while earlier items on it were still open', () => {
    const entries = entriesOf({ ...base, incidents });
    expect(entries.map((entry) => entry.explanation)).toEqual([
      'Relay loop came back on 2024-05-01 (Relay again) while 1 item from Service disruption (2024-03-08) and 2 from Message Bus Down (2023-03-27) were still open',
      'Relay loop came back on 2024-03-08 (Service disruption) while 2 items from Message Bus Down (2023-03-27) were still open',
    ]);
    const [latest, first] = entries;
    expect(first!.incident).toEqual({ id: 'sd', title: 'Service disruption', date: '2024-03-08', organization: 'LiveKit' });
    expect(first!.failureTheme.id).toBe('relay-loop');
    expect(first!.earlier.map((entry) => [entry.incident.id, [...entry.unfinishedItemIds].sort()])).toEqual([['mb', ['m1', 'm4']]]);
    expect(latest!.unfinishedItemCount).toBe(3);
    expect(latest!.earlierIncidentCount).toBe(2);
  });

  it('counts every finding and builds the entries of the range asked for', () => {
    const risk = findRepeatRisk({ ...base, incidents });
    expect(risk.hits.length).toBe(2);
    expect(repeatRiskEntries(risk, 1, 2).map((entry) => entry.incident.id)).toEqual(['sd']);
    expect(repeatRiskEntries(risk, 0, 1).map((entry) => entry.incident.id)).toEqual(['ra']);
  });

  it('checks only the given incidents but looks back through all of them', () => {
    const entries = entriesOf({ ...base, incidents: [disruption] });
    expect(entries.map((entry) => entry.incident.id)).toEqual(['sd']);
  });

  it('narrows to the failure themes in focus', () => {
    expect(entriesOf({ ...base, incidents, failureThemeIds: new Set(['memory-leak']) })).toEqual([]);
  });

  it('does not count items closed before the later incident', () => {
    const closedEvents = [...events, statusChange('m1', '2024-03-01T00:00:00Z', 'open', 'done'), statusChange('m4', '2024-03-01T00:00:00Z', 'open', 'wont_do')];
    const entries = entriesOf({ ...base, histories: buildStatusHistories(items, closedEvents), incidents: [disruption] });
    expect(entries).toEqual([]);
  });

  it('counts an item that was reopened before the later incident', () => {
    const reopened = [
      ...events,
      statusChange('m1', '2023-06-01T00:00:00Z', 'open', 'done'),
      statusChange('m4', '2023-06-01T00:00:00Z', 'open', 'done'),
      statusChange('m1', '2024-02-01T00:00:00Z', 'done', 'in_progress'),
    ];
    const entries = entriesOf({ ...base, histories: buildStatusHistories(items, reopened), incidents: [disruption] });
    expect(entries.map((entry) => entry.explanation)).toEqual([
      'Relay loop came back on 2024-03-08 (Service disruption) while 1 item from Message Bus Down (2023-03-27) was still open',
    ]);
  });

  it('summarises many earlier incidents, naming the most recent', () => {
    const earlier = ['2023-01-01', '2023-02-01', '2023-03-01', '2023-04-01'].map((day, index) =>
      incident(`e${index}`, { title: `Earlier ${index}`, startedAt: `${day}T00:00:00Z`, failureThemes: ['relay-loop'] }),
    );
    const later = incident('l', { title: 'Later', startedAt: '2023-05-01T00:00:00Z', failureThemes: ['relay-loop'] });
    const openItems = earlier.map((record, index) => item(`o${index}`, { incidentId: record.id, themes: ['relay-loop-prevention'], createdAt: record.startedAt! }));
    const entries = entriesOf({
      incidents: [later],
      allIncidents: [...earlier, later],
      allItems: openItems,
      histories: buildStatusHistories(openItems, []),
      themes,
    });
    expect(entries.map((entry) => entry.explanation)).toEqual([
      'Relay loop came back on 2023-05-01 (Later) while 4 items from 4 earlier incidents were still open, most recently 1 from Earlier 3 (2023-04-01)',
    ]);
    expect(entries[0]!.earlier.map((entry) => entry.incident.id)).toEqual(['e3', 'e2', 'e1']);
  });
});
