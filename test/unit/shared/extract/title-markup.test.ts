import { describe, expect, it } from 'vitest';
import { titleAndDetail } from '../../../../shared/extract/title';

// Each kind of markup is removed only from wordings that have its opening character: one example of each.
describe('titles without markup', () => {
  it('drop tags, links, footnotes and emphasis', () => {
    for (const wording of ['<b>Add</b> alerts on lag', '[Add alerts](https://x.y/z) on lag', 'Add alerts on lag[^1]', '**Add** `alerts` on __lag__', 'Add   alerts\n on\tlag']) {
      expect(titleAndDetail(wording, '')).toEqual({ title: 'Add alerts on lag' });
    }
  });

  it('drop closing notes, links, issue numbers and tracker keys, which stay in the detail', () => {
    expect(titleAndDetail('Add alerts on lag (done)', '')).toEqual({ title: 'Add alerts on lag' });
    for (const wording of ['Add alerts on lag (see https://x.y/z)', 'Add alerts on lag (#12)', 'Add alerts on lag ABC-123', 'Add alerts on lag - https://x.y/z']) {
      expect(titleAndDetail(wording, '')).toEqual({ title: 'Add alerts on lag', detail: wording });
    }
  });
});
