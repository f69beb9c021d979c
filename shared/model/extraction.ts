/**
 * What the extraction engine produces for one postmortem. Every offset points into
 * `ParsedPostmortem.text`, the canonical decoded text that the incident stores.
 */
import { z } from 'zod';
import { ITEM_KINDS, SECTION_KINDS, SOURCE_FORMATS } from './vocab';

export const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type Span = z.infer<typeof SpanSchema>;

export const StatusUpdateSchema = z.object({
  status: z.string(),
  /** UTC ISO 8601, or null when the post carries no readable time. */
  postedAt: z.string().nullable(),
  body: z.string(),
  span: SpanSchema,
});
export type StatusUpdate = z.infer<typeof StatusUpdateSchema>;

export const SectionSchema = z.object({
  kind: z.enum(SECTION_KINDS),
  heading: z.string(),
  span: SpanSchema,
});
export type Section = z.infer<typeof SectionSchema>;

export const TimelineEntrySchema = z.object({
  /** UTC ISO 8601, or null when the entry's time cannot be resolved. */
  at: z.string().nullable(),
  text: z.string(),
  span: SpanSchema,
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const ParsedIncidentSchema = z.object({
  title: z.string(),
  organization: z.string().nullable(),
  publishedAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  components: z.array(z.string()),
  updates: z.array(StatusUpdateSchema),
  sections: z.array(SectionSchema),
  timeline: z.array(TimelineEntrySchema),
  /** Failure theme ids (taxonomy), what went wrong. */
  failureThemes: z.array(z.string()),
});
export type ParsedIncident = z.infer<typeof ParsedIncidentSchema>;

export const ExtractedItemSchema = z.object({
  title: z.string(),
  detail: z.string().optional(),
  kind: z.enum(ITEM_KINDS),
  /** Remediation theme ids (taxonomy). */
  themes: z.array(z.string()),
  /** The text says the action was already carried out. */
  done: z.boolean(),
  /** Exactly `text.slice(span.start, span.end)`. */
  quote: z.string(),
  span: SpanSchema,
  confidence: z.number().min(0).max(1),
});
export type ExtractedItem = z.infer<typeof ExtractedItemSchema>;

export const ParsedPostmortemSchema = z.object({
  fileName: z.string(),
  format: z.enum(SOURCE_FORMATS),
  /** Canonical decoded text; for HTML and JSON the reader's plain-text rendering. */
  text: z.string(),
  /** Hash of the canonical text, used to recognise a document imported before. */
  contentHash: z.string(),
  incident: ParsedIncidentSchema,
  items: z.array(ExtractedItemSchema),
});
export type ParsedPostmortem = z.infer<typeof ParsedPostmortemSchema>;

/** A file that could not be read, and why, in words a user understands. */
export interface RejectedFile {
  fileName: string;
  reason: string;
}
