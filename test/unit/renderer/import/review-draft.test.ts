import { describe, expect, it } from 'vitest';
import type { ExtractedItem, ParsedPostmortem } from '../../../../shared/model';
import { DEFAULT_THEMES } from '../../../../shared/taxonomy';
import {
  addItemFromSpan,
  createDraft,
  editIncident,
  editItem,
  mergeItems,
  reviewedImport,
  setAllDecisions,
  setDecision,
  splitItem,
  suggestSplit,
  trimSpan,
} from '../../../../renderer/features/import/review-draft';

const TEXT = 'Remediation\n\n- Add canary checks to the deploy pipeline\n- Page the on-call engineer on queue depth\n\nThe end.';

function item(quote: string, overrides: Partial<ExtractedItem> = {}): ExtractedItem {
  const start = TEXT.indexOf(quote);
  return {
    title: quote,
    kind: 'prevent',
    themes: ['canary'],
    done: false,
    quote,
    span: { start, end: start + quote.length },
    confidence: 0.9,
    ...overrides,
  };
}

function parsed(items: ExtractedItem[]): ParsedPostmortem {
  return {
    fileName: 'outage.md',
    format: 'markdown',
    text: TEXT,
    contentHash: 'hash',
    incident: {
      title: 'Outage',
      organization: 'Acme',
      publishedAt: null,
      startedAt: null,
      resolvedAt: null,
      durationMinutes: null,
      components: [],
      updates: [],
      sections: [],
      timeline: [],
      failureThemes: [],
    },
    items,
  };
}

const canary = item('Add canary checks to the deploy pipeline');
const paging = item('Page the on-call engineer on queue depth', { kind: 'detect', themes: ['monitoring'], confidence: 0.6, done: true });

describe('the import review draft', () => {
  it('starts with every proposal accepted, in the order of the text', () => {
    const draft = createDraft(parsed([paging, canary]));
    expect(draft.items.map((i) => [i.title, i.decision])).toEqual([
      [canary.title, 'accepted'],
      [paging.title, 'accepted'],
    ]);
    expect(new Set(draft.items.map((i) => i.key)).size).toBe(2);
  });

  it('stores only the accepted items, without review bookkeeping, under the corrected metadata', () => {
    let draft = createDraft(parsed([canary, paging]));
    draft = setDecision(draft, draft.items[1]!.key, 'rejected');
    draft = editIncident(draft, { title: 'Queue outage', startedAt: '2024-01-01T10:00:00Z', resolvedAt: '2024-01-01T11:30:00Z' });
    const { parsed: stored, acceptedItems } = reviewedImport(draft);
    expect(acceptedItems).toEqual([canary]);
    expect(stored.items).toEqual([canary]);
    expect(stored.incident).toMatchObject({ title: 'Queue outage', durationMinutes: 90 });
    expect(stored.text).toBe(TEXT);
  });

  it('accepts or rejects everything at once', () => {
    const draft = setAllDecisions(createDraft(parsed([canary, paging])), 'rejected');
    expect(reviewedImport(draft).acceptedItems).toEqual([]);
    expect(reviewedImport(setAllDecisions(draft, 'accepted')).acceptedItems).toHaveLength(2);
  });

  it('edits title, kind, themes and done, and keeps the old title when the new one is blank', () => {
    let draft = createDraft(parsed([canary]));
    const key = draft.items[0]!.key;
    draft = editItem(draft, key, { title: '  Gate   deploys on canaries ', kind: 'mitigate', themes: ['canary', 'validation'], done: true });
    expect(draft.items[0]).toMatchObject({ title: 'Gate deploys on canaries', kind: 'mitigate', themes: ['canary', 'validation'], done: true });
    draft = editItem(draft, key, { title: '   ' });
    expect(draft.items[0]!.title).toBe('Gate deploys on canaries');
    // The source span is the extraction's, whatever the edits.
    expect(draft.items[0]!.span).toEqual(canary.span);
  });

  it('splits an item in two that share its source span', () => {
    const draft = createDraft(parsed([canary, paging]));
    const split = splitItem(draft, draft.items[0]!.key, ['Add canary checks', 'Run them in the deploy pipeline']);
    expect(split.items.map((i) => [i.title, i.quote])).toEqual([
      ['Add canary checks', canary.quote],
      ['Run them in the deploy pipeline', canary.quote],
      [paging.title, paging.quote],
    ]);
    expect(new Set(split.items.map((i) => i.key)).size).toBe(3);
  });

  it('suggests where a title joins two actions', () => {
    expect(suggestSplit('Add alerts as well as a runbook')).toEqual(['Add alerts', 'A runbook']);
    expect(suggestSplit('Add alerts; write a runbook')).toEqual(['Add alerts', 'Write a runbook']);
    expect(suggestSplit('Add alerts and rotate keys')).toEqual(['Add alerts', 'Rotate keys']);
    expect(suggestSplit('Add alerts')).toEqual(['Add alerts', 'Add alerts']);
  });

  it('merges two items into one whose quote is exactly the text its span covers', () => {
    const draft = createDraft(parsed([canary, paging]));
    const merged = mergeItems(draft, draft.items[0]!.key, draft.items[1]!.key);
    expect(merged.items).toHaveLength(1);
    const [only] = merged.items;
    expect(only!.span).toEqual({ start: canary.span.start, end: paging.span.end });
    expect(only!.quote).toBe(TEXT.slice(only!.span.start, only!.span.end));
    expect(only!.themes).toEqual(['canary', 'monitoring']);
    expect(only!.done).toBe(false);
    expect(only!.confidence).toBe(0.6);
    expect(only!.detail).toContain(paging.title);
  });

  it('adds an item from a selection, trimmed, titled by its text and themed by the rules', () => {
    const draft = createDraft(parsed([]));
    const start = TEXT.indexOf('Add canary') - 1;
    const added = addItemFromSpan(draft, { start, end: start + 1 + canary.quote.length + 1 }, DEFAULT_THEMES);
    expect(added).not.toBeNull();
    const [created] = added!.draft.items;
    expect(created).toMatchObject({ key: added!.key, title: canary.quote, quote: canary.quote, span: canary.span, decision: 'accepted' });
    expect(created!.themes).toContain('canary');
    expect(addItemFromSpan(draft, { start: 11, end: 13 }, DEFAULT_THEMES)).toBeNull();
  });

  it('trims a span to the text inside it and clamps it to the text', () => {
    expect(trimSpan('  ab  ', { start: 0, end: 6 })).toEqual({ start: 2, end: 4 });
    expect(trimSpan('ab', { start: 1, end: 99 })).toEqual({ start: 1, end: 2 });
    expect(trimSpan('    ', { start: 0, end: 4 })).toBeNull();
  });
});
