/**
 * Seventh round of general rules: headings that start with "Improving", lists of linked issue titles,
 * routines told as "the following steps are taken", the same entry in two lists, typographic
 * apostrophes, plan lines in the -ing form under a remediation heading, and list entries that open
 * with their verb before an aside.
 */
import { describe, expect, it } from 'vitest';
import { items, titles } from './snippets';

describe('where remediation is written', () => {
  it('reads a heading that starts with "Improving" as remediation, and a linked issue title as its action', () => {
    const found = items('pm.md', '# Database outage\n\n## Improving Recovery Procedures\n\nWork is split across the following issues:\n\n* [Prometheus monitoring for backups (#1095)](https://example.com/issues/1095)\n* [Hourly LVM snapshots of the production databases (#1098)](https://example.com/issues/1098)\n');
    expect(titles(found)).toHaveLength(2);
    expect(titles(found).join(' / ')).toMatch(/Prometheus monitoring for backups.*Hourly LVM snapshots/);
  });

  it('still reads a list of short links after a sentence as its references', () => {
    const found = items('pm.md', '# Outage\n\n## Next steps\n\nWe will add an alert on replication lag. See:\n\n- [the doc](https://example.com/a)\n- [PR #12](https://example.com/b)\n');
    expect(titles(found)).toEqual(['Add an alert on replication lag']);
  });

  it('reads "Recovering X" as the response and "the following steps are taken:" as a routine', () => {
    const found = items('pm.md', '# Outage\n\n## Snapshots\n\nWhen we generate a snapshot the following steps are taken:\n\n1. Generate a snapshot of production.\n1. Copy the snapshot to staging.\n\n## Recovering the site\n\n1. Copy the staging database to production.\n\n## Next steps\n\n- Add hourly snapshots of the database.\n');
    expect(titles(found)).toEqual(['Add hourly snapshots of the database']);
  });

  it('reads plan lines in the -ing form under a remediation label, a due date ahead of them', () => {
    const found = items('pm.txt', 'Page rendering issues\nIncident Report for Acme\n\nPreventive Measures:\nBy FEB 9 - Conducting a comprehensive review of our custom functionalities to identify weak points.\nImplementing additional checks in the QA phase to catch nuanced issues.\nEnsuring the reliability of our platform remains a top priority.\n');
    expect(found).toHaveLength(2);
    expect(found[0]?.title).toMatch(/review of our custom functionalities/i);
    expect(found[1]?.title).toMatch(/^Implement additional checks in the QA phase/);
  });
});

describe('one item per action', () => {
  it('keeps one item where two lists name the same action in the same words', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n- [ ] Migrate CloudFlare DNS to Terraform\n- [ ] Add DNS validation to the CI pipeline\n\n## Recommendations\n\n1. Migrate CloudFlare DNS to Terraform\n2. Build stress testing automation\n');
    expect(titles(found)).toEqual(['Migrate CloudFlare DNS to Terraform', 'Add DNS validation to the CI pipeline', 'Build stress testing automation']);
  });

  it('keeps two items where one list entry only shares some words of another', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n- [ ] Add to pre-workshop checklist\n\n### Key management\n\n- [ ] Add key expiration check to pre-workshop checklist\n');
    expect(found).toHaveLength(2);
  });
});

describe('wording', () => {
  it('reads a commitment written with a typographic apostrophe', () => {
    const found = items('pm.txt', 'Outage\n\nThe cron did not run.\n\nI’ll improve the monitoring to also send alerts if the number of pageviews drops dramatically.\n');
    expect(titles(found)).toEqual(['Improve the monitoring to also send alerts if the number of pageviews drops dramatically']);
  });

  it('takes an entry that opens with its verb as the action, not the aside after it', () => {
    const found = items('pm.md', '# Outage\n\n## Actions taken\n\n- Updated the regression test suite to cover the sections intersection feature. This ensures comprehensive testing moving forward.\n');
    expect(found).toHaveLength(1);
    expect(found[0]?.title).toMatch(/^Update the regression test suite/);
    expect(found[0]?.quote).toMatch(/^Updated the regression test suite/);
  });

  it('reads "We’re going to" as a plan, with the subject left out of the title', () => {
    const found = items('pm.txt', 'Redis outage\nIncident Report for Acme\nPostmortem\n\nOur Redis instance may have run out of memory. We’re going to scale up our Redis instance over the weekend.\n\nPosted Apr 04, 2024 - 14:16 EDT\n');
    expect(titles(found)).toEqual(['Scale up our Redis instance over the weekend']);
  });

  it('reads "we know we\'re going to get X" as a prediction and "share the remediation plan" as framing', () => {
    const found = items('pm.md', "# DDoS\n\n## Defences\n\nWe'd like to share the resulting remediation plan in as much detail as possible. For a busy service, we know we're going to get a lot of traffic from cloud ASNs.\n");
    expect(found).toEqual([]);
  });

  it('reads "One area we are still working on is to X" in a list entry that goes on to explain it', () => {
    const found = items('pm.md', "# DDoS\n\n## Defences\n\n* **IP block classification**: One area we are still working on is to classify more IP blocks into categories with their own limits. We know we're going to get a lot of traffic from cloud ASNs. They should have higher limits.\n");
    expect(titles(found)).toEqual(['Classify more IP blocks into categories with their own limits']);
  });
});

describe('document structure', () => {
  it('reads lines that open with a pasted bullet (•) in Markdown as list entries', () => {
    const found = items('pm.md', '# Certificate expired\n\n## Mitigation Actions\n\nTo prevent this from happening again, we have taken or are taking the following\n\n  • Improved our monitoring and alerting of API request failures\n  • Improve the monitoring of our third-party services\n');
    expect(titles(found)).toEqual(['Improve our monitoring and alerting of API request failures', 'Improve the monitoring of our third-party services']);
  });
});

describe('more commitments, and what is not one', () => {
  it('reads "How we\'ll do better" as remediation, "We continue to reduce X" as a plan and "areas where we will improve" as framing', () => {
    const found = items('pm.md', "# Outage\n\n## How we'll do better\n\nWe take away a host of areas where we will improve. We continue to reduce the impact teams have on each other, and establish additional review criteria for pull requests.\n");
    expect(titles(found)).toEqual(['Reduce the impact teams have on each other', 'Establish additional review criteria for pull requests']);
  });

  it('reads an "Action point:" paragraph as an action wherever it stands', () => {
    const found = items('pm.md', '# Chain split\n\n## Fork monitoring\n\nThe fork monitor had to be restarted.\n\nAction point: enable push-based alerts to be sent from the fork monitor.\n');
    expect(titles(found)).toEqual(['Enable push-based alerts to be sent from the fork monitor']);
  });

  it('reads improvements made during the response as remediation, but not capacity added for the backlog', () => {
    const found = items('pm.md', '# Backlog\n\n## Incident timeline and response\n\n- 07:06 PDT: The team was paged.\n\nWhile monitoring the rollout, we also noticed large areas of improvement:\n\n- As the backlog continued to grow, we scaled our cluster to 25 machines to handle the backlog.\n- We introduced code to garbage collect expired signals.\n');
    expect(titles(found)).toEqual(['Introduce code to garbage collect expired signals']);
    expect(found[0]?.done).toBe(true);
  });

  it('reads "Alerts configured for X" under a remediation heading as a change made', () => {
    const found = items('pm.md', '# Disk full\n\n## Resulting Action\n\n#### @dma Alerts configured\n\nAlerts configured for >90% filesystem storage on database nodes.\n');
    expect(found).toHaveLength(1);
    expect(found[0]?.quote).toBe('Alerts configured for >90% filesystem storage on database nodes.');
    expect(found[0]?.done).toBe(true);
  });
});

describe('kinds', () => {
  it('reads "### Monitoring" under an action list, and a bold "Monitoring & Alerting" label over a list, as detection groups', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n- [ ] Add a runbook for provisioner scaling\n\n### Monitoring\n\n- [ ] Queue depth per worker\n\n**Monitoring & Alerting** (Issue #6)\n\n- [ ] Image pull times across clusters\n');
    expect(found.map((i) => [i.title, i.kind])).toEqual([
      ['Add a runbook for provisioner scaling', 'process'],
      ['Queue depth per worker', 'detect'],
      ['Image pull times across clusters', 'detect'],
    ]);
  });

  it('reads added tests as prevention whatever they exercise, and backups, replicas and reviews by their vocabulary', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n- Add rate limiter concurrency tests\n- Run end-to-end smoke tests in CI for health checks\n- Set up multiple database secondaries\n- Hold a Development/QA review of the incident\n- Write a blog post after major outages\n');
    expect(found.map((i) => i.kind)).toEqual(['prevent', 'prevent', 'mitigate', 'process', 'process']);
  });
});

describe('sections', () => {
  it('reads "Path Forward" as remediation, and what a change makes possible as no item of its own', () => {
    const found = items('pm.txt', 'Index cleared\nIncident Report for Acme\nPostmortem\n\nIssue Timeline\n\nThe index was deleted during a clean-up.\n\nPath Forward\n\nDaily Backup of index\n\nWe are putting measures in place to backup the index daily. Should we ever lose an index in the future, we would be able to restore an existing backup within minutes.\n\nPosted Apr 19, 2021 - 12:15 EDT\n');
    expect(titles(found)).toEqual(['Put measures in place to backup the index daily']);
  });

  it('reads monitoring changed, told in a mitigation section, as remediation', () => {
    const found = items('pm.txt', 'Queues degraded\nIncident Report for Acme\nPostmortem\n\nMitigation and fix\n\nThis issue was mitigated by scaling up the database. We have also reviewed and updated the monitoring for the same situation, and alerting rules are also configured now.\n\nPosted May 13, 2024 - 18:01 UTC\n');
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe('detect');
    expect(found[0]?.done).toBe(true);
  });
});

describe('not actions', () => {
  it('reads a procedure that was run ("The pre-agreed maintenance actions:") as part of the story', () => {
    const found = items('pm.md', '# Outage\n\nThe pre-agreed maintenance actions:\n\n1. Use TRS to point all services to DC2\n2. Reboot the standby LTM in DC1\n\n## Next steps\n\n- Add a check that services moved before rebooting.\n');
    expect(titles(found)).toEqual(['Add a check that services moved before rebooting']);
  });

  it('drops "how we\'re working to keep it from happening", "more information can be found", benefits and pronoun-only actions', () => {
    const found = items('pm.md', "# Outage\n\nHere's what happened, and how we're working to keep it from happening again in the future.\n\n## Next steps\n\nMore information regarding this can be found in the issue tracker. Completing the agreed actions should help with ensuring we do not see this again. We will optimize that. We will resolve this issue. We are mitigating this by switching to continuous deployment everywhere.\n");
    expect(titles(found)).toEqual(['Switch to continuous deployment everywhere']);
  });
});

describe('round 7 on blind sets 10 and 11', () => {
  it('splits "...; in the short term I intend to X, and in the longer term I intend to Y" and quotes each clause alone', () => {
    const text = "# Outage\n\nThe service seems to have been relegated to legacy status so it's not one I trust any more; in the short term I intend to prevent this sort of outage by making the server more aggressive about giving up on it, and in the longer term I intend to move away from it entirely.\n";
    const found = items('pm.md', text);
    expect(titles(found)).toEqual(['Make the server more aggressive about giving up on it', 'Move away from it entirely']);
    expect(found[1]?.quote).toBe('in the longer term I intend to move away from it entirely');
    for (const item of found) expect(text.slice(item.span.start, item.span.end)).toBe(item.quote);
  });

  it('reads "Below are steps we are committed to taking" as an introduction and "committed to learning" as framing', () => {
    const found = items('pm.md', '# Logged repository names\n\n## Looking Forward\n\nWe are committed to learning in an open and transparent way from this incident. Below are steps we are committed to taking as a direct result of this incident.\n\n- Purge the logs that hold repository names.\n');
    expect(titles(found)).toEqual(['Purge the logs that hold repository names']);
  });

  it('reads "Have a clear line of X" and "Know who is responsible for Y" as actions under an improvements heading', () => {
    const found = items('pm.md', '# Mainnet outage\n\n### Improvements\n\nHave a clear line of communication for emergency situations.\n\nKnow who is responsible for communicating with the ecosystem. This ties into the above point, but we are aware that this was a problem and are taking steps to address it.\n');
    expect(titles(found)).toEqual(['Have a clear line of communication for emergency situations', 'Know who is responsible for communicating with the ecosystem']);
  });

  it('reads "The first fix deals with X" after "we have two fixes" as one of them', () => {
    const found = items('pm.txt', 'Cache outages\n\nAs a result of this, we have two fixes that we will start rolling out next week.\nThe first fix deals with the way our cache is set up.\nThe second fix addresses caching on a back-end level and involves several code changes.\n');
    expect(titles(found)).toEqual(['Fix the way our cache is set up', 'Fix caching on a back-end level and involves several code changes']);
  });
});

describe('rule sets', () => {
  it('reads "We\'ve established guiding criteria for X:" as the action, and the criteria listed below as its content', () => {
    const found = items('pm.md', "# Vulnerability\n\n### Defensive measures during an incident\n\nWe've established guiding criteria for disabling the system:\n\n- If an attack is ongoing: we should disable or pause in order to prevent further damage.\n- Otherwise: we should not disable or pause the system.\n\nNaturally we want to understand why that is.\n");
    expect(titles(found)).toEqual(['Establish guiding criteria for disabling the system']);
    expect(found[0]?.done).toBe(true);
  });
});

describe('kinds, round 8', () => {
  it('reads trainings, incident-response processes, required audits, threat models and working groups as process, and logging as detection', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n- Introduce security and privacy trainings for all engineers\n- Create a better incident-response process\n- Require an audit before deploying high-risk code\n- Build a threat model for developers\n- Create a privacy working group\n- Log extension versions so admins can tell who runs which\n');
    expect(found.map((i) => i.kind)).toEqual(['process', 'process', 'process', 'process', 'process', 'detect']);
  });

  it('reads more providers, switchable locations and faster blocks as mitigation', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n- Expand to more CDN providers\n- Make the static-asset location switchable in production\n- Make DoS blocks deploy in seconds instead of minutes\n');
    expect(found.map((i) => i.kind)).toEqual(['mitigate', 'mitigate', 'mitigate']);
  });
});

describe('findings and promises, round 8', () => {
  it('reads "we have since learned that", "we\'ve now been reminded" and "we\'ve already had to" as no change made', () => {
    const found = items('pm.md', "# Outage\n\n## Bad assumptions\n\n(As we've now been reminded, this is no excuse for lack of planning.) We have since also learned that two assumptions about deployments contributed to this issue. We've already had to block several sources of abusive traffic. We have since added an on-call rotation.\n");
    expect(titles(found)).toEqual(['Add an on-call rotation']);
  });

  it('reads a postmortem to come, a follow-up report and a maintenance window as no item', () => {
    const found = items('pm.md', "# Outage\n\n## Next steps\n\nWe will do a postmortem soon. We'll be following up with a more detailed post-mortem once we know more. We are doing a 2-hour maintenance this weekend beginning at 6 am GMT.\n");
    expect(found).toEqual([]);
  });
});

describe('round 8, commitments in prose', () => {
  it('reads "We will achieve that goal by 1) X, and 2) Y" as two items', () => {
    const found = items('pm.txt', 'API errors\n\nThe deploy failed.\n\nWe will achieve that goal by 1) Introducing a more robust staging environment, and 2) Making our deployment process atomic.\n');
    expect(titles(found)).toEqual(['Introduce a more robust staging environment', 'Make our deployment process atomic']);
  });

  it('keeps a commitment that mentions the reader only in its purpose, and drops one written to the reader', () => {
    const found = items('pm.txt', "Outage\n\nThe API failed.\n\nIn addition, we're reviewing our communication processes to make sure we can give you the information you need to support your teams. We will make sure to keep you updated. If you need help, you can reach us.\n");
    expect(titles(found)).toEqual(['Review our communication processes']);
  });

  it('reads "we are preparing to X" as a plan, and each clause of "we have done X and will be doing Y" by its own tense', () => {
    const found = items('pm.md', '# Outage\n\nThe API failed.\n\nWe are preparing to implement a DNS level DDoS mitigation tool this weekend.\n\nWe have provisioned additional compute resources beyond the necessary capacity and will be closely monitoring database load.\n');
    expect(found.map((i) => [i.title, i.done])).toEqual([
      ['Implement a DNS level DDoS mitigation tool this weekend', false],
      ['Provision additional compute resources beyond the necessary capacity', true],
      ['Closely monitor database load', false],
    ]);
  });
});

describe('options turned down', () => {
  it('reads a "Considered and rejected" table of actions as no items', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n| # | Action | Status |\n| --- | --- | --- |\n| 1 | Exclude the image from automerge | done |\n\n## Considered and rejected\n\n| Action | Why not |\n| --- | --- |\n| Revert to 2026.2.1 and step forward later | The database had migrated |\n| Switch the server to RollingUpdate | Pods would fight over the lock |\n');
    expect(titles(found)).toEqual(['Exclude the image from automerge']);
  });
});

describe('what others ought to do', () => {
  it('reads "If these companies wish to X, they need to Y" as no commitment of ours', () => {
    const found = items('pm.md', '# Crawlers\n\n## Lessons learned\n\nIf these companies wish to be good actors in the space, they need to start acting like it. We need to add rate limits per crawler.\n');
    expect(titles(found)).toEqual(['Add rate limits per crawler']);
  });
});

describe('kinds and titles, round 8 (cont.)', () => {
  it('reads test suites named as nouns as prevention, and a hard requirement of an audit as process', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n- Rate limiter concurrency tests\n- End-to-end smoke tests in CI\n- We will make it a hard requirement not to deploy high risk code without an audit.\n');
    expect(found.map((i) => i.kind)).toEqual(['prevent', 'prevent', 'process']);
  });

  it('titles "we learned that we must be able to X" as X', () => {
    const found = items('pm.md', '# Outage\n\n## Lessons learned\n\nWe learned that we must be able to change the location of our static assets with the flip of a switch.\n');
    expect(titles(found)).toEqual(['Change the location of our static assets with the flip of a switch']);
    expect(found[0]?.kind).toBe('mitigate');
  });
});

describe('themes', () => {
  it('files SSH, VPN, PII and compromised keys under security', () => {
    const found = items('pm.md', '# Breach\n\n## Action items\n\n- Disable all SSH agent forwarding on the servers\n- Roll out a VPN as the main access to the dev network\n- Ensure that PII is stored hashed wherever possible\n- Revoke the compromised GPG keys\n');
    expect(found.map((i) => i.themes.includes('security'))).toEqual([true, true, true, true]);
  });
});

describe('entries labelled as the response', () => {
  it('reads "Immediate fix: X" as the response and "Hardening: we are doing Y" as follow-up work', () => {
    const found = items('pm.md', '# Firewall outage\n\n## What We\'re Doing About It\n\n- Immediate fix: The firewall configuration has been corrected and verified.\n- Hardening: We are making production database firewall rules explicitly immutable.\n');
    expect(titles(found)).toEqual(['Make production database firewall rules explicitly immutable']);
  });
});

describe('templates and notes', () => {
  it('reads unfilled template blanks and guidance about action items as no items', () => {
    const found = items('pm.md', '# Token logged\n\n## Action Items\n\nAction items should be achievable in short-medium term.\n\n- ${first item to help make this not happen again}\n- ${second item to help make this not happen again}\n- Remove the unused log drains\n');
    expect(titles(found)).toEqual(['Remove the unused log drains']);
  });

  it('keeps an action whose nested entries only ask about it or say where it is tracked', () => {
    const found = items('pm.md', '# Underprovisioning\n\n## Action Items\n\n- [ ] Monitor the number of workers created per hour? Alert on low numbers?\n  - Is this already a tracked metric? If not, how do we get it?\n- [ ] Change the provisioner to crash the process if loop-interference is seen repeatedly?\n  - worker-manager work is tracked here: https://example.com/issues/5003\n');
    expect(found).toHaveLength(2);
    expect(found[0]?.title).toMatch(/^Monitor the number of workers created per hour/);
    expect(found[1]?.title).toMatch(/^Change the provisioner to crash the process/);
  });

  it('reads promises to update the article, write posts about it, keep the incident open or report outages as no items', () => {
    const found = items('pm.md', "# Outage\n\n## Next steps\n\nWe will update this article when the investigation concludes. We intend to publish a deep-dive about it soon. We will be keeping this incident open for now. We will report any outages on this page.\n");
    expect(found).toEqual([]);
  });
});

describe('round 9, prose', () => {
  it('reads "we have updated X to prevent this going forward" as a change made, and splits "we\'ve done X and are doing Y"', () => {
    const found = items('pm.md', "# Outage\n\n## Details\n\nWe have immediately updated our documentation to prevent this from happening going forward.\n\nAs part of our post-incident work, we've reviewed the code of the CNI plugin and are doubling the size of our VPC subnets.\n");
    expect(found.map((i) => [i.title, i.done])).toEqual([
      ['Update our documentation to prevent this from happening going forward', true],
      ['Review the code of the CNI plugin', true],
      ['Double the size of our VPC subnets', false],
    ]);
  });

  it('reads "take steps to prevent similar incidents from occurring in the future" as no action', () => {
    expect(items('pm.md', '# Outage\n\n## Next steps\n\nWe will take steps to prevent similar incidents from occurring in the future.\n')).toEqual([]);
  });
});

describe('lessons that name what is needed', () => {
  it('reads "we learnt that we need a X" as adding X, "we\'re looking at what we can do for Y" as a plan, and "we\'ve now got a cleaner setup" as no change', () => {
    const found = items('pm.md', "# Outage\n\n## Lessons\n\nWe've now got a much cleaner setup that should be more maintainable going forward. We also learnt from this that we need a staging environment that mirrors the production setup. We're also looking at what we can do for automated testing of the NGINX configuration.\n");
    expect(titles(found)).toEqual(['Add a staging environment that mirrors the production setup', 'Look at what we can do for automated testing of the NGINX configuration']);
    expect(found[0]?.kind).toBe('prevent');
  });
});

describe('kinds, round 9', () => {
  it('reads killing idle instances as mitigation, a view of workers as detection and pausing deploys until fixed as process', () => {
    const found = items('pm.md', '# Overprovisioning\n\n## Action items\n\n- Make worker-manager kill idle instances\n- Build a workers view\n- Pause production deployments until the required test coverage is in place\n');
    expect(found.map((i) => i.kind)).toEqual(['mitigate', 'detect', 'process']);
  });
});

describe('resolution sections', () => {
  it('reads monitoring added while resolving the incident as remediation, and the rollbacks as the response', () => {
    const found = items('pm.md', '# Webhook outages\n\n## Final resolution\n\n- Complete rollback to the pre-fork worker model\n- Reverted Celery to the previous stable version\n- Improved worker health checks and automatic restart mechanisms\n- Implemented better alerting for webhook queue depth\n');
    expect(titles(found)).toEqual(['Improve worker health checks and automatic restart mechanisms', 'Implement better alerting for webhook queue depth']);
  });
});

describe('round 10 (on blind set 14)', () => {
  it('reads monitors fixed, told in a Resolved update, as remediation, a relative "that should have" not as regret, and a promised postmortem as no item', () => {
    const found = items('pm.txt', "Backlog\nIncident Report for Acme\nResolved\n\nAll systems are caught up. We have also fixed the monitors that should have alerted us sooner but didn't. We will be conducting a postmortem and will publish the findings of that next week.\n\nPosted Feb 11, 2019 - 10:00 PST\n");
    expect(titles(found)).toEqual(["Fix the monitors that should have alerted us sooner but didn't"]);
    expect(found[0]?.done).toBe(true);
  });
});

describe('round 10, prose', () => {
  it('reads past what goes on alongside ("While we continue to investigate X, we have fixed Y") and a concrete action done "to ensure this does not happen again"', () => {
    const found = items('pm.txt', 'API outage\n\nThe API failed.\n\nWhile we continue to investigate the root cause, we have resolved its monitoring configurations to ensure this issue does not happen again. We will work to ensure this does not happen again. While we investigate, we will keep monitoring. We will also further lockdown our production systems.\n');
    expect(titles(found)).toEqual(['Resolve its monitoring configurations to ensure this issue does not happen again', 'Further lockdown our production systems']);
  });
});

describe('round 10, lasting changes', () => {
  it('reads a passive-perfect change that the next sentence calls a lasting solution as done work, and a passive report of impact as none', () => {
    const found = items('pm.md', '# Database outage\n\nThe databases ran out of space. The remaining databases have been migrated to S3-backed files. This creates a sustainable solution for the growing data. Several customers have been affected by the slowdown. This is a long-term problem.\n');
    expect(titles(found)).toEqual(['Migrate the remaining databases to S3-backed files']);
    expect(found[0]?.done).toBe(true);
  });
});

describe('round 11 (on blind set 15)', () => {
  it('reads a new safeguard told by what it now does as done work, and stance ("we want to reaffirm") or "taken steps to improve our practices" as no items', () => {
    const found = items('pm.md', '# Outage\n\n## Further improvements\n\nCI did not test the final bundle. Therefore, an additional "smoke" test loads the completed bundle in a live browser in CI and looks for errors. We have already taken steps to improve our reliability practices. We want to reaffirm that an outage remains preferable to a compromised release.\n');
    expect(titles(found)).toEqual(['Add a "smoke" test that loads the completed bundle in a live browser in CI and looks for errors']);
    expect(found[0]?.done).toBe(true);
  });
});

describe('kinds, round 11', () => {
  it('reads mitigation tools, rotated secrets, purges, redirected load, new runbooks and rollback procedures as mitigation', () => {
    const found = items('pm.md', '# DDoS\n\n## Action items\n\n- Implement a DNS level DDoS mitigation tool\n- Rotate production credentials as a precaution\n- Purge all logs that held tokens\n- Redirect some load from this region to others\n- Create an incident runbook\n- Document the rollback procedure for bad images\n');
    expect(found.map((i) => i.kind)).toEqual(['mitigate', 'mitigate', 'mitigate', 'mitigate', 'mitigate', 'mitigate']);
  });
});

describe('round 11, coordinated clauses', () => {
  it('splits "and also further lockdown X" and "and also double-checked Y" into their own actions', () => {
    const found = items('pm.txt', 'Outage\n\nThe API failed.\n\nWe will enhance our validation checks, and also further lockdown our production systems. We have resolved its monitoring configurations, and also double-checked all the monitoring configurations on other API servers to ensure this issue does not happen again.\n');
    expect(titles(found)).toEqual(['Enhance our validation checks', 'Further lockdown our production systems', 'Resolve its monitoring configurations', 'Double-check all the monitoring configurations on other API servers']);
  });
});

describe('round 11, plans and changes told in passing', () => {
  it('reads "we have a longer-term plan to X, which is in progress" as a plan, a prefixed verb in its base form, and a change "which will improve our X in the future" as done remediation even in an account of what went wrong', () => {
    const found = items('pm.md', '# Outage\n\n## What went wrong\n\nThe migration skipped a manual step. Furthermore, we have added additional alert notifications during deploys which will improve our time to alert in the future.\n\n## Next\n\nWe have a longer-term plan to replace our current Kubernetes architecture, which is in progress. We have upscaled the database to prevent a recurrence.\n');
    expect(titles(found)).toEqual(['Add additional alert notifications during deploys which will improve our time to alert in the future', 'Replace our current Kubernetes architecture', 'Upscale the database to prevent a recurrence']);
    expect(found.map((i) => i.done)).toEqual([true, false, true]);
  });
});

describe('round 11, verbs and themes', () => {
  it('keeps "fixing and improving X" one action, restores the e of "liaising", and files checklists, trainings and policies under runbooks and feedback under communication', () => {
    const found = items('pm.md', '# Outage\n\n## Next steps\n\n- We are currently working on fixing and improving our various recovery procedures.\n- Liaising with the relevant product squads about the release\n- Add a key expiration check to the pre-workshop checklist\n- Create a feedback collection mechanism\n');
    expect(titles(found)).toEqual(['Fix and improve our various recovery procedures', 'Liaise with the relevant product squads about the release', 'Add a key expiration check to the pre-workshop checklist', 'Create a feedback collection mechanism']);
    expect(found[2]?.themes).toContain('runbooks-training');
    expect(found[3]?.themes).toContain('communication');
  });
});

describe('round 11, titles', () => {
  it('drops a bare subject ("We monitor X", "We always need to switch to Y") and puts an irregular second verb in its base form', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n- We monitor our database utilization more rigorously.\n- We fixed our firewall config and wrote test to make sure we do not deploy overlapping IP ranges.\n- We always need to switch to the healthy stack at the DNS level from the beginning.\n');
    expect(titles(found)).toEqual(['Monitor our database utilization more rigorously', 'Fix our firewall config and write test to make sure we do not deploy overlapping IP ranges', 'Switch to the healthy stack at the DNS level from the beginning']);
  });
});

describe('round 11, titles of changes told in other ways', () => {
  it('sets a due date aside, reads "will be setup" and "has already been patched" as passives, and "We have split up X" as the action', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n- By FEB 9 - Conducting a comprehensive review of our custom functionalities\n- A public status page will be setup to communicate to users transparently\n- The job scheduling application has already been patched\n- We have split up queries across multiple database instances to distribute the load better\n');
    expect(titles(found)).toEqual(['Conduct a comprehensive review of our custom functionalities', 'Set up a public status page to communicate to users transparently', 'Patch the job scheduling application', 'Split up queries across multiple database instances to distribute the load better']);
  });
});

describe('kinds, round 11: process', () => {
  it('reads policies and strategies, meetings, blog posts, feedback loops, tracking issues and one-at-a-time rules as process', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n- Change our unblocking policy to take this into account\n- Develop a risk-based strategy for which changes could be automated\n- Initiate a meeting between the Development and QA teams\n- Write our first post-outage blog\n- Create a feedback collection mechanism\n- Establish GitHub tracking issues\n- No more simultaneous infrastructure changes - one at a time, with proper bake time\n');
    expect(found.map((i) => i.kind)).toEqual(['process', 'process', 'process', 'process', 'process', 'process', 'process']);
  });
});

describe('kinds, round 11: investigate and detect', () => {
  it('reads a postmortem to conduct, a confirmation and a calculation as investigation, and a check for orphans as detection', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n- Conduct a complete post mortem of the processes we followed\n- Confirm finality roll back is normal\n- Calculate storage requirements for the target workspace count\n- Check for orphaned instances\n');
    expect(found.map((i) => i.kind)).toEqual(['investigate', 'investigate', 'investigate', 'detect']);
  });
});

describe('round 12 (on blind set 16): status updates', () => {
  it('reads an update as looking past the fix only from the sentence that does, and drops fixes due in minutes, promises to post, and partners read as objects', () => {
    const found = items('pm.txt', "API errors\nIncident Report for Acme\nResolved\nThe root cause was an Aurora cleanup process. We are working with AWS and our internal teams to avoid this issue in the future.\nPosted Jan 04, 2022 - 01:00 EST\nMonitoring\nWe've moved some of our load off of read replicas, which seems to have mitigated the issues. We will continue to monitor this.\nPosted Jan 03, 2022 - 22:56 EST\nUpdate\nWe are now working on larger-scale fixes which we'll be able to roll out in the next few minutes. We will post immediately upon recovery.\nPosted Jan 03, 2022 - 22:27 EST\n");
    expect(titles(found)).toEqual(['Work with AWS and our internal teams to avoid this issue in the future']);
  });
});

describe('round 12 (on blind set 17): improvement sections of a long post', () => {
  it('reads "Quicker Detection" as remediation of the detect kind, a list after "We added the following monitors -" as done, a topic label before the action, and a purpose or reason before a change made', () => {
    const found = items('pm.md', '# Learning from incidents\n\n## What we learned\n\n### Quicker Detection\n\nSince we have an Enterprise license, we simply integrated the [Pro metrics](https://example.com/wiki/Pro-Metrics) into our existing Dogstatsd client.\n\nWe added the following Datadog monitors -\n\n- X queue latency > Y value over past Z minutes\n\n### Quicker Resolution\n\n**Job Disabling Middleware:** In some cases the issue may be resolvable in a deploy. To address such a case, we introduced a feature flag that returns those jobs to Redis.\n\n### Future prevention\n\n**Runbook:** We also created an Incident Handling runbook that walks people through finding a problematic worker.\n');
    expect(titles(found)).toEqual(['Integrate the Pro metrics into our existing Dogstatsd client', 'X queue latency > Y value over past Z minutes', 'Introduce a feature flag that returns those jobs to Redis', 'Create an Incident Handling runbook that walks people through finding a problematic worker']);
    expect(found.map((i) => i.done)).toEqual([true, true, true, true]);
    expect(found.slice(0, 3).map((i) => i.kind)).toEqual(['detect', 'detect', 'mitigate']);
  });
});

describe('round 12, an open-source release postmortem', () => {
  it('reads "How do we stop it from repeating?" as remediation, advice on which version to use and the next release as no items, and release days as process', () => {
    const found = items('pm.md', '# Accidental release\n\nWe are working on better understanding what led up to this accident and how to ensure it doesn\'t happen again.\n\n## Recommendations\n\nUse version 3.5.2, the current stable version. We are working on 3.6.2 as the new stable release.\n\n## How do we stop it from repeating?\n\nWe are introducing the following processes:\n\n- Extra checks to the release procedure to ensure the correct versioning of published artifacts.\n- We will be mindful of the day of week for releases, and avoid Thursdays and Fridays.\n');
    expect(titles(found)).toEqual(['Extra checks to the release procedure to ensure the correct versioning of published artifacts', 'Be mindful of the day of week for releases, and avoid Thursdays and Fridays']);
    expect(found[1]?.kind).toBe('process');
  });
});

describe('round 12, changes told in the passive and lists announced in an update', () => {
  it('reads "A change was made to X to ensure ...", "safeguards have been also implemented to prevent ..." and "we will be taking the following actions" after "to ensure this doesn\'t happen again"', () => {
    const found = items('pm.txt', "Outage\nIncident Report for Acme\nResolved\nA change was made to the configuration mechanism to ensure similar issues default to fail-safe modes. Proactive safeguards have been also implemented to prevent a repeat of these configuration issues. To ensure this doesn't happen again we will be taking the following actions as a direct response:\n\n1. Correct suboptimal configurations in our RabbitMQ failover strategy.\n2. Hasten the migration to the newer hooks endpoint.\nPosted Dec 19, 2016 - 04:00 UTC\n");
    expect(titles(found)).toEqual(['Make a change to the configuration mechanism to ensure similar issues default to fail-safe modes', 'Implement proactive safeguards to prevent a repeat of these configuration issues', 'Correct suboptimal configurations in our RabbitMQ failover strategy', 'Hasten the migration to the newer hooks endpoint']);
    expect(found.map((i) => i.done)).toEqual([true, true, false, false]);
  });

  it('keeps a question\'s passive in its title ("Investigate why X was rewritten")', () => {
    expect(titles(items('pm.md', '# Outage\n\n## Action items\n\n- Investigate why database.sqlite was rewritten during recreate\n'))).toEqual(['Investigate why database.sqlite was rewritten during recreate']);
  });
});

describe('round 12, a provider\'s explanation', () => {
  it('reads a "timeline" without a single time as findings, an inquiry still owed, work with an improving purpose in an account of the recovery, and drops explaining or demonstrating to customers', () => {
    const found = items('pm.md', "# Power failure\n\n## Incident Timeline:\n\n1. Network Issue: A network outage followed, revealing an underlying issue that requires further investigation to prevent recurrence.\n\n## Why Did Recovery Take Time?\n\n1. Machine Reconnection: The corrective measure was not fully effective. An in-depth analysis is underway to improve this process.\n2. Orchestration Evolution: Our current system is reaching its limits. We are working on a new orchestration architecture to better manage recovery.\n\n## Next Steps:\n\nWe will schedule meetings with customers to:\n\n- Explain upcoming changes,\n- Demonstrate our commitment to improving infrastructure resilience.\n");
    expect(titles(found)).toEqual(['Investigate an underlying issue to prevent recurrence', 'An in-depth analysis is underway to improve this process', 'Work on a new orchestration architecture to better manage recovery']);
    expect(found.map((i) => i.kind)).toEqual(['investigate', 'investigate', 'mitigate']);
  });
});

describe('round 12, a status page\'s Cause / Solution / Conclusion', () => {
  it('reads the code fixed under "Solution" as done remediation, one item per change, without footnote marks, and "We are now reconsidering X" as a plan not yet done', () => {
    const found = items('pm.txt', 'Inconsistent indicators\nIncident Report for Acme\nPostmortem\n\nWe are now reconsidering the strategy of long continuous periods of uptime.\n\nCause\n\nA new indicator produced unexpected values.\n\nSolution\n\nThe team added type conversion and implemented a more comprehensive exception handler to address the issue [4].\n\nPosted Mar 26, 2024 - 16:24 UTC\n');
    expect(titles(found)).toEqual(['Reconsider the strategy of long continuous periods of uptime', 'Add type conversion', 'Implement a more comprehensive exception handler to address the issue']);
    expect(found.map((i) => i.done)).toEqual([false, true, true]);
  });
});

describe('round 12, remedies in hand and follow-ups in a forum message', () => {
  it('reads "We have a mitigation that will ensure X" as a done mitigation, and "So I will be looking at that" as an investigation', () => {
    const found = items('pm.md', '# Outage\n\nThe failsafe triggered. We have a mitigation that we believe will ensure that if this issue recurs, it will only affect one datacenter.\n\nI thought I had made changes to the software to prevent this from happening again. Guess not. So I will be looking at that.\n');
    expect(found.map((i) => [i.kind, i.done])).toEqual([['mitigate', true], ['investigate', false]]);
    expect(found[0]?.title.startsWith('Put in place a mitigation that')).toBe(true);
  });
});

describe('round 12, watching and status clichés', () => {
  it('keeps "more metrics and alerts around X" one item, reads rotating services as mitigation, and "deploying a solution to address the identified issue" as the response', () => {
    const found = items('pm.txt', 'Blackout\nIncident Report for Acme\nResolved\nWe found a slow memory leak. We will be adding more metrics and alerts around memory usage and rotating our services more often. Our team is currently deploying a solution to address the identified issue.\nPosted Oct 30, 2014 - 12:00 UTC\n');
    expect(titles(found)).toEqual(['Add more metrics and alerts around memory usage', 'Rotate our services more often']);
    expect(found.map((i) => i.kind)).toEqual(['detect', 'mitigate']);
  });
});

describe('round 12, safeguards found and processes to update', () => {
  it('reads tests identified that can catch this as tests to add, keeps "working on monitoring that catches X" whole, and "update our incident response process" is not a promise to update this post', () => {
    const found = items('pm.txt', 'Errors\n\nThe fix rolled out.\n\nThe team identified several tests that can catch this in the future. We are also working on monitoring that catches edge case errors. We will review and update our incident response process with the learnings from this event, no later than Jan 31 2022.\n');
    expect(titles(found)).toEqual(['Add the tests identified that can catch this in the future', 'Work on monitoring that catches edge case errors', 'Review and update our incident response process with the learnings from this event']);
    expect(found.map((i) => i.done)).toEqual([false, false, false]);
  });
});

describe('themes, round 12', () => {
  it('files an upgrade under the deployment process, not configuration management, and a redirect under neither', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n- Review and strengthen upgrade processes during maintenance\n- Redirect some load from this region to others\n');
    expect(found[0]?.themes).toContain('deployment-process');
    expect(found.flatMap((i) => i.themes)).not.toContain('config-management');
  });
});

describe('round 12, template numbers and status clichés', () => {
  it('drops "Item 1" left from a template, a final update promised, and telling customers that no data was lost', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n- Item 1\n- Provide a final update at 11:22 UTC\n- Confirm that no data was lost and all emails were processed\n- Clarify that no API calls were lost\n- Add alerts on queue depth\n');
    expect(titles(found)).toEqual(['Add alerts on queue depth']);
  });
});

describe('round 12, sections of what went poorly', () => {
  it('reads "Things that went poorly" as findings, not work', () => {
    const found = items('pm.md', '# Outage\n\n### Things that went poorly\n\nMultiple different issues were happening simultaneously:\n\n- Increased HTTP requests resulting in database connection exhaustion\n- CDN failover not happening correctly\n');
    expect(found).toEqual([]);
  });
});

describe('kinds, round 12', () => {
  it('reads revoking compromised keys and a new architecture to better manage recovery as mitigation', () => {
    const found = items('pm.md', '# Breach\n\n## Action items\n\n- Revoke the compromised GPG keys\n- Build a new orchestration architecture to better manage recovery\n');
    expect(found.map((i) => i.kind)).toEqual(['mitigate', 'mitigate']);
  });
});

describe('round 12, defects fixed for good', () => {
  it('reads "the bug has since been fixed" and a permanent fix told in an account of the mitigation as done remediation', () => {
    const found = items('pm.txt', 'Auth failures\nIncident Report for Acme\nPostmortem\n\nMitigation\n\nThe site reliability team identified the cause. The software engineering team implemented a permanent fix to the directory service to address the specific use case.\n\nFollow-up\n\nThe bug has since been fixed and we\'re looking into ways to add more simulated tests.\n\nPosted Jun 08, 2022 - 11:41 CDT\n');
    expect(titles(found)).toEqual(['Implement a permanent fix to the directory service to address the specific use case', 'Fix the bug', 'Look into ways to add more simulated tests']);
    expect(found.map((i) => i.done)).toEqual([true, true, false]);
  });
});

describe('round 12, promises in an account of the resolution', () => {
  it('reads "We will X to help prevent future recurrence" under Resolution as a plan, but not "we will speak about this in future posts"', () => {
    const found = items('pm.md', '# Outage\n\n## Resolution\n\nThe migration was reversed. We will conduct an internal investigation of this issue and make appropriate improvements to our systems to help prevent future recurrence. We will speak about this in future posts as we approach that time. We will be acquiring a permanent block of IPs.\n');
    expect(titles(found)).toEqual(['Conduct an internal investigation of this issue', 'Make appropriate improvements to our systems to help prevent future recurrence', 'Acquire a permanent block of IPs']);
  });
});

describe('round 12, history and alternatives', () => {
  it('reads what was done after an earlier incident as history, and investigating alternatives as a plan', () => {
    const found = items('pm.md', '# Outage\n\nWe encountered this kernel bug previously on a different database server and upgraded the kernel of all our database servers in response. We\'re also investigating alternatives such as a vendor specific kernel.\n');
    expect(titles(found)).toEqual(['Investigate alternatives such as a vendor specific kernel']);
  });
});
