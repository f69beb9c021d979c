/**
 * The learned relevance model: where it may add items the rules did not take, what an added
 * item carries, and that the shipped weights are the ones training produces.
 */
import { describe, expect, it } from 'vitest';
import { extractItems } from '../../../../shared/extract';
import { relevanceOf, type RelevanceWeights } from '../../../../shared/extract/relevance';
import { RELEVANCE_WEIGHTS } from '../../../../shared/extract/relevance-weights';
import type { ExtractedItem } from '../../../../shared/model';
import { readDocument } from '../../../../shared/postmortem';
import { blockContexts } from '../../../../shared/postmortem/sections';
import { DEFAULT_THEMES } from '../../../../shared/taxonomy';
import { examples, train, TRAINING_SETS } from '../../../tools/relevance-training';
import { loadGoldCases } from './gold';

/** A model that is sure of any sentence naming the sandbox, and of nothing else. */
const SURE_OF_SANDBOX: RelevanceWeights = { bias: -6, 'word:sandbox': 12 };

function extract(markdown: string, weights: RelevanceWeights): ExtractedItem[] {
  const doc = readDocument('markdown', markdown, [], 'pm.md');
  return extractItems(doc, blockContexts(doc), DEFAULT_THEMES, weights);
}

describe('items the relevance model adds', () => {
  const summary = '## Summary\n\nImports failed for an hour. Moving uploads to a separate sandbox is the plan for this quarter.\n';

  it('adds a sentence no rule took when the model is sure of it, with its probability as the confidence', () => {
    const added = extract(summary, SURE_OF_SANDBOX);
    expect(added.map((i) => i.quote)).toEqual(['Moving uploads to a separate sandbox is the plan for this quarter.']);
    expect(added[0]?.confidence).toBeCloseTo(relevanceOf(['bias', 'word:sandbox'], SURE_OF_SANDBOX), 1);
    expect(added[0]?.confidence).toBeGreaterThan(0.99);
  });

  it('adds nothing when it is not sure', () => {
    expect(extract(summary, {})).toEqual([]);
    expect(extract(summary, { bias: -6, 'word:sandbox': 6 })).toEqual([]);
  });

  it('leaves timelines, causes, status updates, advice to readers, lists and tables to the rules', () => {
    const elsewhere = [
      '## Timeline\n\nAt noon the sandbox filled up and imports stopped.\n',
      '## Root cause\n\nThe sandbox had no size limit at all.\n',
      '## What customers can do\n\nKeep a copy of each upload outside the sandbox for now.\n',
      '## Summary\n\n- the sandbox had no size limit at all\n\n| Area | Note |\n| --- | --- |\n| Uploads | the sandbox had no size limit |\n',
      '> The sandbox had no size limit at all, a customer wrote.\n',
    ];
    for (const text of elsewhere) expect(extract(text, SURE_OF_SANDBOX), text).toEqual([]);
  });

  it('never adds what no rule takes for an action, whatever its words: vague promises, introductions, restatements', () => {
    const text = [
      '## Summary',
      '',
      'We will continue to monitor the sandbox closely.',
      '',
      'Here is what happened to the sandbox:',
      '',
      'We will add a size limit to uploads. Our engineers will roll out these changes to the sandbox this quarter.',
      '',
    ].join('\n');
    expect(extract(text, SURE_OF_SANDBOX).map((i) => i.title)).toEqual(['Add a size limit to uploads']);
  });
});

describe('the shipped model', () => {
  it('is what training on the labelled sets produces (run `npm run train` after changing the rules or the labels)', () => {
    expect(train(examples(loadGoldCases(TRAINING_SETS)))).toEqual(RELEVANCE_WEIGHTS);
  });
});
