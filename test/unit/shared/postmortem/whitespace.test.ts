import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, isWhiteSpaceAt } from '../../../../shared/postmortem/whitespace';

describe('collapseWhitespace', () => {
  it('turns every run of white space into one space, as /\\s+/g would', () => {
    const pieces = ['a', 'bc', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' '));
      }),
      { numRuns: 3000 },
    );
  });

  it('returns text without runs to collapse as it is', () => {
    expect(collapseWhitespace('Add alerts on lag')).toBe('Add alerts on lag');
    expect(collapseWhitespace(' Add\talerts  on\n\nlag ')).toBe(' Add alerts on lag ');
  });
});

describe('isWhiteSpaceAt', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    const differing: number[] = [];
    for (let c = 0; c <= 0xffff; c += 1) {
      const text = `a${String.fromCharCode(c)}`;
      if (isWhiteSpaceAt(text, 1) !== /\s/.test(text.charAt(1))) differing.push(c);
    }
    expect(differing).toEqual([]);
  });
});
