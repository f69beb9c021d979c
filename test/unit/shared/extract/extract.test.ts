import { describe, expect, it } from 'vitest';
import { items, titles } from './snippets';


describe('where items come from', () => {
  it('takes every entry of an action list, skipping the sub-headings that only group them', () => {
    const found = items('pm.md', `# Outage\n\n## Action items\n\n### Deploys\n\n- Require two approvals for production deploys\n- [x] Add a canary stage\n\n### Alerting\n\n- Page on queue depth over 10k\n`);
    expect(titles(found)).toEqual(['Require two approvals for production deploys', 'Add a canary stage', 'Page on queue depth over 10k']);
    expect(found.map((i) => i.done)).toEqual([false, true, false]);
    expect(found.map((i) => i.kind)).toEqual(['process', 'prevent', 'detect']);
  });

  it('reads action tables, their status and their own type column', () => {
    const found = items('pm.md', `| Action Item | Type | Owner | Status |\n| --- | --- | --- | --- |\n| Shard the sessions table | Mitigate | db | DONE |\n| Add a dashboard for replication lag | Detect | sre | TODO |\n`);
    expect(found.map((i) => [i.title, i.kind, i.done])).toEqual([
      ['Shard the sessions table', 'mitigate', true],
      ['Add a dashboard for replication lag', 'detect', false],
    ]);
  });

  it('leaves tracker keys and status words out of titles, and reads DONE as done', () => {
    const found = items('pm.md', `## Action items\n\n- OPS-1234: Add alerts on replication lag\n- DONE: Pin the base image version\n- TODO - Document the failover runbook (OPS-1240)\n`);
    expect(found.map((i) => [i.title, i.done])).toEqual([
      ['Add alerts on replication lag', false],
      ['Pin the base image version', true],
      ['Document the failover runbook', false],
    ]);
  });

  it('takes the wordy column of a table under a remediation heading when no column is named for actions', () => {
    const found = items('pm.md', `## Follow-up\n\n| Priority | Description | Owner |\n| --- | --- | --- |\n| P1 | Add rate limiting to the login endpoint | auth |\n`);
    expect(titles(found)).toEqual(['Add rate limiting to the login endpoint']);
  });

  it('finds commitments in prose and in status updates, but not what responders did', () => {
    const found = items(
      'pm.txt',
      `Queue delays\nIncident Report for Acme\n\nResolved\nAt 10:02 UTC we reverted the change and restarted the workers. We apologize for the inconvenience. We will be adding monitoring on queue depth to detect this earlier. In the longer term, we are re-architecting the scheduler to remove its dependency on the shared cache.\nPosted May 01, 2024 - 11:30 UTC\n\nInvestigating\nWe are currently investigating this issue. We will provide an update in 30 minutes.\nPosted May 01, 2024 - 10:00 UTC`,
    );
    expect(titles(found)).toEqual(['Add monitoring on queue depth to detect this earlier', 'Re-architect the scheduler to remove its dependency on the shared cache']);
    expect(found[0]?.kind).toBe('detect');
    expect(found[1]?.themes).toContain('dependency-isolation');
  });

  it('ignores timelines, contributing factors, what went well and lessons that commit to nothing', () => {
    const found = items(
      'pm.md',
      `# Outage\n\n## Timeline\n\n- 10:00 UTC We will restart the database\n\n## Contributing factors\n\n- We should have had alerts\n\n## What went well\n\n- We will keep the runbook\n\n## Lessons learned\n\n- Alerts fired late.\n`,
    );
    expect(found).toEqual([]);
  });

  it('makes one item of the same action written twice, keeping the list entry', () => {
    const found = items('pm.md', `# Outage\n\nWe will add an alert on disk usage for the database hosts.\n\n## Follow-ups\n\n- Add an alert on database host disk usage\n`);
    expect(titles(found)).toEqual(['Add an alert on database host disk usage']);
  });

  it('splits one sentence that commits to two actions, keeping the shared tail', () => {
    const found = items('pm.txt', `Title\n\nWe will improve our release checks. Changes will include schema validation as well as load testing before each release.`);
    expect(titles(found)).toEqual(['Add schema validation before each release', 'Add load testing before each release']);
    expect(found[0]?.detail).toContain('We will improve our release checks.');
    expect(found[0]?.span).toEqual(found[1]?.span);
  });

  it('reads a list introduced by a commitment outside any remediation heading', () => {
    const found = items('pm.md', `# What happened\n\nTo prevent this from happening again, we will:\n\n- Validate the size of export requests\n- Add a kill switch for exports\n`);
    expect(found.map((i) => [i.title, i.kind])).toEqual([
      ['Validate the size of export requests', 'prevent'],
      ['Add a kill switch for exports', 'mitigate'],
    ]);
  });

  it('marks work already done: checked boxes, ✅, "(Completed)", "we have since"', () => {
    const found = items('pm.md', `## Remediation\n\n- ✅ Rotate the leaked key\n- Move secrets to the vault (Completed)\n- Add secret scanning (Estimated completion: May 2024)\n\nWe have since added a pre-commit hook that blocks secrets.\n`);
    expect(found.map((i) => [i.title, i.done])).toEqual([
      ['Rotate the leaked key', true],
      ['Move secrets to the vault', true],
      ['Add secret scanning', false],
      ['Add a pre-commit hook that blocks secrets', true],
    ]);
  });

  it('splits a commitment to several objects or verbs into one item each, keeping the verb and the shared tail', () => {
    const found = items(
      'pm.md',
      `# Outage\n\n## Follow-ups\n\n- Improving load-balancer capacity monitoring and regional failover safeguards.\n\n## Summary\n\nWe are also updating alerting, access, and response procedures so certificate problems are caught sooner. We have added stronger health checks before maintenance, along with a required observation period before restoring traffic.\n`,
    );
    expect(titles(found)).toEqual([
      'Improve load-balancer capacity monitoring',
      'Improve regional failover safeguards',
      'Update alerting so certificate problems are caught sooner',
      'Update access so certificate problems are caught sooner',
      'Update response procedures so certificate problems are caught sooner',
      'Add stronger health checks before maintenance',
      'Add a required observation period before restoring traffic',
    ]);
  });

  it('keeps one item where the listed words name one thing or one inquiry', () => {
    const found = items('pm.md', `## Action items\n\n- Add unit and integration tests for the importer\n- Improve monitoring and alerting on queue depth\n- Review retry limits, backoff behaviour and timeouts across clients\n- Investigate and develop a safer failover procedure\n`);
    expect(found).toHaveLength(4);
  });

  it('names what "it" stands for in a title, from the text before it', () => {
    const found = items(
      'pm.txt',
      `Title\n\nWe had been building a replacement cache called QuickStore. QuickStore ran in staging for two weeks.\n\nAfter the second outage we will deploy it in production in order to remove the dependency on the old cache.`,
    );
    expect(titles(found)).toEqual(['Deploy QuickStore in production to remove the dependency on the old cache']);
  });

  it('titles labelled entries by their action and gives a consequence its reason', () => {
    const labelled = items('pm.md', `## Remediation\n\n1. Monitoring Sensitivity: Our alerting thresholds will be lowered to detect stalls sooner.\n`);
    expect(titles(labelled)).toEqual(['Lower our alerting thresholds to detect stalls sooner']);
    const reasoned = items('pm.txt', `Title\n\nThe search tool had no second source of results to fall back on. We are therefore evaluating backup providers.`);
    expect(reasoned[0]?.kind).toBe('investigate');
    expect(reasoned[0]?.detail).toContain('no second source of results');
  });
});
