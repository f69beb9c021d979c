import { readFileSync } from 'node:fs';
import type { OpenedFile } from '../../../../shared/ipc';
import { readPostmortem } from '../../../../shared/postmortem';
import type { ParseFile } from '../../../../renderer/workers/batch-import';

const SAMPLES = 'renderer/features/import/samples';

/** One of the sample postmortems the app ships, as a file handed to the import. */
export const sample = (name: string): OpenedFile => ({ name, bytes: readFileSync(`${SAMPLES}/${name}`) });
export const RPC = 'livekit-2023-11-02-rpc-issue.txt';
export const BUS = 'livekit-2023-03-27-message-bus-down.txt';
/** Parses in this thread, in place of the worker. */
export const parseHere: ParseFile = async (file, options) => readPostmortem(file, options);
