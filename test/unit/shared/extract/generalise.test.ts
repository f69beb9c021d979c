/**
 * Rules that carry extraction to postmortem styles it was not written against: each case is a
 * short snippet of the kind a Statuspage post, an SRE-template report or a blog post would hold.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedItem } from '../../../../shared/model';
import { items, titles } from './snippets';

const only = (list: ExtractedItem[]): ExtractedItem => {
  expect(list).toHaveLength(1);
  return list[0] as ExtractedItem;
};

describe('what is not an item', () => {
  it('leaves out what responders did, even in a list under an actions heading', () => {
    const found = items(
      'pm.md',
      `# Upgrade halt\n\n## Actions\n\n- validators rolled back their states to the previous block\n- Operators were asked to resume consensus, skipping the upgrade height\n- Restarted the API pods\n- Add a pre-upgrade simulation on a mainnet fork\n`,
    );
    expect(titles(found)).toEqual(['Add a pre-upgrade simulation on a mainnet fork']);
  });

  it('reads a story told in one bullet sentence by sentence, and an open question is no commitment', () => {
    const found = items(
      'log.md',
      `# Incident log\n\n* Our validator suffered downtime after an unplanned reboot. The operator restarted it with the wrong binary. Jury is still out as to whether we will keep using the upgrade manager.\n`,
    );
    expect(found).toEqual([]);
  });

  it('does not repeat "these changes" as an item of its own once the changes were named', () => {
    const found = items('pm.md', `## Next steps\n\nWe will add a circuit breaker in front of the search provider. Our engineers are working to build these patterns this quarter.\n`);
    expect(titles(found)).toEqual(['Add a circuit breaker in front of the search provider']);
  });
});

describe('commitments in prose', () => {
  it('takes a passive promise of a repair outside remediation headings, but not one about the incident itself', () => {
    const found = items(
      'pm.md',
      `## Description\n\nThe rewards were not paid because of a rounding bug. The bug causing the failure will be fixed in the next upgrade. The service will be restored shortly.\n`,
    );
    expect(titles(found)).toEqual(['Fix the bug causing the failure in the next upgrade']);
    expect(found[0]?.kind).toBe('prevent');
  });

  it('knows "the platform" and "<name> engineers" as the team that commits', () => {
    const found = items(
      'pm.md',
      `## Summary\n\nUntil then, the platform will be personally monitoring the oracle feeds for faults. Acme engineers will add a fallback price source.\n`,
    );
    expect(titles(found)).toEqual(['Monitor the oracle feeds for faults', 'Add a fallback price source']);
    expect(found[0]?.kind).toBe('detect');
  });

  it('takes a repair told in the passive with its lasting purpose as done', () => {
    const item = only(items('pm.md', `## Summary\n\nThe demotion logic has been patched to ensure builders are demoted when the simulator times out.\n`));
    expect(item.done).toBe(true);
  });

  it('takes a statement that ends in a colon before a list of links as the action, not as an introduction', () => {
    const item = only(
      items('pm.md', `## Next steps\n\nThe files should be moved to a bucket meant for production:\n\n- https://example.com/issues/320\n`),
    );
    expect(item.title).toBe('Move the files to a bucket meant for production');
  });

  it('hears "accelerating" and similar progressive forms as commitments', () => {
    const item = only(items('pm.md', `## Summary\n\nThis is why we are accelerating our move of the runners to the new region.\n`));
    expect(item.title).toBe('Accelerate our move of the runners to the new region');
  });

  it('takes a desired design stated with "would be" in a remediation section', () => {
    const found = items('pm.md', `## Corrective measures\n\nThe ideal deployment would be one with quick failover from a fatal delivery error.\n`);
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe('mitigate');
  });
});

describe('done and titles', () => {
  it('reads passive past forms in an action list as done', () => {
    const found = items('pm.md', `## Action items\n\n1. Additional observability was introduced for p2p network monitoring\n2. Re-introduce the protocol names\n`);
    expect(found.map((i) => i.done)).toEqual([true, false]);
  });

  it('titles a conditional follow-up by its action and keeps the condition in the detail', () => {
    const item = only(
      items('pm.md', `## Action items\n\n1. If the first two steps do not reduce query latency, the event loop will be analyzed for other causes.\n`),
    );
    expect(item.title).toBe('Analyze the event loop for other causes');
    expect(item.detail).toContain('If the first two steps');
    expect(item.kind).toBe('investigate');
  });
});

describe('kinds from the wording', () => {
  const kindOf = (entry: string): string => only(items('pm.md', `## Action items\n\n- ${entry}\n`)).kind;

  it('reads studies, decisions and passive analyses as investigations', () => {
    expect(kindOf('Study a route reflector architecture for the edge')).toBe('investigate');
    expect(kindOf('Decide whether to keep the upgrade manager')).toBe('investigate');
    expect(kindOf('Complete the deeper root cause analysis of the outage')).toBe('investigate');
  });

  it('reads policies, coordination, peer review and reading up as process', () => {
    expect(kindOf('Adopt a policy of not landing DNS changes on a Friday')).toBe('process');
    expect(kindOf('Avoid creating long-lived tokens unless absolutely necessary')).toBe('process');
    expect(kindOf('Coordinate the next upgrade with all validators')).toBe('process');
    expect(kindOf('Read RFC 2328 to understand how vendor implementations differ')).toBe('process');
    expect(kindOf('Enforce usage of safe mode during remote maintenance')).toBe('process');
  });

  it('reads redundancy, rate limiting, limiting impact and self-healing as mitigation', () => {
    expect(kindOf('Install a third edge router to provide N+2 redundancy')).toBe('mitigate');
    expect(kindOf('Block illegitimate traffic by rate limiting')).toBe('mitigate');
    expect(kindOf('Strengthen protections to limit the wider impact of connection issues')).toBe('mitigate');
    expect(kindOf('Add automated remediation for unhealthy nodes')).toBe('mitigate');
    expect(kindOf('Run every web search under an overall time budget')).toBe('mitigate');
  });

  it('reads finding problems sooner as detection, even where a process word appears', () => {
    expect(kindOf('Measure the health of key workflows to identify degradation earlier')).toBe('detect');
    expect(kindOf('Add logging when we start the index publishing process')).toBe('detect');
    expect(kindOf('Improve detection and automated remediation for unhealthy nodes')).toBe('detect');
  });

  it('keeps technical policies as prevention', () => {
    expect(kindOf('Correct autoscaling policies to account for sidecar concurrency')).toBe('prevent');
  });
});

describe('themes', () => {
  const themesOf = (entry: string): string[] => only(items('pm.md', `## Action items\n\n- ${entry}\n`)).themes;

  it('does not take every relay for a relay loop', () => {
    expect(themesOf('Operate relayer clusters in multiple regions')).not.toContain('relay-loop-prevention');
    expect(themesOf('Prevent the formation of circular relay loops')).toContain('relay-loop-prevention');
  });

  it('does not take blockchain validators for validation', () => {
    expect(themesOf('Simplify validator upgrade instructions')).not.toContain('validation');
  });

  it('knows redundancy, storage and stress tests', () => {
    expect(themesOf('Provide N+2 redundancy for the edge routers')).toContain('failover');
    expect(themesOf('Transfer the files to a storage bucket meant for production')).toContain('data-durability');
    expect(themesOf('Run stress tests under heavy load')).toEqual(expect.arrayContaining(['validation', 'capacity']));
  });
});

describe('styles of the big providers and of blog posts', () => {
  it('splits "we are increasing X and will add Y" into two items of their own kinds', () => {
    const found = items('pm.md', `## Summary\n\nWe are also increasing the connection pool headroom on the primary and will add an alert on pool saturation above 80%.\n`);
    expect(found.map((i) => [i.title, i.kind])).toEqual([
      ['Increase the connection pool headroom on the primary', 'prevent'],
      ['Add an alert on pool saturation above 80%', 'detect'],
    ]);
  });

  it('takes an announcement of changes that names its aim, and reads an ordinal paragraph by its action', () => {
    const found = items(
      'pm.md',
      `## Summary\n\nWe are also making a number of changes to radically improve the cold-start time for the front-end fleet.\n\n## What we're changing\n\nSecond, we're adding an alert on the ratio of 401 responses to total logins.\n\nThird, the JWKS document is now served with a five-minute cache TTL instead of an hour.\n`,
    );
    expect(found.map((i) => [i.title, i.kind, i.done])).toEqual([
      ['Make a number of changes to radically improve the cold-start time for the front-end fleet', 'prevent', false],
      ['Add an alert on the ratio of 401 responses to total logins', 'detect', false],
      ['Serve the JWKS document with a five-minute cache TTL instead of an hour', 'prevent', true],
    ]);
  });

  it('leaves out advice to customers under a heading that addresses them', () => {
    const found = items(
      'pir.md',
      `# PIR\n\n## How are we making incidents like this less likely or less impactful?\n\n- We have added reachability checks to the validation pipeline. (Completed)\n\n## How can customers make incidents like this less impactful?\n\n- Consider implementing failover to a secondary origin.\n`,
    );
    expect(titles(found)).toEqual(['Add reachability checks to the validation pipeline']);
  });

  it('reads status words inside longer table cells and closing "(… complete)" notes', () => {
    const found = items(
      'pm.md',
      `## Action Items\n\n| Action Item | Type | Owner | Bug |\n| --- | --- | --- | --- |\n| Plug file descriptor leak in search ranking | prevent | ana | Bug 5554825 **DONE** |\n| Add load shedding to search | prevent | bo | Bug 5554826 **TODO** |\n\n## Follow-up\n\n- Manually inspecting all WAF rules to find excess backtracking. (Inspection complete)\n`,
    );
    expect(found.map((i) => [i.title, i.done])).toEqual([
      ['Plug file descriptor leak in search ranking', true],
      ['Add load shedding to search', false],
      ['Manually inspect all WAF rules to find excess backtracking', true],
    ]);
    expect(found[2]?.kind).toBe('investigate');
  });

  it('reads rollback tooling and emergency abilities as mitigation, reviews of practices and freezes as process, probes as detection', () => {
    const kindOf = (entry: string): string => only(items('pm.md', `## Action items\n\n- ${entry}\n`)).kind;
    expect(kindOf('We are improving our rollback tooling to reduce the time needed to revert edge configuration')).toBe('mitigate');
    expect(kindOf('Put in place an emergency ability to take the dashboard off the edge')).toBe('mitigate');
    expect(kindOf('We are reviewing our safe deployment practices')).toBe('process');
    expect(kindOf('Freeze production until the error budget recovers')).toBe('process');
    expect(kindOf('Add certificate expiry to the weekly operations review')).toBe('process');
    expect(kindOf('We will expand our health probes so that partial routing failures are detected within five minutes')).toBe('detect');
    expect(kindOf('Move to larger servers, reducing the threads each server needs to communicate across the fleet')).toBe('prevent');
  });

  it('titles past and gerund forms with their silent e and keeps a purpose lead out of the title', () => {
    const found = items(
      'pm.md',
      `## Remediation\n\n- Routed the renewal alert to the primary pager\n- Enhanced the retry budget\n\n## Summary\n\nTo prevent a recurrence we have added a deadlock detection test to the consumer test suite. We are also going to make consumer deploys progressive.\n`,
    );
    expect(titles(found)).toEqual([
      'Route the renewal alert to the primary pager',
      'Enhance the retry budget',
      'Add a deadlock detection test to the consumer test suite',
      'Make consumer deploys progressive',
    ]);
    expect(found[2]?.done).toBe(true);
    expect(found[3]?.themes).toContain('canary');
  });

  it('reads a closing noun phrase after a list of -ing actions as one more object of the first verb', () => {
    const found = items(
      'pm.md',
      `## Summary\n\nWe are currently working on adding stronger pre-flight validation to our tooling, building capabilities into well known codepaths, and end-to-end testing in lower environments prior to production rollout.\n`,
    );
    expect(titles(found)).toEqual([
      'Add stronger pre-flight validation to our tooling',
      'Build capabilities into well known codepaths',
      'Add end-to-end testing in lower environments prior to production rollout',
    ]);
  });

  it('keeps base forms that may be nouns together, and makes both verbs of a past entry plain', () => {
    expect(titles(items('pm.md', `## Summary\n\nWe are continuing to replace manual production activity with automation, review controls, and operational safeguards.\n`))).toHaveLength(1);
    expect(titles(items('pm.md', `## Immediate actions (completed)\n\n- Renewed the registry certificate and verified expiry dates for all internal certificates.\n`))).toEqual([
      'Renew the registry certificate and verify expiry dates for all internal certificates',
    ]);
  });

  it('does not take a promise to keep working on reliability as an item', () => {
    expect(items('pm.md', `## Next steps\n\nWe have learned a lot from this incident, and we'll keep working to make the product more reliable.\n`)).toEqual([]);
  });
});

describe('company reports that name themselves', () => {
  it('reads "<author> will ..." as the team\'s commitment, but not what another company will do', () => {
    const found = items(
      'pm.md',
      `# Acme Cloud incident report: storage latency\n\n## Summary\n\nAcme Cloud will add rate limiting to the export API. Following this incident, Acme is rolling out canary deployments for the storage tier. Stripe will refund the affected payments.\n`,
    );
    expect(titles(found)).toEqual(['Add rate limiting to the export API', 'Roll out canary deployments for the storage tier']);
    expect(found[0]?.detail).toBe('Acme Cloud will add rate limiting to the export API.');
  });
});
