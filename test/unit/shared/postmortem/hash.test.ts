import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../../shared/postmortem/hash';

describe('contentHash', () => {
  it('is the 64-bit FNV-1a of the text, as 16 hex digits', () => {
    // Reference values of FNV-1a 64 over ASCII.
    expect(contentHash('')).toBe('cbf29ce484222325');
    expect(contentHash('a')).toBe('af63dc4c8601ec8c');
    expect(contentHash('foobar')).toBe('85944171f73967e8');
  });

  it('differs for texts that differ by one character', () => {
    expect(contentHash('We will add alerts.')).not.toBe(contentHash('We will add alerts!'));
  });
});
