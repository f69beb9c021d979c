/**
 * The five public LiveKit postmortems that ship with the app (see samples/SOURCES.md),
 * bundled as raw text, and "Load sample postmortems": they are stored straight away,
 * every proposed item included, through the same worker and transaction as any import.
 */
import { navigate } from '../../app/router';
import { showToast } from '../../stores/toasts';
import type { BatchResult } from '../../workers/batch-import';
import { importFiles } from '../../workers/import-files';
import messageBusDown from './samples/livekit-2023-03-27-message-bus-down.txt?raw';
import connectionErrors from './samples/livekit-2023-05-07-increased-connection-errors.txt?raw';
import rpcIssue from './samples/livekit-2023-11-02-rpc-issue.txt?raw';
import usEastConnectivity from './samples/livekit-2024-02-07-us-east-1-connectivity.txt?raw';
import serviceDisruption from './samples/livekit-2024-03-08-service-disruption.txt?raw';

export const SAMPLE_POSTMORTEMS: readonly { name: string; text: string }[] = [
  { name: 'livekit-2023-03-27-message-bus-down.txt', text: messageBusDown },
  { name: 'livekit-2023-05-07-increased-connection-errors.txt', text: connectionErrors },
  { name: 'livekit-2023-11-02-rpc-issue.txt', text: rpcIssue },
  { name: 'livekit-2024-02-07-us-east-1-connectivity.txt', text: usEastConnectivity },
  { name: 'livekit-2024-03-08-service-disruption.txt', text: serviceDisruption },
];

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export function describeSampleImport(result: Pick<BatchResult, 'created' | 'updated' | 'unchanged' | 'itemsAdded' | 'failed'>): {
  title: string;
  description?: string;
  tone: 'success' | 'info' | 'error';
} {
  if (result.failed.length > 0) {
    return {
      tone: 'error',
      title: `${plural(result.failed.length, 'sample')} could not be added`,
      description: result.failed.map((failure) => failure.reason).join(' '),
    };
  }
  if (result.created + result.updated === 0) return { tone: 'info', title: 'The sample postmortems are already in your tracker' };
  return {
    tone: 'success',
    title: `Added ${plural(result.created + result.updated, 'sample postmortem')}`,
    description: `${plural(result.itemsAdded, 'action item')} proposed. Open an incident to see where each came from.`,
  };
}

export async function loadSamplePostmortems(): Promise<void> {
  const encoder = new TextEncoder();
  const files = SAMPLE_POSTMORTEMS.map(({ name, text }) => ({ name, read: async () => encoder.encode(text) }));
  const result = await importFiles(files);
  showToast(describeSampleImport(result));
  navigate('/incidents');
}
