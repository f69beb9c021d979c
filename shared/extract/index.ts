/**
 * Remediation items of a read document: candidates -> wording -> kind, done, themes -> one per
 * action. The hand-written rules propose candidates; the learned relevance model adds the
 * passages no rule took that it is sure of.
 */
import type { ExtractedItem, Theme } from '../model';
import type { PostmortemDocument } from '../postmortem/document';
import type { BlockContext } from '../postmortem/sections';
import { findCandidates, type Candidate } from './candidates';
import { classifyKind, confidenceOf } from './classify';
import { dropDuplicates } from './dedupe';
import { opensInPast, readsAsDone } from './language';
import { ADD_UNCLAIMED, relevanceFeatures, relevanceOf, type RelevanceWeights } from './relevance';
import { themeReader } from './themes';
import { namesNoAction, titleAndDetail } from './title';
import { blockAt, unclaimedCandidates } from './unclaimed';

/** A passage that may be an item: proposed by a rule (claimed) or left for the relevance model to judge. */
export interface Proposal {
  candidate: Candidate;
  claimed: boolean;
  /** Index of the block it sits in. */
  block: number;
}

export function proposals(doc: PostmortemDocument, contexts: BlockContext[]): Proposal[] {
  const claimed = findCandidates(doc, contexts).map((candidate) => ({ candidate, block: blockAt(doc, candidate.span.start) }));
  return [...claimed.map((c) => ({ ...c, claimed: true })), ...unclaimedCandidates(doc, contexts, claimed).map((c) => ({ ...c, claimed: false }))];
}

export function relevanceOfProposal(doc: PostmortemDocument, contexts: BlockContext[], { block, candidate }: Proposal, weights?: RelevanceWeights): number {
  return relevanceOf(relevanceFeatures(doc, contexts, { block, span: candidate.span, text: candidate.text }), weights);
}

/** The item's title and detail, or null when the passage names no action of its own ("Do that."). */
export function wordingOf(candidate: Candidate): { title: string; detail: string | undefined; wording: string } | null {
  const { title, detail } = titleAndDetail(candidate.text, candidate.lead, candidate.sentence, candidate.before);
  return namesNoAction(title) ? null : { title, detail, wording: `${title} ${detail ?? ''}` };
}

/** `weights` stands in for the shipped model when training measures a model on documents it did not learn from. */
export function extractItems(doc: PostmortemDocument, contexts: BlockContext[], themes: Theme[], weights?: RelevanceWeights): ExtractedItem[] {
  const relevant = proposals(doc, contexts).flatMap((proposal) => {
    const relevance = proposal.claimed ? 1 : relevanceOfProposal(doc, contexts, proposal, weights);
    const worded = relevance >= ADD_UNCLAIMED ? wordingOf(proposal.candidate) : null;
    return worded ? [{ ...proposal, ...worded, relevance }] : [];
  });
  const themesOf = themeReader(themes);
  return dropDuplicates(relevant).map(({ candidate, claimed, title, detail, relevance }): ExtractedItem => {
    const done = candidate.done ?? (candidate.strength === 'done' || candidate.strength === 'state' || readsAsDone(candidate.text) || (candidate.source === 'list' && opensInPast(candidate.text)));
    const item: ExtractedItem = {
      title,
      kind: classifyKind(candidate, candidate.text, title),
      themes: themesOf(candidate),
      done,
      quote: doc.text.slice(candidate.span.start, candidate.span.end),
      span: { ...candidate.span },
      confidence: claimed ? confidenceOf(candidate) : relevance,
    };
    if (detail) item.detail = detail;
    return item;
  });
}
