/**
 * Commitment phrasings: "plan on" with an -ing action, improvements the team has made that a
 * sentence names after "including" as -ing actions, action entries led by a bold sentence, and
 * plans told in a relative clause ("a solution where we will run ...").
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
});
