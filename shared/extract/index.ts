/** Remediation items of a read document: candidates -> wording -> kind, done, themes -> one per action. */
import type { ExtractedItem, Theme } from '../model';
import type { PostmortemDocument } from '../postmortem/document';
import type { BlockContext } from '../postmortem/sections';
import { assignThemes } from '../taxonomy';
import { findCandidates, type Candidate } from './candidates';
import { classifyKind, confidenceOf } from './classify';
import { dropDuplicates } from './dedupe';
import { readsAsDone } from './language';
import { titleAndDetail } from './title';

/** "deploy it", "moving them": the item's own words do not say what it is about. */
const ANAPHORA = /\b(?:it|them|this|these|that)\b/i;

function themesOf(candidate: Candidate, wording: string, themes: Theme[]): string[] {
  const own = assignThemes(wording, themes, 'remediation');
  const needsContext = own[0] === 'other' || (candidate.source === 'prose' && ANAPHORA.test(candidate.text));
  if (!needsContext) return own;
  const around = assignThemes(candidate.surroundings, themes, 'remediation').filter((t) => t !== 'other');
  const merged = [...new Set([...own.filter((t) => t !== 'other'), ...around])];
  return merged.length > 0 ? merged : ['other'];
}

export function extractItems(doc: PostmortemDocument, contexts: BlockContext[], themes: Theme[]): ExtractedItem[] {
  const worded = findCandidates(doc, contexts).map((candidate) => {
    const { title, detail } = titleAndDetail(candidate.text, candidate.lead);
    return { candidate, title, detail, wording: `${title} ${detail ?? ''}` };
  });
  return dropDuplicates(worded).map(({ candidate, title, detail, wording }): ExtractedItem => {
    const done = candidate.done ?? (candidate.strength === 'done' || candidate.strength === 'state' || readsAsDone(candidate.text));
    const item: ExtractedItem = {
      title,
      kind: classifyKind(candidate, candidate.text),
      themes: themesOf(candidate, wording, themes),
      done,
      quote: doc.text.slice(candidate.span.start, candidate.span.end),
      span: { ...candidate.span },
      confidence: confidenceOf(candidate),
    };
    if (detail) item.detail = detail;
    return item;
  });
}
