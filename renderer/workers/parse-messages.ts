/** The messages between the main thread and the parse worker. */
import type { Theme } from '../../shared/model';
import type { ParseOutcome } from './batch-import';

export interface ParseRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  themes: Theme[];
}

export type ParseResponse = { id: number; outcome: ParseOutcome } | { id: number; error: string };
