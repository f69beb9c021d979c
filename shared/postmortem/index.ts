/**
 * The engine's entry: bytes or pasted text -> ParsedPostmortem (incident metadata + remediation
 * items with spans into the canonical text). Pure and deterministic.
 */
import type { ParsedIncident, ParsedPostmortem, RejectedFile, SourceFormat, Theme } from '../model';
import { extractItems } from '../extract';
import { DEFAULT_THEMES, assignThemes } from '../taxonomy';
import { decodePostmortemBytes, normaliseText } from './decode';
import { blockText, type PostmortemDocument } from './document';
import { contentHash } from './hash';
import { readMetadata } from './metadata';
import { readHtml } from './readers/html';
import { readMarkdown } from './readers/markdown';
import { readStatuspageJson } from './readers/statuspage-json';
import { readStatuspageText } from './readers/statuspage-text';
import { blockContexts, type BlockContext } from './sections';

export interface ReadOptions {
  themes?: Theme[];
}

export type ReadResult = { ok: true; value: ParsedPostmortem; warnings: string[] } | { ok: false; rejected: RejectedFile };

function extension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The format a file is in, by its extension and, when that says little, by its content. */
export function detectFormat(name: string, text: string): SourceFormat {
  const ext = extension(name);
  if (ext === 'json') return 'statuspage-json';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (['md', 'markdown', 'mdown', 'mkd', 'mdx'].includes(ext)) return 'markdown';
  const head = text.slice(0, 4000);
  if (/^\s*(?:<!doctype\s+html|<html|<head|<body|<article)/i.test(head)) return 'html';
  if (/^\s*\{/.test(head) && /"incident_updates"/.test(text)) return 'statuspage-json';
  if (/^(?:---|\+\+\+)\s*\n/.test(head) || /^#{1,6}\s+\S/m.test(text) || /^\s*[-*]\s+\[[ xX]\]\s/m.test(text) || /^\|.+\|\s*\n\|\s*:?-{3,}/m.test(text)) {
    return 'markdown';
  }
  return 'text';
}

function readDocument(format: SourceFormat, text: string, warnings: string[], fileName: string): PostmortemDocument {
  switch (format) {
    case 'markdown':
      return readMarkdown(text);
    case 'html':
      return readHtml(text);
    case 'statuspage-json': {
      const doc = readStatuspageJson(text);
      if (doc) return doc;
      warnings.push(`${fileName}: not a Statuspage incident JSON; read as plain text.`);
      return readStatuspageText(text);
    }
    case 'text':
      return readStatuspageText(text);
  }
}

/** What went wrong, from everything but the remediation sections and status updates. */
function failureThemes(doc: PostmortemDocument, contexts: BlockContext[], themes: Theme[]): string[] {
  const story = doc.blocks
    .filter((b, i) => b.kind !== 'code' && !b.aside && contexts[i]?.role !== 'remediation' && contexts[i]?.role !== 'update')
    .map((b) => blockText(doc, b))
    .join('\n')
    .slice(0, 60000);
  return assignThemes(story, themes, 'failure');
}

export function readPostmortemText(fileName: string, rawText: string, options: ReadOptions = {}): ReadResult {
  const text = normaliseText(rawText);
  if (text.trim().length === 0) return { ok: false, rejected: { fileName, reason: `${fileName}: there is no text to read.` } };
  return readCanonical(fileName, text, [], options);
}

function readCanonical(fileName: string, decoded: string, warnings: string[], options: ReadOptions): ReadResult {
  const themes = options.themes ?? DEFAULT_THEMES;
  const format = detectFormat(fileName, decoded);
  const doc = readDocument(format, decoded, warnings, fileName);
  const contexts = blockContexts(doc);
  // The failure themes join the metadata's own object: a spread would copy every field of it.
  const incident: ParsedIncident = Object.assign(readMetadata(doc, fileName), { failureThemes: failureThemes(doc, contexts, themes) });
  const items = extractItems(doc, contexts, themes);
  return {
    ok: true,
    value: { fileName, format: doc.format, text: doc.text, contentHash: contentHash(doc.text), incident, items },
    warnings,
  };
}

export function readPostmortem(file: { name: string; bytes: Uint8Array }, options: ReadOptions = {}): ReadResult {
  const decoded = decodePostmortemBytes(file.name, file.bytes);
  if (!decoded.ok) return { ok: false, rejected: { fileName: file.name, reason: decoded.reason } };
  return readCanonical(file.name, decoded.text, [...decoded.warnings], options);
}
