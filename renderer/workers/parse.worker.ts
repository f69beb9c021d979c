/// <reference lib="webworker" />
/** Parses postmortem files off the main thread, one request at a time. */
import { readPostmortem } from '../../shared/postmortem';
import type { ParseRequest, ParseResponse } from './parse-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { id, name, bytes, themes } = event.data;
  let response: ParseResponse;
  try {
    response = { id, outcome: await readPostmortem({ name, bytes }, { themes }) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
