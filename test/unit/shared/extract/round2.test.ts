/**
 * Second round of general rules, found on postmortems the engine had never seen: section labels
 * written without heading markup, commitments told in unusual prose, response steps in action
 * tables, lessons stated as rules, raw HTML tables in Markdown, and kinds read from the action itself.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedItem } from '../../../../shared/model';
import { items, titles } from './snippets';

const kinds = (list: ExtractedItem[]): [string, string][] => list.map((i) => [i.title, i.kind]);

describe('section labels without heading markup', () => {
  it('reads a short plain line naming a section before a list as its heading', () => {
    const found = items(
      'pm.md',
      `# Certificate expired\n\n## Detection\nDetection was through people telling us it was not working.\n\nAction Items\n- Set up alerting to warn us of expiring SSL certificates\n- Host the staging instance on its own project\n`,
    );
    expect(titles(found)).toEqual(['Set up alerting to warn us of expiring SSL certificates', 'Host the staging instance on its own project']);
  });

  it('reads a line in capitals ending in a colon as a heading, even inside a paragraph', () => {
    const found = items(
      'pm.md',
      `# Load balancer errors\n\n## ROOT CAUSE:\nA component of the shared load balancing fabric exceeded its provisioned capacity.\nREMEDIATION AND PREVENTION:\nAt 07:46, engineers enabled standby capacity. To prevent this issue from recurring, Acme engineers are comprehensively re-examining the affected fabric. Additionally, Acme engineers are improving monitoring rules to provide an early warning of capacity shortfall.\n`,
    );
    expect(kinds(found)).toEqual([
      ['Comprehensively re-examine the affected fabric', 'investigate'],
      ['Improve monitoring rules to provide an early warning of capacity shortfall', 'detect'],
    ]);
  });

  it('reads a bold question paragraph of an HTML page as a heading, and its customer twin as advice', () => {
    const found = items(
      'pir.html',
      `<html><body><p><strong>What happened?</strong><span>&nbsp;</span></p><p>Moves failed for three days.</p>` +
        `<p><strong>How are we making incidents like this less likely or less impactful?</strong></p>` +
        `<ul><li>Enhance monitoring of key resource metrics to detect component issues sooner (Estimated completion: Feb 2025).</li>` +
        `<li>Removed the notification requirement for operation execution to prevent this type of issue (Completed).</li></ul>` +
        `<p><strong>How can customers make incidents like this less impactful?</strong></p>` +
        `<ul><li>Consider configuring alerts so the right people are notified about future service issues.</li></ul></body></html>`,
    );
    expect(found.map((i) => [i.title, i.done])).toEqual([
      ['Enhance monitoring of key resource metrics to detect component issues sooner', false],
      ['Remove the notification requirement for operation execution to prevent this type of issue', true],
    ]);
  });

  it('reads an italic label as a heading and lessons stated as rules of conduct as items', () => {
    const found = items(
      'pm.md',
      `# Node migration\n\nThe migration went badly.\n\n_Lessons learned_\n\n- Before migration, plan ahead and review your migration process.\n- Internal snapshots must not be older than 7 days.\n- Try to book a dedicated 3 hour slot for the migration process.\n- Do not perform a migration on both nodes in the same time slot.\n- Probably do not run experimental databases in production :)\n`,
    );
    expect(titles(found)).toEqual([
      'Internal snapshots must not be older than 7 days',
      'Try to book a dedicated 3 hour slot for the migration process',
      'Do not perform a migration on both nodes in the same time slot',
    ]);
    expect(found.slice(1).map((i) => i.kind)).toEqual(['process', 'process']);
  });

  it('keeps lesson headlines over an explanation out, even when they read as instructions', () => {
    const found = items('pm.md', `# Upgrade\n\n## Lessons learned\n\n* Separate regression recovery from outage recovery\\\n  Solving regressions during a live outage increases risk.\n`);
    expect(found).toEqual([]);
  });

  it('treats a "didn\'t go so well" section as findings', () => {
    const found = items('pm.md', `# Timeouts\n\n## What didn't go so well?\n\n*The intent is that we should follow up on all points here to improve our processes.*\n`);
    expect(found).toEqual([]);
  });

  it('reads a Statuspage "Postmortem" update as a report, with its list of steps', () => {
    const json = JSON.stringify({
      name: 'DNS disruption',
      incident_updates: [
        {
          status: 'postmortem',
          created_at: '2023-10-02T16:39:00Z',
          body: 'DNS resolution failed for two days. We are taking a number of fundamental steps to prevent a re-occurrence:\n\n* We are looking to further increase the robustness of our DNS stack and evaluate a multi-provider DNS setup\n* We will establish better DNS monitoring',
        },
      ],
    });
    expect(titles(items('incident.json', json))).toEqual([
      'Further increase the robustness of our DNS stack',
      'Evaluate a multi-provider DNS setup',
      'Establish better DNS monitoring',
    ]);
  });
});

describe('commitments in prose', () => {
  it('splits "looking into X, but also ways to Y" and names the problem "that" points to', () => {
    const found = items(
      'status.md',
      `There was a temporary outage. The issue stemmed from the monitor service erroring due to a known issue with Prometheus.\nWe are looking into fixing that, but also ways to avoid the router failing if an upstream service is unavailable.\n`,
    );
    expect(kinds(found)).toEqual([
      ['Look into fixing the monitor service erroring due to a known issue with Prometheus', 'investigate'],
      ['Look into ways to avoid the router failing if an upstream service is unavailable', 'investigate'],
    ]);
  });

  it('reads "X should have been done. This has now been done" and "we are now using" as done items', () => {
    const found = items(
      'status.md',
      `The router failed after an unreviewed change was deployed.\n\nAutomatic updates should have been turned off prior to the release of this change.\nThis has now been done.\n\nWe are now using an external site monitoring service to provide additional alerting.\n`,
    );
    expect(found.map((i) => [i.title, i.done])).toEqual([
      ['Turn off automatic updates prior to the release of this change', true],
      ['Use an external site monitoring service to provide additional alerting', true],
    ]);
  });

  it('names the added work after ", in addition to" on its own', () => {
    const found = items(
      'pm.md',
      `# Outage\n\nFurthermore, we'll be auditing our reliance on third-party networks, to ensure similar incidents do not affect availability, in addition to further training with various failover and incident recovery scenarios.\n`,
    );
    expect(found).toHaveLength(2);
    expect(found[0]?.title).toMatch(/^Audit our reliance on third-party networks\b/);
    expect([found[1]?.title, found[1]?.kind]).toEqual(['Further training with various failover and incident recovery scenarios', 'process']);
  });
});

describe('mitigation sections', () => {
  it('keeps a defect patched for good, and leaves out what restored service', () => {
    const found = items(
      'pm.md',
      `# Missed blocks\n\n## Mitigations\n\n### Builder\n- Builder was shut down at 07:39 UTC.\n\n### Relay patch\n- The demotion mechanism in the relay has been patched to ensure demotion triggers correctly when simulation times out.\n\n## Timeline\n\n- 07:50 The config was updated to ensure traffic drained.\n`,
    );
    expect(found.map((i) => [i.title, i.done])).toEqual([['Patch the demotion mechanism in the relay', true]]);
  });
});

describe('tables', () => {
  it('leaves out response steps an action table marks done', () => {
    const found = items(
      'pm.md',
      `# Stuck transactions\n\n### Action Items:\n\n| Action Item | Type | Owner | State |\n| --- | --- | --- | --- |\n| Alert contributors | mitigate | mar | DONE |\n| Try to retrigger transaction processing | mitigate | luk | DONE |\n| Investigate reasons for failure | mitigate | ale | DONE |\n| Inform affected users | mitigate | mar | DONE |\n| develop first fast fix and deploy | fix | luk | DONE |\n| develop final fix and deploy | fix | luk | ONGOING |\n`,
    );
    expect(found.map((i) => [i.title, i.done])).toEqual([
      ['Develop first fast fix and deploy', true],
      ['Develop final fix and deploy', false],
    ]);
  });

  it('reads a raw HTML action table inside Markdown', () => {
    const found = items(
      'pm.md',
      `# Query timeouts\n\n## Action Items\n\n<table>\n<thead>\n<tr class="header">\n<th><strong><span dir="ltr">Action Item</span></strong></th>\n<th><strong><span dir="ltr">Status</span></strong></th>\n</tr>\n</thead>\n<tbody>\n<tr class="odd">\n<td><span dir="ltr">Add black-box testing to catch this kind of outage</span></td>\n<td><span dir="ltr">Pulled into Sprint 11</span></td>\n</tr>\n<tr class="even">\n<td><span dir="ltr"></span></td>\n<td><span dir="ltr"></span></td>\n</tr>\n</tbody>\n</table>\n`,
    );
    const item = found[0] as ExtractedItem;
    expect(titles(found)).toEqual(['Add black-box testing to catch this kind of outage']);
    expect(item.quote).toBe('<span dir="ltr">Add black-box testing to catch this kind of outage</span>');
  });
});

describe('kinds', () => {
  const kindOf = (entry: string): string => {
    const found = items('pm.md', `# Outage\n\n## Action items\n\n- ${entry}\n`);
    expect(found).toHaveLength(1);
    return (found[0] as ExtractedItem).kind;
  };

  it('reads what to do in case of a future outage, and response runbooks, as mitigation', () => {
    expect(kindOf('In case of a future CDN outage, switch to the healthy stack at the DNS level from the beginning')).toBe('mitigate');
    expect(kindOf('Improve the runbook to provide clearer steps to manage a global CDN outage')).toBe('mitigate');
    expect(kindOf('Complete the automated system that will move regional traffic away from faulty zones')).toBe('mitigate');
  });

  it('reads defining SLOs and enabling a team as process', () => {
    expect(kindOf('Clearly define all technical services that belong to the publishing service SLOs')).toBe('process');
    expect(kindOf('The content pipeline team should be able to brainstorm and execute solutions to SSL problems')).toBe('process');
  });

  it('reads logs added for on-call during an outage as detection', () => {
    expect(kindOf('Consolidate logs from all services to help the on-call engineer with an overview during an outage')).toBe('detect');
  });

  it('gives "Consider X-ing" the kind of the action considered', () => {
    expect(kindOf('Consider adding policy checks that prevent managed domains from being included in the CDN subscription')).toBe('prevent');
    expect(kindOf('Consider alerting earlier on failed certificate orders')).toBe('detect');
  });

  it('lets the first of two slashed verbs decide, and reads "Verify" as a check', () => {
    expect(kindOf('Remove/triage the custom certificates left on the proxy')).toBe('prevent');
    expect(kindOf('Verify monitoring and logging precision for other dependencies')).toBe('investigate');
  });
});

describe('more section headings', () => {
  it.each([
    'Remedial Measures',
    'Proactive measures',
    'Future plans',
    'Current Status and Future Plans',
    'What we will do',
    'Where we go from here',
    'Preventing recurrence',
    'Ongoing work',
    'How we are making sure this does not happen again',
    'Changes we have made',
    'Plan',
  ])('reads "%s" as a remediation heading', (heading) => {
    const found = items('pm.md', `# Outage\n\n## ${heading}\n\n- Add an alert on replication lag\n`);
    expect(titles(found)).toEqual(['Add an alert on replication lag']);
  });

  it('keeps a plan to keep customers informed, and leaves out what was postponed or how a plan is carried out', () => {
    const found = items(
      'pm.md',
      `# Outage\n\n## Remedial Measures\n\nAll the undistributed rewards will be distributed back to the farmers in the coming upgrade.\nThese farmers will be taken from the snapshot of the block height on which the distribution occurred.\n\n## Future Plans\n\nDue to the maintenance freeze, the resolution has been postponed until next year.\n\n- We still plan to publish an offsite status page to help keep customers informed during events like this.\n`,
    );
    expect(kinds(found)).toEqual([
      ['Distribute all the undistributed rewards back to the farmers in the coming upgrade', 'mitigate'],
      ['Publish an offsite status page to help keep customers informed during events like this', 'process'],
    ]);
  });

  it('leaves out "In particular, ..." after a commitment, and outcomes of the response told in the passive', () => {
    const found = items(
      'pm.md',
      `# Outage\n\n## Action Items\n\n- stuck transactions were accelerated and were finalized, users got paid\n- alerts were added for stuck transactions\n\n## Lessons\n\nWe should add guardrails around ownership of TLS certificates. In particular, frontend domains and origin domains should not be treated as interchangeable.\n`,
    );
    expect(titles(found)).toEqual(['Add alerts for stuck transactions', 'Add guardrails around ownership of TLS certificates']);
  });

  it('makes one item of a checklist entry that names the table row as a noun ("Investigation of ...")', () => {
    const found = items(
      'pm.md',
      `# Outage\n\n## Follow-up Actions\n\n| Action Item | Owner | Status |\n| --- | --- | --- |\n| Investigate why the database was rewritten during recreate | @ops | open |\n| Add black-box probes for certificate expiry | @ops | open |\n\n## Action Items Status\n\n- [ ] Investigation of the database rewrite\n- [ ] Black-box probes for certificate expiry\n`,
    );
    expect(kinds(found)).toEqual([
      ['Investigate why the database was rewritten during recreate', 'investigate'],
      ['Add black-box probes for certificate expiry', 'detect'],
    ]);
  });
});

describe('themes', () => {
  const themesOf = (entry: string): string[] => {
    const found = items('pm.md', `# Outage\n\n## Action items\n\n- ${entry}\n`);
    expect(found).toHaveLength(1);
    return (found[0] as ExtractedItem).themes;
  };

  it('knows TLS and SSL, independent infrastructure, second providers and infrastructure as code', () => {
    expect(themesOf('Give the content team the means to solve SSL problems')).toContain('security');
    expect(themesOf('Move the status page to a completely independent DNS infrastructure')).toContain('dependency-isolation');
    expect(themesOf('Evaluate a multi-provider DNS setup')).toContain('failover');
    expect(themesOf('Manage the proxy hosts with Terraform')).toContain('config-management');
  });
});
