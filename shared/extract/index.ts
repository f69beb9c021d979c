/** Remediation items of a read document: candidates -> wording -> kind, done, themes -> one per action. */
import type { ExtractedItem, Theme } from '../model';
import type { PostmortemDocument } from '../postmortem/document';
import type { BlockContext } from '../postmortem/sections';
import { findCandidates } from './candidates';
import { classifyKind, confidenceOf } from './classify';
import { dropDuplicates } from './dedupe';
import { foldTypography, opensInPast, readsAsDone } from './language';
import { themeReader } from './themes';
import { namesNoAction, titleAndDetail } from './title';

export function extractItems(doc: PostmortemDocument, contexts: BlockContext[], themes: Theme[]): ExtractedItem[] {
  // Typographic quotes and dashes read as their plain forms (same length, so spans still point into the text).
  const worded = findCandidates({ ...doc, text: foldTypography(doc.text) }, contexts).map((candidate) => {
    const { title, detail } = titleAndDetail(candidate.text, candidate.lead, candidate.sentence, candidate.before);
    return { candidate, title, detail, wording: `${title} ${detail ?? ''}` };
  }).filter(({ title }) => !namesNoAction(title));
  const themesOf = themeReader(themes);
  return dropDuplicates(worded).map(({ candidate, title, detail }): ExtractedItem => {
    const done = candidate.done ?? (candidate.strength === 'done' || candidate.strength === 'state' || readsAsDone(candidate.text) || (candidate.source === 'list' && opensInPast(candidate.text)));
    const item: ExtractedItem = {
      title,
      kind: classifyKind(candidate, candidate.text, title),
      themes: themesOf(candidate),
      done,
      quote: doc.text.slice(candidate.span.start, candidate.span.end),
      span: { ...candidate.span },
      confidence: confidenceOf(candidate),
    };
    if (detail) item.detail = detail;
    return item;
  });
}
