import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../../../shared/extract/sentences';

/** Pieces for both ways of finding boundaries: ASCII (the rules) and other characters (Intl.Segmenter), with white space of every kind. */
const PIECES = ['We', 'will', 'add', 'it.', 'End!', 'why?', 'e.g.', 'U.S.', '3.5', 'é', '…', '✅', '“Ok.”', '\n', '\r\n', ' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', '\u2028', '\ufeff'];

describe('sentence spans', () => {
  it('are trimmed, in order, and leave only white space between them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.nat(3), fc.nat(3), (parts, cutStart, cutEnd) => {
        const text = parts.join(' ');
        const start = Math.min(cutStart, text.length);
        const end = Math.max(start, text.length - cutEnd);
        const spans = sentenceSpans(text, start, end);
        let at = start;
        for (const span of spans) {
          const sentence = text.slice(span.start, span.end);
          expect(sentence.length).toBeGreaterThan(0);
          expect(sentence).toBe(sentence.trim());
          expect(text.slice(at, span.start).trim()).toBe('');
          at = span.end;
        }
        expect(at).toBeLessThanOrEqual(end);
        expect(text.slice(at, end).trim()).toBe('');
      }),
      { numRuns: 2000 },
    );
  });

  it('find the same sentences whether or not the text needs Intl.Segmenter', () => {
    const ascii = 'We moved the cluster.  Then we paged the team!\tIt recovered.';
    const other = 'We moved the cluster.\u3000 Then we paged the team!\u00a0It recovered ✅.';
    const read = (text: string): string[] => sentenceSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));
    expect(read(ascii)).toEqual(['We moved the cluster.', 'Then we paged the team!', 'It recovered.']);
    expect(read(other)).toEqual(['We moved the cluster.', 'Then we paged the team!', 'It recovered ✅.']);
  });
});
