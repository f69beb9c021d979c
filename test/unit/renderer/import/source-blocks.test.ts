import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlightRuns, sourceBlocks, type SourceBlock } from '../../../../renderer/features/import/source-blocks';

/** Each block as its kind and the text its ranges cover. */
function describeBlocks(text: string, blocks: readonly SourceBlock[]) {
  const slice = (range: { start: number; end: number }) => text.slice(range.start, range.end);
  return blocks.map((block) => {
    switch (block.kind) {
      case 'list':
        return [block.ordered ? 'ol' : 'ul', block.items.map(slice)];
      case 'table':
        return ['table', block.rows.map((row) => [row.header, row.cells.map(slice)])];
      case 'heading':
        return [`h${block.level}`, slice(block)];
      default:
        return [block.kind, slice(block)];
    }
  });
}

describe('sourceBlocks', () => {
  it('reads Markdown headings, paragraphs, lists, tables and code, leaving markers outside the ranges', () => {
    const text = [
      '# Outage',
      '',
      'First line',
      'second line.',
      '',
      '## Action items',
      '- Add alerts',
      '  on queue depth',
      '* [ ] Rotate keys',
      '1. Write runbook',
      '2) Drill it',
      '',
      '| Time | Event |',
      '| --- | --- |',
      '| 10:00 | Paged \\| woke |',
      '',
      '```',
      '<script>alert(1)</script>',
      '```',
      '> Quoted',
    ].join('\n');
    expect(describeBlocks(text, sourceBlocks(text))).toEqual([
      ['h2', 'Outage'],
      ['paragraph', 'First line\nsecond line.'],
      ['h2', 'Action items'],
      ['ul', ['Add alerts\n  on queue depth', '[ ] Rotate keys']],
      ['ol', ['Write runbook', 'Drill it']],
      ['table', [[true, ['Time', 'Event']], [false, ['10:00', 'Paged \\| woke']]]],
      ['code', '<script>alert(1)</script>'],
      ['paragraph', 'Quoted'],
    ]);
  });

  it('treats lone short lines of a plain-text post as headings, but not dated or punctuated lines', () => {
    const text = 'Root cause\n\nA change broke it.\n\nPosted Nov 02, 2023 - 23:13 PDT\n\nWe are sorry.\n\nThe end';
    expect(describeBlocks(text, sourceBlocks(text))).toEqual([
      ['h3', 'Root cause'],
      ['paragraph', 'A change broke it.'],
      ['paragraph', 'Posted Nov 02, 2023 - 23:13 PDT'],
      ['paragraph', 'We are sorry.'],
      // The last block has nothing to head.
      ['paragraph', 'The end'],
    ]);
  });

  it('covers every extracted item of a real Statuspage post within a block', () => {
    const text = readFileSync('renderer/features/import/samples/livekit-2023-11-02-rpc-issue.txt', 'utf8');
    const blocks = describeBlocks(text, sourceBlocks(text));
    expect(blocks).toContainEqual(['h3', 'Remediation plan']);
    expect(blocks).toContainEqual([
      'ul',
      ['Ensure hotfixes are minimal and directly address the issue', 'Mandate multiple sign-offs for deploys'],
    ]);
  });
});

describe('highlightRuns', () => {
  it('cuts a range at every highlight edge and lists the highlights over each run', () => {
    const runs = highlightRuns({ start: 0, end: 20 }, [
      { id: 'a', start: 2, end: 10 },
      { id: 'b', start: 5, end: 25 },
      { id: 'outside', start: 30, end: 40 },
      { id: 'empty', start: 3, end: 3 },
    ]);
    expect(runs).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 5, ids: ['a'] },
      { start: 5, end: 10, ids: ['a', 'b'] },
      { start: 10, end: 20, ids: ['b'] },
    ]);
  });

  it('returns the whole range as one plain run without highlights', () => {
    expect(highlightRuns({ start: 4, end: 9 }, [])).toEqual([{ start: 4, end: 9, ids: [] }]);
  });
});
