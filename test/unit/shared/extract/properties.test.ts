import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPostmortemText } from '../../../../shared/postmortem';

const markdownish = fc.array(
  fc.oneof(
    fc.constantFrom('# Action Items', '## Timeline', '- [ ] ', '- [x] ', '* ', '1. ', '| a | b |', '| --- | --- |', '```', '> ', '**bold**', '\n', '\n\n', 'Posted Mar 08, 2024 - 21:23 PST', 'This incident affected: A (x, y) and B.'),
    fc.constantFrom('We will add alerts.', 'we’ll be moving X off Y as well.', 'Changes will include A as well as B prior to C.', '10:09PM (T+8mins), restart.', 'We have since fixed it.', '✅ Done', '<script>x</script>', '😀', '\u00a0'),
    fc.string(),
  ),
  { maxLength: 40 },
);

const formats = fc.constantFrom('pm.txt', 'pm.md', 'pm.html', 'pm.json', 'pasted');

describe('extraction on any input', () => {
  it('never throws, finishes quickly, quotes exactly inside the text, and is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 2000 }), markdownish.map((parts) => parts.join(''))), formats, (text, name) => {
        const started = performance.now();
        const first = readPostmortemText(name, text);
        expect(performance.now() - started).toBeLessThan(1000);
        const second = readPostmortemText(name, text);
        expect(second).toEqual(first);
        if (!first.ok) return;
        const doc = first.value;
        for (const item of doc.items) {
          expect(item.span.start).toBeGreaterThanOrEqual(0);
          expect(item.span.end).toBeLessThanOrEqual(doc.text.length);
          expect(item.span.start).toBeLessThanOrEqual(item.span.end);
          expect(doc.text.slice(item.span.start, item.span.end)).toBe(item.quote);
          expect(item.title.length).toBeGreaterThan(0);
        }
        for (const s of [...doc.incident.sections, ...doc.incident.timeline, ...doc.incident.updates]) {
          expect(s.span.start).toBeGreaterThanOrEqual(0);
          expect(s.span.end).toBeLessThanOrEqual(doc.text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on long lists and long lines', () => {
    const entry = '- [ ] We will add alerts and improve dashboards, and will also fix it as well as that.\n';
    for (const text of [`# T\n\n## Action Items\n${entry.repeat(3000)}`, entry.repeat(12000), `<ul>${'<li>We will add alerts<ul><li>x</li></ul></li>'.repeat(3000)}</ul>`, 'we will '.repeat(200000)]) {
      const started = performance.now();
      const r = readPostmortemText(text.startsWith('<') ? 'big.html' : 'big.md', text);
      expect(performance.now() - started).toBeLessThan(8000);
      expect(r.ok).toBe(true);
    }
    // The bound above is the test; a busy machine may need longer for all four inputs together.
  }, 60_000);
});
