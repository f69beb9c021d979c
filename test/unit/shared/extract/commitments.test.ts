/**
 * Commitment phrasings: "plan on" with an -ing action, improvements the team has made that a
 * sentence names after "including" as -ing actions, action entries led by a bold sentence, plans
 * told in a relative clause ("a solution where we will run ..."), paragraphs a status word marks
 * as actions, and what is none: others' duties, predictions, promises of updates or of no repeat.
 */
import { describe, expect, it } from 'vitest';
import { items, titles } from './snippets';

describe('commitment phrasings', () => {
  it('reads "we plan on doing" as a commitment to do it', () => {
    const found = items('pm.md', '# Outage\n\n## Summary\n\nWe also plan on completely deprecating legacy tokens in the near future.\n');
    expect(titles(found)).toEqual(['Completely deprecate legacy tokens in the near future']);
    expect(found[0]?.done).toBe(false);
  });

  it('makes one done item per change named after "including", leaving out a closing generalisation and asides in brackets', () => {
    const found = items(
      'pm.md',
      '# Breach\n\n## Summary\n\nOver the past few days, we have made other significant improvements to the security of the platform, including completely removing org tokens (resulting in better traceability and audits), implementing a key management service for secrets, and more generally improving our security across the board.\n',
    );
    expect(titles(found)).toEqual(['Completely remove org tokens', 'Implement a key management service for secrets']);
    expect(found.every((i) => i.done)).toBe(true);
  });

  it('still reads an announcement of changes that names none of them as no item', () => {
    expect(items('pm.md', '# Outage\n\n## Summary\n\nWe have made several changes to our deploy pipeline. The details follow below.\n')).toEqual([]);
  });

  it('takes the bold sentence that leads an action entry as the action, and the sentences after it as its detail', () => {
    const found = items(
      'pm.md',
      '# Outage\n\n## Action Items\n\n* **Introduce a more resilient DNS infrastructure.** We are working on a\n  solution where we will run CoreDNS on every node.\n* **Improve alerting from outside the clusters.** We should know first.\n',
    );
    expect(titles(found)).toEqual(['Introduce a more resilient DNS infrastructure', 'Improve alerting from outside the clusters']);
    expect(found[0]?.detail).toContain('CoreDNS on every node');
  });

  it('reads a plan told in a relative clause as a commitment, and "how we will" as none', () => {
    expect(titles(items('pm.md', '# Outage\n\n## Summary\n\nWe are working on a solution where we will run a DNS cache on every node.\n'))).toHaveLength(1);
    expect(items('pm.md', '# Outage\n\n## Summary\n\nBelow we describe how we will approach the migration.\n')).toEqual([]);
  });

  it('takes a paragraph a status word marks as an action wherever it stands, done or to do', () => {
    const found = items(
      'pm.md',
      '# Outage\n\n## Lessons learned\n\nGraphs are easier to read.\n\n**DONE**: Alex added the wiki to the monitored sites in Prometheus.\n\n**TODO** a ZFS exporter could alert on Slack about disk space usage.\n',
    );
    expect(found.map((i) => [i.title, i.done])).toEqual([
      ['Add the wiki to the monitored sites in Prometheus', true],
      ['A ZFS exporter could alert on Slack about disk space usage', false],
    ]);
  });

  it('reads what others ought to do, predictions and promises of updates or of no repeat as no commitment', () => {
    const lessons = items('pm.md', '# Outage\n\n## Lessons\n\nThey need to start acting like responsible citizens of the web.\n');
    expect(lessons).toEqual([]);
    const summary = [
      '# Outage',
      '',
      '## Summary',
      '',
      'The extra bandwidth costs likely mean we will run out of budget soon.',
      'We will post frequent updates to indicate investigation progress.',
      'We will ensure this type of failure does not happen again.',
      'We will improve this as we start 2022.',
      '',
    ].join('\n');
    expect(items('pm.md', summary)).toEqual([]);
  });
});
