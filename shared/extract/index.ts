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

/** "deploy it", "moving them": the item's own words do not say what it acts on. */
const ANAPHORA = /\b[a-z]+\s+(?:it|them)\b(?!\s+(?:is|was|will|would|has|had|to)\b)/i;

function themesOf(candidate: Candidate, wording: string, themes: Theme[]): string[] {
  const own = assignThemes(wording, themes, 'remediation');
  if (candidate.source === 'prose' && ANAPHORA.test(candidate.text)) {
    const around = assignThemes(candidate.surroundings, themes, 'remediation').filter((t) => t !== 'other');
    return [...new Set([...own.filter((t) => t !== 'other'), ...around])];
  }
  return own[0] === 'other' ? assignThemes(candidate.block, themes, 'remediation') : own;
}

export function extractItems(doc: PostmortemDocument, contexts: BlockContext[], themes: Theme[]): ExtractedItem[] {
  const worded = findCandidates(doc, contexts).map((candidate) => {
    const { title, detail } = titleAndDetail(candidate.text, candidate.lead, candidate.sentence);
    return { candidate, title, detail, wording: `${title} ${detail ?? ''}` };
  });
  return dropDuplicates(worded).map(({ candidate, title, detail }): ExtractedItem => {
    const done = candidate.done ?? (candidate.strength === 'done' || candidate.strength === 'state' || readsAsDone(candidate.text));
    const item: ExtractedItem = {
      title,
      kind: classifyKind(candidate, candidate.text),
      themes: themesOf(candidate, `${candidate.lead} ${candidate.text}`, themes),
      done,
      quote: doc.text.slice(candidate.span.start, candidate.span.end),
      span: { ...candidate.span },
      confidence: confidenceOf(candidate),
    };
    if (detail) item.detail = detail;
    return item;
  });
}
