/**
 * How likely a passage is a remediation item, by a logistic model learned from the labelled
 * postmortems (test/fixtures, `npm run train`). Its features are only what any reader sees:
 * the section and heading a passage sits under, the sentence introducing its list, its words,
 * and how it is phrased. It never sees what the hand-written rules decided, so it can overrule
 * them on documents they were not written for.
 */
import type { Span } from '../model';
import { blockText, type PostmortemDocument } from '../postmortem/document';
import type { BlockContext } from '../postmortem/sections';
import { commitmentOf, fold } from './language';
import { RELEVANCE_WEIGHTS } from './relevance-weights';
import { contentWords } from './words';

/** A passage no rule took becomes an item when the model is this sure of it. */
export const ADD_UNCLAIMED = 0.8;

export interface Passage {
  /** Index of the block the passage sits in. */
  block: number;
  span: Span;
  /** The passage's action wording (a part of the span when a sentence holds several actions). */
  text: string;
}

function lengthBucket(words: number): string {
  if (words < 4) return 'xs';
  if (words < 8) return 's';
  if (words < 16) return 'm';
  return words < 30 ? 'l' : 'xl';
}

export function relevanceFeatures(doc: PostmortemDocument, contexts: BlockContext[], passage: Passage): string[] {
  const block = doc.blocks[passage.block];
  const context = contexts[passage.block];
  if (!block || !context) return [];
  const features = ['bias', `role:${context.role}`, `block:${block.kind}`, `block-role:${block.kind}_${context.role}`];
  if (context.doneByHeading) features.push('done-heading');
  const heading = doc.blocks[context.heading];
  if (heading) for (const w of new Set(contentWords(blockText(doc, heading)))) features.push(`heading:${w}`);
  else features.push('no-heading');
  const { text } = passage;
  for (const w of new Set(contentWords(text))) features.push(`word:${w}`);
  const opening = /^\W*([a-z']+)/.exec(fold(text).toLowerCase())?.[1];
  if (opening) features.push(`opening:${opening}`);
  features.push(`length:${lengthBucket(text.split(/\s+/).length)}`, `commitment:${commitmentOf(text)}`);
  const cues: [string, boolean][] = [
    ['we', /\b(?:we|our)\b/i.test(text)],
    ['will', /\bwill\b|'ll\b/i.test(text)],
    ['question', /\?\s*$/.test(text)],
    ['ends-with-colon', /:\s*$/.test(text)],
    ['past-auxiliary', /\b(?:was|were|had|did)\b/i.test(text)],
    ['code-or-link', /https?:|`/.test(text)],
  ];
  for (const [name, present] of cues) if (present) features.push(name);
  features.push(`position:${Math.floor((5 * passage.span.start) / Math.max(1, doc.text.length))}`);
  return features;
}

export type RelevanceWeights = Readonly<Record<string, number>>;

export function relevanceOf(features: string[], weights: RelevanceWeights = RELEVANCE_WEIGHTS): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
