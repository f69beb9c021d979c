/**
 * `followthrough extract [--json] FILE...`: reads postmortems and prints what the engine finds.
 * The only Node entry in shared/ (bin/followthrough.mjs loads it). Every file gets an entry;
 * a file that cannot be read gets one with `error`, and the exit code is then 1.
 */
import { readFile } from 'node:fs/promises';
import type { ParsedIncident, ExtractedItem } from './model';
import { readPostmortem } from './postmortem';

export const USAGE = `Usage: followthrough extract [--json] FILE...

Reads incident postmortems (Statuspage text, Markdown, HTML, Statuspage JSON) and prints the
incident metadata and the remediation items found in each.

Options:
  --json     print {"documents":[...]} as JSON instead of a readable summary
  -h, --help show this help`;

export type DocumentEntry =
  | { file: string; format: string; incident: ParsedIncident; items: ExtractedItem[]; warnings: string[] }
  | { file: string; error: string };

interface Output {
  write(text: string): void;
}

export async function extractFiles(files: string[]): Promise<DocumentEntry[]> {
  const entries: DocumentEntry[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (error) {
      const code = (error as { code?: string }).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
      entries.push({ file, error: `${file}: ${reason}.` });
      continue;
    }
    try {
      const result = readPostmortem({ name: file, bytes });
      if (!result.ok) entries.push({ file, error: result.rejected.reason });
      else {
        const { format, incident, items } = result.value;
        entries.push({
          file,
          format,
          incident,
          items: items.map((i) => ({ title: i.title, detail: i.detail, kind: i.kind, themes: i.themes, done: i.done, quote: i.quote, span: i.span, confidence: i.confidence })),
          warnings: result.warnings,
        });
      }
    } catch (error) {
      entries.push({ file, error: `${file}: could not be read (${(error as Error).message}).` });
    }
  }
  return entries;
}

function summary(entry: DocumentEntry): string {
  if ('error' in entry) return `✗ ${entry.file}\n  ${entry.error}\n`;
  const { incident: inc, items } = entry;
  const lines = [`● ${entry.file} (${entry.format})`, `  ${inc.title}${inc.organization ? ` — ${inc.organization}` : ''}`];
  if (inc.publishedAt) lines.push(`  published ${inc.publishedAt}`);
  if (inc.startedAt || inc.resolvedAt) {
    const duration = inc.durationMinutes === null ? '' : ` (${inc.durationMinutes} min)`;
    lines.push(`  impact ${inc.startedAt ?? '?'} → ${inc.resolvedAt ?? '?'}${duration}`);
  }
  if (inc.components.length > 0) lines.push(`  components: ${inc.components.join('; ')}`);
  if (inc.failureThemes.length > 0) lines.push(`  failure themes: ${inc.failureThemes.join(', ')}`);
  lines.push(`  ${items.length} remediation item${items.length === 1 ? '' : 's'}`);
  for (const item of items) {
    lines.push(`   ${item.done ? '✓' : '○'} [${item.kind}] ${item.title}  (${item.themes.join(', ')})`);
  }
  for (const warning of entry.warnings) lines.push(`  ! ${warning}`);
  return `${lines.join('\n')}\n`;
}

/** Runs the CLI; returns the exit code. */
export async function main(args: string[], out: Output, err: Output): Promise<number> {
  const [command, ...rest] = args;
  if (command === '-h' || command === '--help' || command === 'help') {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'extract') {
    err.write(`${command ? `Unknown command: ${command}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const json = rest.includes('--json');
  const unknown = rest.filter((a) => a.startsWith('-') && a !== '--json' && a !== '-');
  if (rest.includes('-h') || rest.includes('--help')) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (unknown.length > 0) {
    err.write(`Unknown option: ${unknown.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  const files = rest.filter((a) => a !== '--json');
  if (files.length === 0) {
    err.write(`No files given.\n${USAGE}\n`);
    return 2;
  }
  const documents = await extractFiles(files);
  if (json) out.write(`${JSON.stringify({ documents }, null, 2)}\n`);
  else out.write(documents.map(summary).join('\n'));
  return documents.some((d) => 'error' in d) ? 1 : 0;
}
