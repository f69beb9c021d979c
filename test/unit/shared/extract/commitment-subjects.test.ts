import { describe, expect, it } from 'vitest';
import { commitmentOf } from '../../../../shared/extract/language';

// The subject-led patterns are tried only where a subject can start ("we", "I", "our ...", "the ... team"):
// each form, anywhere in the sentence, and the words that merely begin like one.
describe('commitments by a first-person subject', () => {
  it('are found for every form of the subject', () => {
    expect(commitmentOf('We will add alerts on replication lag.')).toBe('firm');
    expect(commitmentOf("We'll add alerts on replication lag.")).toBe('firm');
    expect(commitmentOf('I will rotate the credentials.')).toBe('firm');
    expect(commitmentOf('Our SRE team will add alerts on replication lag.')).toBe('firm');
    expect(commitmentOf('Our on-call engineers have since added a runbook.')).toBe('done');
    expect(commitmentOf('The platform team is adding alerts on replication lag.')).toBe('firm');
    expect(commitmentOf('The team will add alerts on replication lag.')).toBe('firm');
    expect(commitmentOf('We are now using an external uptime service.')).toBe('done');
    expect(commitmentOf('We have enhanced our test coverage.')).toBe('done');
    expect(commitmentOf('In the future we should page on queue depth.')).toBe('need');
    expect(commitmentOf('We restarted the workers to make sure it does not happen again.')).toBe('done');
  });

  it('are found where the subject is not the sentence’s first word', () => {
    expect(commitmentOf('Items were moved. Then we will add alerts.')).toBe('firm');
    expect(commitmentOf('After the outage the database team has now added a replica.')).toBe('done');
    expect(commitmentOf('The disk issues were an easy fix, we limited the log size.')).toBe('done');
  });

  it('are not found in words that only begin like a subject, or in an open question', () => {
    expect(commitmentOf('Ourselves and the teammates will add alerts.')).toBe('none');
    expect(commitmentOf('Iteration on the design will continue.')).toBe('none');
    expect(commitmentOf('There was a delay, and the theme of the week was speed; our plan is unclear.')).toBe('none');
    expect(commitmentOf('It is unclear whether we will keep the old cluster.')).toBe('none');
    expect(commitmentOf('Weekly reports will be added.')).toBe('planned-passive');
  });
});
