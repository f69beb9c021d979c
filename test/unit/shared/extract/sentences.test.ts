import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceSpans, sentenceStarts } from '../../../../shared/extract/sentences';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const segmenterStarts = (text: string): number[] => Array.from(segmenter.segment(text), (s) => s.index);

/** Pieces that exercise every rule: terminators, closing quotes, spaces, line breaks, case, digits and abbreviations. */
const PIECES = ['We', 'will', 'add', 'it', 'U.S.', 'e.g.', 'v1.2', '3.5', 'end.', 'End!', 'why?', '...', '"Hi."', '’s', '“Ok.”', '—', '–', '(see', 'below).', '\n', '\r\n', '  ', '\t', ':', ';', ',', '-', '.', '?', '!', 'a', 'B', '1', '#'];

describe('sentence boundaries', () => {
  it('agree with Intl.Segmenter on text of the characters the rules know', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom('', ' ')), { maxLength: 24 }), (parts) => {
        const text = parts.map(([piece, gap]) => piece + gap).join('');
        expect(sentenceStarts(text)).toEqual(text.length === 0 ? [0] : segmenterStarts(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keep abbreviations, decimals and lower-case continuations inside a sentence', () => {
    const text = 'We moved to v1.2 of the U.S. East cluster, e.g. for the API. Then we paged the team. it was late.';
    expect(sentenceSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual([
      'We moved to v1.2 of the U.S.',
      'East cluster, e.g. for the API.',
      'Then we paged the team. it was late.',
    ]);
  });

  it('keep the closing emphasis of a bold sentence with the sentence it closes', () => {
    const text = '**Introduce a resilient DNS setup.** We are working on it. __Done.__';
    expect(sentenceSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual([
      '**Introduce a resilient DNS setup.**',
      'We are working on it.',
      '__Done.__',
    ]);
  });
});
