import { describe, expect, it } from 'vitest';
import { loadGoldCases, parseCase, scoreItems } from './gold';

describe('remediation items of the LiveKit postmortems', () => {
  for (const c of loadGoldCases(['postmortems'])) {
    describe(c.gold.file, () => {
      const parsed = parseCase(c);
      const score = scoreItems(c.gold.file, parsed.items, c.gold.items);

      it('finds every labelled item and nothing else', () => {
        expect(score.missed.map((g) => g.text)).toEqual([]);
        expect(score.falsePositives.map((i) => i.title)).toEqual([]);
      });

      it('gives each item the labelled kind, themes and done state', () => {
        for (const { item, gold } of score.truePositives) {
          expect(item.kind, item.title).toBe(gold.kind);
          expect(item.themes, item.title).toEqual(expect.arrayContaining(gold.themes));
          expect(item.done, item.title).toBe(gold.done === true);
        }
      });

      it('quotes the source exactly at its span', () => {
        for (const item of parsed.items) expect(parsed.text.slice(item.span.start, item.span.end)).toBe(item.quote);
      });
    });
  }
});
