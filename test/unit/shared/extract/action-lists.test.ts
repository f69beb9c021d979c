/**
 * How action lists are laid out in real postmortems: grouped under kind or status headings
 * ("### Detection", "### Completed"), entries with owner, due and status fields nested under
 * them, who and when noted beside the action, lists written inside one sentence, actions given as
 * sub-headings or as "Action item:" paragraphs, and work in progress told under an action heading.
 */
import { describe, expect, it } from 'vitest';
import { items } from './snippets';

describe('action lists grouped under headings', () => {
  it('keeps the items under "Detection" and "Mitigation" group headings, and gives an item without cues its group\'s kind', () => {
    const found = items(
      'pm.md',
      '# Outage\n\n## Action items\n\n### Detection\n\n- Add an alert on queue depth.\n- Ship export counters to the shared board.\n\n### Mitigation\n\n- Add a kill switch for exports.\n- Split the export workers by tenant.\n',
    );
    expect(found.map((i) => [i.title, i.kind])).toEqual([
      ['Add an alert on queue depth', 'detect'],
      ['Ship export counters to the shared board', 'detect'],
      ['Add a kill switch for exports', 'mitigate'],
      ['Split the export workers by tenant', 'mitigate'],
    ]);
  });

  it('still reads "Detection" and "Mitigation" outside an action list as the story of the response', () => {
    expect(items('pm.md', '# Outage\n\n## Detection\n\n- An alert on queue depth paged the on-call engineer.\n\n## Mitigation\n\n- Split the export workers by tenant.\n- Add a kill switch for exports.\n')).toHaveLength(0);
  });

  it('reads the entries under a "Completed" group as done, and takes who and when out of the title', () => {
    const found = items(
      'pm.md',
      '# Outage\n\n## Follow-up actions\n\n### Completed\n\n- Raise the connection pool limit (owner: Ben)\n\n### Planned\n\n- Split the export workers by tenant (@ana, due May 1)\n\n### Immediate (done)\n\n- Add retries to the export client.\n\n### Not done yet\n\n- Move exports to a separate cluster.\n',
    );
    expect(found.map((i) => [i.title, i.done])).toEqual([
      ['Raise the connection pool limit', true],
      ['Split the export workers by tenant', false],
      ['Add retries to the export client', true],
      ['Move exports to a separate cluster', false],
    ]);
  });

  it('takes a trailing owner or due note after a dash out of the title, but not a dash that explains', () => {
    const found = items('pm.md', '# Outage\n\n## Action items\n\n1. **Add an alert on queue depth** — owner: Ana, due 2024-05-01\n2. Make the due-date logic correct - it drifts\n');
    expect(found.map((i) => i.title)).toEqual(['Add an alert on queue depth', 'Make the due-date logic correct - it drifts']);
  });
});

describe('action entries with fields', () => {
  it('reads "Owner:", "Due:", "Status:" and "Type:" entries as fields of the action above them, not as actions', () => {
    const found = items(
      'pm.md',
      '# Outage\n\n## Action items\n\n1. Add an alert on queue depth\n   - Owner: Ana\n   - Due: 2024-05-01\n   - Status: Done\n2. Split the export workers by tenant\n   - **Owner**: Ben\n   - Status: In progress\n   - Type: Mitigate\n3. Improve the deploy pipeline\n   - Add a canary stage\n   - Roll back automatically\n',
    );
    expect(found.map((i) => i.title)).toEqual(['Add an alert on queue depth', 'Split the export workers by tenant', 'Add a canary stage', 'Roll back automatically']);
    expect(found.slice(0, 2).map((i) => [i.kind, i.done])).toEqual([
      ['detect', true],
      ['mitigate', false],
    ]);
  });
});

describe('action lists written inside one sentence', () => {
  const postmortem = (sentence: string) => `API outage\nIncident Report for Acme\n\nPostmortem\nA certificate expired. ${sentence}\nPosted May 03, 2024 - 10:00 UTC\n`;

  it('makes one item per numbered entry after "Corrective actions:"', () => {
    const found = items('pm.txt', postmortem('Corrective actions: (1) add an alert 30 days before certificates expire; (2) automate certificate renewal; (3) document the renewal runbook.'));
    expect(found.map((i) => [i.title, i.done])).toEqual([
      ['Add an alert 30 days before certificates expire', false],
      ['Automate certificate renewal', false],
      ['Document the renewal runbook', false],
    ]);
  });

  it('makes one item per -ing action after "the following steps:", done when the lead says they were taken', () => {
    const planned = items('pm.txt', postmortem('To prevent this, we are taking the following steps: adding an alert before certificates expire, automating certificate renewal, and documenting the renewal runbook.'));
    expect(planned.map((i) => i.title)).toEqual(['Add an alert before certificates expire', 'Automate certificate renewal', 'Document the renewal runbook']);
    const taken = items('pm.txt', postmortem('We have taken the following measures: adding an alert before certificates expire and automating certificate renewal.'));
    expect(taken.map((i) => [i.title, i.done])).toEqual([
      ['Add an alert before certificates expire', true],
      ['Automate certificate renewal', true],
    ]);
  });

  it('reads a paragraph that opens with a remediation label ("**What we\'re doing about it:**") as the sentence after it', () => {
    const found = items('pm.txt', postmortem("**What we're doing about it:** We're adding an alert on certificate expiry and automating renewal."));
    expect(found.map((i) => i.title)).toEqual(['Add an alert on certificate expiry', 'Automate renewal']);
    expect(found[0]?.quote).toBe("We're adding an alert on certificate expiry and automating renewal.");
  });

  it('leaves a colon that lists no actions alone', () => {
    expect(items('pm.txt', postmortem('The impact: errors, timeouts, and slow pages for all customers.'))).toEqual([]);
  });
});

describe('actions as headings, labelled paragraphs and work in progress', () => {
  it('takes an imperative sub-heading of an action section as the action, but not one over a list or a topic heading', () => {
    const found = items(
      'pm.md',
      '# Outage\n\n## Action items\n\n### 1. Add an alert on queue depth\n\nThe queue grew for an hour before anyone noticed.\n\n### Improving our runbooks\n\nOur runbooks were out of date.\n\n### Enhance the canary process\n\n- Expand canaries to every region\n',
    );
    expect(found.map((i) => i.title)).toEqual(['Add an alert on queue depth', 'Expand canaries to every region']);
  });

  it('takes an "Action:" or "Follow-up:" entry nested under a lesson or a finding as the action', () => {
    const found = items(
      'pm.md',
      '# Outage\n\n## Lessons learned\n\n- Certificates expired without warning.\n  - Action: add an alert 30 days before expiry.\n\n## What went wrong\n\n- The pager was silent.\n  - Follow-up: test the pager every week.\n',
    );
    expect(found.map((i) => i.title)).toEqual(['Add an alert 30 days before expiry', 'Test the pager every week']);
  });

  it('takes "Action item:" paragraphs as actions, and not a sentence that only mentions an action', () => {
    const found = items('pm.md', '# Outage\n\n**Action item:** Add an alert on queue depth.\n\nAction was taken quickly by the team.\n');
    expect(found.map((i) => i.title)).toEqual(['Add an alert on queue depth']);
  });

  it('reads "we are splitting X" under an action heading as a plan, but not "we are working hard" or "we are expecting"', () => {
    const found = items(
      'pm.md',
      '# Outage\n\n## What we are changing\n\nWe are splitting the export workers by tenant. We are working hard on making exports reliable. We are expecting these changes to help.\n',
    );
    expect(found.map((i) => i.title)).toEqual(['Split the export workers by tenant']);
  });
});
