/**
 * The kind an item gets from the verbs and objects of its wording: audits and forensics are
 * investigation, publishing an analysis or rehearsing is process, scans and event views are
 * detection, staggering and response plans are mitigation. An action list grouped under kind
 * headings ("### Detection") keeps every group, and an item naming no kind takes its group's; a
 * "Completed" group is done.
 */
import { describe, expect, it } from 'vitest';
import { items } from './snippets';

const kindsOf = (entries: string[]): string[] =>
  items('pm.md', `# Outage\n\n## Remediation\n\n${entries.map((e) => `- ${e}\n`).join('')}`).map((i) => i.kind);

describe('kinds by vocabulary', () => {
  it('reads audits, assessments and work with outside specialists to investigate as investigation', () => {
    expect(
      kindsOf([
        'Perform system audit to identify potential additional compromise.',
        'Conduct an additional audit to identify potential points of failure.',
        'Work with outside forensic specialists to investigate the issue.',
      ]),
    ).toEqual(['investigate', 'investigate', 'investigate']);
  });

  it('does not read a code review or a peer review of each change as investigation', () => {
    expect(kindsOf(['Perform code review on every configuration change.'])).not.toEqual(['investigate']);
  });

  it('reads publishing the analysis, rehearsals, education and hardening a process as process', () => {
    expect(
      kindsOf([
        'Publish the full causal analysis graph and update corrective actions.',
        'Perform rehearsals with all engineers on restoring the gateways.',
        'Educate everyone on the perils of SSH agent forwarding.',
        'Harden our credential management process.',
      ]),
    ).toEqual(['process', 'process', 'process', 'process']);
  });

  it('keeps an environment for rehearsals a preventive change', () => {
    expect(kindsOf(['Establish a dedicated environment reflecting production for safe upgrade rehearsals.'])).toEqual(['prevent']);
  });

  it('reads vulnerability scans, tracking changes, keeping logs and showing events as detection', () => {
    expect(
      kindsOf([
        'Set up regular vulnerability scans against production.',
        'Track changes and additions to credentials.',
        'Identify tooling to keep logs for a defined time period.',
        'Show the events that cancelled functions in the run history.',
      ]),
    ).toEqual(['detect', 'detect', 'detect', 'detect']);
  });

  it('reads staggering rotations and better response plans as mitigation', () => {
    expect(
      kindsOf(['Stagger rotation of gateway services so failures do not coincide.', 'Improve our response plans for handling this class of database failure.']),
    ).toEqual(['mitigate', 'mitigate']);
  });
});

describe('action lists grouped under headings', () => {
  it('keeps the items under "Detection" and "Mitigation" group headings, and gives an item without cues its group\'s kind', () => {
    const found = items(
      'pm.md',
      '# Outage\n\n## Action items\n\n### Detection\n\n- Add an alert on queue depth.\n- Ship export counters to the shared board.\n\n### Mitigation\n\n- Add a kill switch for exports.\n- Split the export workers by tenant.\n',
    );
    expect(found.map((i) => [i.title, i.kind])).toEqual([
      ['Add an alert on queue depth', 'detect'],
      ['Ship export counters to the shared board', 'detect'],
      ['Add a kill switch for exports', 'mitigate'],
      ['Split the export workers by tenant', 'mitigate'],
    ]);
  });

  it('still reads "Detection" and "Mitigation" outside an action list as the story of the response', () => {
    expect(items('pm.md', '# Outage\n\n## Detection\n\n- An alert on queue depth paged the on-call engineer.\n\n## Mitigation\n\n- Split the export workers by tenant.\n- Add a kill switch for exports.\n')).toHaveLength(0);
  });

  it('reads the entries under a "Completed" group as done, and takes who and when out of the title', () => {
    const found = items(
      'pm.md',
      '# Outage\n\n## Follow-up actions\n\n### Completed\n\n- Raise the connection pool limit (owner: Ben)\n\n### Planned\n\n- Split the export workers by tenant (@ana, due May 1)\n\n### Immediate (done)\n\n- Add retries to the export client.\n\n### Not done yet\n\n- Move exports to a separate cluster.\n',
    );
    expect(found.map((i) => [i.title, i.done])).toEqual([
      ['Raise the connection pool limit', true],
      ['Split the export workers by tenant', false],
      ['Add retries to the export client', true],
      ['Move exports to a separate cluster', false],
    ]);
  });

  it('takes a trailing owner or due note after a dash out of the title, but not a dash that explains', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n1. **Add an alert on queue depth** — owner: Ana, due 2024-05-01\n2. Make the due-date logic correct - it drifts\n');
    expect(found.map((i) => i.title)).toEqual(['Add an alert on queue depth', 'Make the due-date logic correct - it drifts']);
  });
});
