/**
 * The kind an item gets from the verbs and objects of its wording: audits and forensics are
 * investigation, publishing an analysis or rehearsing is process, scans and event views are
 * detection, staggering and response plans are mitigation.
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
