/**
 * Fourth round of general rules: containment steps listed after "We have:", outcome lists that
 * restate changes as states, entries that finish their parent's sentence, narrative and purpose
 * sentences, status boilerplate in the -ing form, plans told as lists of -ing actions or noun
 * phrases, and "In the future we ..." inside an account of the response.
 */
import { describe, expect, it } from 'vitest';
import { items, titles } from './snippets';


const STATUSPAGE = (body: string): string =>
  `Webhooks delayed\nIncident Report for Acme\nPostmortem\n\n${body}\nPosted May 17, 2022 - 23:51 UTC\n`;

describe('lists that are not remediation', () => {
  it('reads steps after "We have:" outside a remediation section as the containment', () => {
    const found = items('pm.md', '# Leaked invoices\n\nSome invoices were mailed to the wrong customers.\n\nWe have:\n\n- revoked the shared links,\n- notified the affected customers,\n- asked recipients to discard the files.\n\n## Next steps\n\n- Add a recipient check to the mailer.\n');
    expect(titles(found)).toEqual(['Add a recipient check to the mailer']);
  });

  it('reads a "Going forward:" list of states as outcomes of changes already listed', () => {
    const found = items('pm.md', '# Lost exports\n\n## What we changed\n\n- Added a durable job record for each export\n\n## What this means\n\nGoing forward:\n- Export state is now stored before the job starts\n- Failed exports are visible in the admin panel\n- Workers no longer rely on in-memory state\n- The scheduler can safely retry an export\n');
    expect(titles(found)).toEqual(['Add a durable job record for each export']);
  });

  it('keeps an entry whose sentence its sub-entries finish as one item', () => {
    const found = items('pm.md', '# Lost exports\n\n## Remediation\n\n- Added a replay tool to re-run exports for:\n  - only failed accounts\n  - a chosen date range\n- Reduced worker concurrency to one\n');
    expect(found).toHaveLength(2);
    expect(found[0]?.title).toBe('Add a replay tool to re-run exports for only failed accounts, a chosen date range');
    expect(found[1]?.title).toBe('Reduce worker concurrency to one');
  });
});

describe('sentences that commit to nothing', () => {
  it('drops framing, regret and purpose sentences', () => {
    const found = items('pm.md', "# Outage\n\nThe outage is over, and this post-mortem explains what happened and what we're changing. We want to be upfront: no data was accessed.\n\n## Why\n\nWe should have first warned everyone about the upgrade. Such a long outage is unacceptable and we want to work hard to resolve the issues behind it. To do that we must first understand what led us here.\n\n## Next steps\n\nWe will add a pre-upgrade checklist.\n");
    expect(titles(found)).toEqual(['Add a pre-upgrade checklist']);
  });

  it('drops "We will be providing additional information soon" and clearing the backlog', () => {
    const found = items('sp.txt', STATUSPAGE("All new jobs run normally, and we're working on clearing the remaining webhook queues. We will be providing additional information soon."));
    expect(found).toEqual([]);
  });
});

describe('plans told without a verb of commitment', () => {
  it('splits "The primary fix involves X-ing ..., alongside Y-ing ..." into actions', () => {
    const found = items('sp.txt', STATUSPAGE('Remediation\n\nThe primary fix involves resizing the worker pools with higher limits, alongside creating separate pools for ingest and web traffic. Additional improvements include setting up alerts for queue growth, and adding a dashboard for pool saturation.\n'));
    expect(titles(found)).toEqual([
      'Resize the worker pools with higher limits',
      'Create separate pools for ingest and web traffic',
      'Set up alerts for queue growth',
      'Add a dashboard for pool saturation',
    ]);
  });

  it('reads "We are doing an audit of X as well as a review of Y" as two actions', () => {
    const found = items('sp.txt', STATUSPAGE('We are doing an internal audit of our paging rules as well as a review of the webhook retry design.'));
    expect(titles(found)).toEqual(['Conduct an internal audit of our paging rules', 'Conduct a review of the webhook retry design']);
  });

  it('reads "Future work will be to improve X" as a commitment', () => {
    const found = items('sp.txt', STATUSPAGE('Future work will be to improve monitoring around the webhook endpoint so that stalls are detected sooner.'));
    expect(titles(found)).toEqual(['Improve monitoring around the webhook endpoint so that stalls are detected sooner']);
  });

  it('reads "In the future we intend to ..." inside an account of the response', () => {
    const found = items('pm.md', '# Outage\n\n## Resolution\n\nWe restored the backup and restarted the site. The second problem is that we did not warn anyone. In the future we intend to announce maintenance windows a week ahead.\n');
    expect(titles(found)).toEqual(['Announce maintenance windows a week ahead']);
  });
});

describe('kinds', () => {
  const kinds = (entries: string[]): string[] =>
    items('pm.md', `# Outage\n\n## Action items\n\n${entries.map((e) => `- ${e}`).join('\n')}\n`).map((i) => i.kind);

  it('reads an internal audit as investigation, process changes and transparency as process', () => {
    expect(kinds(['Conduct an internal audit of our paging rules', 'Review and tighten our release processes', 'Be more transparent with customers about planned downtime'])).toEqual(['investigate', 'process', 'process']);
  });

  it('reads disaster recovery, resend tools and containing disruptions as mitigation, status tracking as detection', () => {
    expect(kinds(['Test our disaster recovery plan every quarter', 'Add admin resend tools for failed notifications', 'Split the cache into dedicated pools to contain any future disruptions', 'Add delivery status tracking for outgoing email'])).toEqual(['mitigate', 'mitigate', 'mitigate', 'detect']);
  });
});

describe('titles and themes', () => {
  it('keeps "be" before an adjective, and reads transparency as communication', () => {
    const found = items('pm.md', '# Outage\n\n## Next steps\n\nWe intend to be much more transparent with users about planned maintenance.\n');
    expect(titles(found)).toEqual(['Be much more transparent with users about planned maintenance']);
    expect(found[0]?.themes).toContain('communication');
  });

  it('reads persisted records as data durability and delivery status tracking as monitoring', () => {
    const found = items('pm.md', '# Lost mail\n\n## Action items\n\n- Add a persistent send record for each recipient\n- Add delivery status tracking for outgoing email\n');
    expect(found.map((i) => i.themes)).toEqual([['data-durability'], ['monitoring']]);
  });
});
