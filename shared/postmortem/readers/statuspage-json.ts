/**
 * Statuspage incident JSON (its public API shape) -> the text a Statuspage incident page shows,
 * then the Statuspage text reader. Returns null when the JSON is not a Statuspage incident.
 */
import { z } from 'zod';
import type { PostmortemDocument } from '../document';
import { readStatuspageText } from './statuspage-text';

const UpdateSchema = z.object({
  status: z.string().optional(),
  body: z.string().nullable().optional(),
  created_at: z.string().nullable().optional(),
  display_at: z.string().nullable().optional(),
  affected_components: z.array(z.object({ name: z.string().optional() }).passthrough()).nullable().optional(),
});

const IncidentSchema = z
  .object({
    name: z.string(),
    incident_updates: z.array(UpdateSchema),
    components: z.array(z.object({ name: z.string() }).passthrough()).nullable().optional(),
    postmortem_body: z.string().nullable().optional(),
    postmortem_published_at: z.string().nullable().optional(),
    page: z.object({ name: z.string().optional() }).passthrough().nullable().optional(),
  })
  .passthrough();

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Posted Mar 29, 2023 - 07:07 UTC`, the line the text reader and metadata understand. */
function postedLine(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `Posted ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())}, ${d.getUTCFullYear()} - ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

function titleCase(status: string): string {
  const s = status.replace(/_/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const EnvelopeSchema = z.object({ page: z.object({ name: z.string() }).passthrough().optional(), incident: z.unknown() });

/** The API answers `{ page, incident }`; a bare incident object is accepted too. */
function unwrap(value: unknown): { incident: unknown; pageName: string | null } {
  const envelope = EnvelopeSchema.safeParse(value);
  if (envelope.success && envelope.data.incident !== undefined) {
    return { incident: envelope.data.incident, pageName: envelope.data.page?.name ?? null };
  }
  return { incident: value, pageName: null };
}

export function renderStatuspageJson(json: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  const { incident: candidate, pageName } = unwrap(parsed);
  const result = IncidentSchema.safeParse(candidate);
  if (!result.success) return null;
  const incident = result.data;
  const parts: string[] = [incident.name.trim()];
  const provider = pageName ?? incident.page?.name;
  if (provider) parts.push(`Incident Report for ${provider.trim()}`);
  if (incident.postmortem_body?.trim()) {
    parts.push('Postmortem', incident.postmortem_body.trim().replace(/\r\n?/g, '\n'));
    const posted = postedLine(incident.postmortem_published_at);
    if (posted) parts.push(posted);
  }
  const updates = [...incident.incident_updates].sort(
    (a, b) => Date.parse(b.display_at ?? b.created_at ?? '') - Date.parse(a.display_at ?? a.created_at ?? ''),
  );
  const componentNames = new Set<string>();
  for (const update of updates) {
    if (update.status) parts.push(titleCase(update.status));
    if (update.body?.trim()) parts.push(update.body.trim().replace(/\r\n?/g, '\n'));
    const posted = postedLine(update.display_at ?? update.created_at);
    if (posted) parts.push(posted);
    for (const c of update.affected_components ?? []) if (c.name) componentNames.add(c.name);
  }
  for (const c of incident.components ?? []) componentNames.add(c.name);
  if (componentNames.size > 0) parts.push(`This incident affected: ${[...componentNames].join(', ')}.`);
  return parts.join('\n\n') + '\n';
}

export function readStatuspageJson(json: string): PostmortemDocument | null {
  const text = renderStatuspageJson(json);
  if (text === null) return null;
  const doc = readStatuspageText(text);
  // Field by field rather than spread: a spread copy is slower to build and to read, and every later step reads the document.
  return { format: 'statuspage-json', text: doc.text, blocks: doc.blocks, fields: doc.fields };
}
