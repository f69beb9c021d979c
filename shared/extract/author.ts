/**
 * Who wrote the postmortem, as its own sentences name it: company reports say "GitHub will ..." or
 * "Google Cloud is rolling out ..." where a blog says "we". The names come from the provider line,
 * the document's fields and its first heading; a sentence whose subject is one of them reads as "We ...".
 */
import { blockText, type PostmortemDocument } from '../postmortem/document';

/** Capitalised words of a title that name no one ("Incident Report", "Outage Summary"). */
const NOT_A_NAME = new Set(
  'Incident Incidents Report Reports Outage Outages Post Mortem Postmortem Post-Mortem Postmortems Summary Review Analysis Root Cause RCA PIR Service Services Disruption Degradation Issue Issues Event Events Availability Update Updates Elevated Errors Error Delays Delayed Status The This Our What How Why When For And With From During January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Region Regional Global Partial Major Minor Failure Failures Impact Impacted Customer Customers User Users API APIs Web Network Networking Connectivity Database Internal Production'.split(' '),
);
const NAME = /\b[A-Z][\w.-]*[A-Za-z\d]/g;

function namesIn(text: string): string[] {
  return (text.match(NAME) ?? []).filter((w) => w.length >= 3 && !NOT_A_NAME.has(w));
}

export interface Author {
  names: string[];
}

/** Where a title or provider line sits: the first blocks of the document. */
const HEAD_BLOCKS = 12;

/** The author's names, or null when the document's head names no one. */
export function authorOf(doc: PostmortemDocument): Author | null {
  const head = doc.blocks.slice(0, HEAD_BLOCKS);
  const provider = head.find((b) => b.marker === 'provider');
  const heading = head.find((b) => b.kind === 'heading' && b.marker === null);
  const sources = [
    provider ? blockText(doc, provider).replace(/^\s*Incident Report for\s+/i, '') : '',
    doc.fields.company ?? '',
    doc.fields.organization ?? '',
    doc.fields.title ?? doc.fields['html-title'] ?? '',
    heading ? blockText(doc, heading) : '',
  ];
  const names = [...new Set(sources.flatMap(namesIn))];
  return names.length > 0 ? { names } : null;
}

/** After the name: a possessive or up to two more capitalised words ("Google Cloud Networking"), then the verb. */
const AFTER_NAME = /(?:'s)?(?:\s+[A-Z][\w-]*){0,2}\s+(?=(?:will|is|are|has|have|shall|plans|intends)\b)/y;
/** What may come before the subject: one leading clause ("Following the incident, Acme has ..."). */
const LEADING_CLAUSE = /^[^,]{0,80},\s+$/;
/** A team that speaks of itself in the third person: "the platform will", "Acme engineers are". */
const SELF_REFERENCE = /^((?:[^,]{0,80},\s+)?)(?:the\s+(?:platform|company|project|organi[sz]ation)|(?:[A-Z][\w-]*\s+){1,2}(?:engineers|engineering(?:\s+teams?)?|SREs?))\s+(?=(?:will|is|are|has|have|shall)\b)/;

/** How far into a sentence its subject may start: a leading clause of up to 80 characters and its comma. */
const SUBJECT_REACH = 84;

function named(sentence: string, author: Author | null): { lead: string; rest: string } | null {
  for (const name of author?.names ?? []) {
    // The subject starts the sentence or follows one leading clause: only the first stretch is searched.
    const at = sentence.lastIndexOf(name, SUBJECT_REACH);
    if (at < 0 || (at > 0 && !LEADING_CLAUSE.test(sentence.slice(0, at)))) continue;
    AFTER_NAME.lastIndex = at + name.length;
    const after = AFTER_NAME.exec(sentence);
    if (after) return { lead: sentence.slice(0, at), rest: sentence.slice(AFTER_NAME.lastIndex) };
  }
  const self = SELF_REFERENCE.exec(sentence);
  return self ? { lead: self[1] ?? '', rest: sentence.slice(self[0].length) } : null;
}

/** Words a self-reference needs; most paragraphs have none, so their sentences are not looked at one by one. */
const SELF_WORD = /\b(?:the\s+(?:platform|company|project|organi[sz]ation)|engineers|engineering|SREs?)\b/;

/** Whether a paragraph may name its author as a subject anywhere: a cheap test before reading its sentences. */
export function mayNameAuthor(paragraph: string, author: Author | null): boolean {
  return SELF_WORD.test(paragraph) || (author?.names.some((name) => paragraph.includes(name)) ?? false);
}

/** The sentence with the author (by name, or as "the platform") as subject replaced by "we", or null when its subject is someone else. */
export function asAuthor(sentence: string, author: Author | null): string | null {
  const found = named(sentence, author);
  if (!found) return null;
  return `${found.lead}${found.lead ? 'we' : 'We'} ${found.rest}`;
}
