/**
 * Commitment phrasings: "plan on" with an -ing action, and improvements the team has made that a
 * sentence names after "including" as -ing actions.
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
});
