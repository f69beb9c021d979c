/**
 * Third round of general rules: status-page furniture, fixes made on the spot, lists of steps
 * without a colon, work reported done by its lead or its verb, template prompts, pronoun-only
 * actions, kinds of halting/contacting/failing safely, and themes an entry's lead names.
 */
import { describe, expect, it } from 'vitest';
import { items, titles } from './snippets';


const STATUSPAGE = (body: string): string =>
  `Workflows not executing\nIncident Report for Acme\n${body}\nPosted May 17, 2018 - 23:51 UTC\n`;

describe('status boilerplate', () => {
  it('never takes the time of the next update as an item, in an update or a postmortem', () => {
    const update = items('sp.txt', STATUSPAGE('Update\nWe are continuing to reduce the macOS backlog and are monitoring. We will update again in 20 minutes.'));
    expect(update).toEqual([]);
    const postmortem = items('pm.md', '# Outage\n\n## Next steps\n\nWe will provide an update within 30 minutes. We will add alerting on queue depth.\n');
    expect(titles(postmortem)).toEqual(['Add alerting on queue depth']);
  });

  it('drops an entry that is the report itself', () => {
    const found = items('pm.md', '# Exploit\n\n## Remediation\n\n- Full trace and fund-flow analysis completed (this document).\n- Add a lower bound to the price oracle.\n');
    expect(titles(found)).toEqual(['Add a lower bound to the price oracle']);
  });
});

describe('sections and lists', () => {
  it('reads fixes made on the spot as the response, not remediation', () => {
    const found = items('pm.md', '# Relay down\n\n## Resolving the issue\n\n**Immediate fixes:**\n\n- Scale Up Nodes: We quadrupled the capacity\n- Cleared Logs: Freed up disk space\n\n**Short-term improvements:**\n\n- Migrated the Asia node to a higher-capacity server.\n');
    expect(titles(found)).toEqual(['Migrate the Asia node to a higher-capacity server']);
  });

  it('reads a list after a sentence about next steps as those steps, colon or not', () => {
    const found = items('pm.md', '# Relay down\n\n## The following weeks\n\nWe had a session to evaluate next steps for the next spike.\n\n- Made a plan to implement load shedding mechanics\n- Wrote a load simulation test for the relays\n');
    expect(titles(found)).toEqual(['Implement load shedding mechanics', 'Write a load simulation test for the relays']);
  });

  it('reads a plain "Future Measures" line as a remediation heading, even after a timeline', () => {
    const found = items('sp.txt', 'Switch outage\nIncident Report for Acme\n\nTimeline of Events\n\n11:12 UTC - Configs erased\n\nFuture Measures\n\n  • Ensure that devices are in "Staged" status before they are wiped.\n');
    expect(titles(found)).toEqual(['Ensure that devices are in "Staged" status before they are wiped']);
  });

  it('keeps the section of a heading followed by an italic template prompt, and drops the prompt', () => {
    const found = items('pm.md', "# Outage\n\n## Follow-up tasks\n\n*List any tasks we've created as a result of this incident*\n\n- [x] Push forward with backup plans\n");
    expect(found.map((i) => [i.title, i.done])).toEqual([['Push forward with backup plans', true]]);
  });

  it('splits "working on X and also adding Y" into two actions', () => {
    const found = items('pm.md', '# Outage\n\n## Follow-ups\n\n- We have been working on improving the efficiency of our queries and also adding the ability to track down long-running queries.\n');
    expect(titles(found)).toEqual(['We have been working on improving the efficiency of our queries', 'Add the ability to track down long-running queries']);
    expect(found[1]?.kind).toBe('detect');
  });

  it('takes a change made "to this end" after an improvement the text names, even outside remediation', () => {
    const found = items('pm.md', "# Outage\n\n## Detection\n\nWe may be able to improve detection time by adding monitoring of resource usage. To this end, we've added alerts for high CPU usage and low memory.\n");
    expect(found.map((i) => [i.title, i.kind, i.done])).toEqual([['Add alerts for high CPU usage and low memory', 'detect', true]]);
  });
});

describe('done', () => {
  it('reads entries under a lead that reports the work done as done, unless they say it is under way', () => {
    const found = items('pm.md', '# Outage\n\nIn these past weeks, we have taken several measures to prevent this failure from happening again:\n\n- We monitor our database utilization more rigorously.\n- We are working on making the UI resilient to backend outages.\n');
    expect(found.map((i) => i.done)).toEqual([true, false]);
  });

  it('reads a "Completed:" lead and an entry opening with a past verb as done', () => {
    const found = items('pm.md', '# Outage\n\n## Remediation\n\nCompleted:\n\n- Pool halted as a precaution.\n\n## Improvements\n\n- Re-enabled alerting on our public relays.\n- Started mapping out a way to update relay maps.\n');
    expect(found.map((i) => [i.title, i.done])).toEqual([
      ['Pool halted as a precaution', true],
      ['Re-enable alerting on our public relays', true],
      ['Map out a way to update relay maps', false],
    ]);
  });

  it('reads a participle that may describe its noun as done only before a determiner', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n- Improved alerting for queue depth\n- Improved the alerting for disk usage\n');
    expect(found.map((i) => i.done)).toEqual([false, true]);
  });
});

describe('titles', () => {
  it('resolves "We should do that" from what was never done, and drops an unresolved one', () => {
    const found = items('pm.md', '# Outage\n\n## Lessons learned\n\n- The redirect was never migrated to the cluster. We should do that.\n- Sentry is broken for the bot. It was missing a DSN secret, which we have now restored.\n\n## Next steps\n\nWe should do that.\n');
    expect(titles(found)).toEqual(['Migrate the redirect to the cluster', 'Restore the missing DSN secret']);
  });
});

describe('kinds', () => {
  it('reads halting, failing safely and retrying failures as mitigation; contacting and filing reports as process', () => {
    const found = items('pm.md', '# Exploit\n\n## Remediation\n\n- Halt the pool and pause the sister pool.\n- Revert instead of clamping output, so an oversized swap fails rather than emptying the pool.\n- Retry failed reconciliation.\n- Contact the affected LPs directly regarding reimbursement.\n- File reports with chain-analytics providers.\n');
    expect(found.map((i) => i.kind)).toEqual(['mitigate', 'mitigate', 'mitigate', 'process', 'process']);
  });
});

describe('themes', () => {
  it('borrows themes from the lead of a list whose entry names none', () => {
    const found = items('pm.md', '# Outage\n\n## Future Measures\n\nTo avoid human error, tooling will include two verifications:\n\n- Ensure that devices are in "Staged" status before they are wiped.\n');
    expect(found[0]?.themes).toContain('tooling-automation');
  });

  it('names security, communication and training themes from their ordinary words', () => {
    const found = items('pm.md', '# Exploit\n\n## Action items\n\n- Review all pools for the same attack pattern.\n- Contact the affected LPs about reimbursement.\n- Onboard more folks to on-call work.\n');
    expect(found.map((i) => i.themes)).toEqual([['security'], ['communication'], expect.arrayContaining(['runbooks-training'])]);
  });
});

describe('reStructuredText read as plain text', () => {
  it('reads underlined titles as headings and "#." entries as a list, skipping directives and rules', () => {
    const text = [
      '.. |date| replace:: 2026-01-28',
      '',
      'Deviation Report: DNS Issues',
      '============================',
      '',
      'Summary',
      '-------',
      '',
      'Some zones failed to resolve.',
      '',
      'Mitigation Measures',
      '-------------------',
      '',
      'We will follow this procedure in order to avoid this problem in the',
      'future:',
      '',
      '#. Identify which delegated zones use the old DNS server names',
      '',
      '#. When all delegated zones have been verified as using the correct',
      '   DNS server names, empty the old zone.',
      '',
    ].join('\n');
    const found = items('report.rst', text);
    expect(found.map((i) => [i.title, i.kind, i.done])).toEqual([
      ['Identify which delegated zones use the old DNS server names', 'investigate', false],
      ['Empty the old zone', 'prevent', false],
    ]);
  });
});

describe('changes named after "including"', () => {
  it('makes one item per change a commitment lists after "including", but not a clause after it', () => {
    const found = items('pm.md', '# Outage\n\n## Summary\n\nWe are working with them on further changes to our architecture, including cache configuration changes and additional hardware on our side to withstand a sudden burst of traffic.\n');
    expect(titles(found)).toEqual(['Add cache configuration changes', 'Add additional hardware on our side to withstand a sudden burst of traffic']);
    expect(found[1]?.themes).toContain('capacity');
    const one = items('pm.md', '# Outage\n\n## Summary\n\nAdditional safeguards are underway, including a circuit breaker that will report search as unavailable, rather than letting every request fail on its own.\n');
    expect(one).toHaveLength(1);
  });
});

describe('a fix told in passing', () => {
  it('takes "X was an easy fix, we did Y" as a change made', () => {
    const found = items('pm.md', '# Relay down\n\n## The details\n\nThe disk space issues were a fairly easy fix, we limited the log size and put a more aggressive log rotation schedule in place.\n');
    expect(found.map((i) => [i.title, i.done])).toEqual([['Limit the log size and put a more aggressive log rotation schedule in place', true]]);
  });
});

describe('open questions of a review', () => {
  it('reads a question left in a lessons list as the decision to make', () => {
    const found = items('pm.md', '# OOM\n\n## Lessons and review questions\n\n- Should large Helm applications be refreshed in controlled batches after downtime?\n- Should we keep the old cluster?\n- Why did the pod restart?\n');
    expect(found.map((i) => [i.title, i.kind])).toEqual([
      ['Decide whether large Helm applications should be refreshed in controlled batches after downtime', 'investigate'],
      ['Decide whether to keep the old cluster', 'investigate'],
    ]);
  });
});
