import { describe, expect, it } from 'vitest';
import { baseVerb } from '../../../../shared/extract/language';

describe('baseVerb', () => {
  it('restores the silent e that -ing and -ed took away, also after a prefix', () => {
    expect(baseVerb('Re-introducing')).toBe('Re-introduce');
    expect(baseVerb('reducing')).toBe('reduce');
    expect(baseVerb('removing')).toBe('remove');
    expect(baseVerb('optimizing')).toBe('optimize');
    expect(baseVerb('introduced')).toBe('introduce');
  });

  it('leaves verbs that never had one alone', () => {
    expect(baseVerb('syncing')).toBe('sync');
    expect(baseVerb('monitoring')).toBe('monitor');
    expect(baseVerb('focusing')).toBe('focus');
    expect(baseVerb('running')).toBe('run');
  });
});
