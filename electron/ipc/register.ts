/**
 * Registers the invoke handlers on ipcMain. Every call is checked before its handler runs:
 * the sender frame must be the app's own origin, and the arguments must match the
 * contract's zod schema; results are checked on the way out too.
 */
import { z } from 'zod';
import { INVOKE_CONTRACT, INVOKE_METHODS, IPC_CHANNELS, type InvokeMethod, type InvokeResult } from '../../shared/ipc';
import { isSameOrigin } from '../origin';
import type { IpcHandlers } from './handlers';

/** The part of an IPC event the checks read (`IpcMainInvokeEvent` / `IpcMainEvent`). */
export interface IpcSenderEvent {
  senderFrame: { url: string } | null;
}

/** The part of `ipcMain` used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/** Only the app's own page may call the main process; a destroyed or navigated frame may not. */
export function isTrustedSender(event: IpcSenderEvent, entryUrl: string): boolean {
  return event.senderFrame !== null && isSameOrigin(event.senderFrame.url, entryUrl);
}

export function createInvokeListener<M extends InvokeMethod>(
  method: M,
  handler: IpcHandlers[M],
  entryUrl: string,
): (event: IpcSenderEvent, ...args: unknown[]) => Promise<InvokeResult<M>> {
  const channel = IPC_CHANNELS[method];
  const contract = INVOKE_CONTRACT[method];
  return async (event, ...args) => {
    if (!isTrustedSender(event, entryUrl)) {
      throw new Error(`Refused ${channel}: the call did not come from the Followthrough window.`);
    }
    const parsed = contract.args.safeParse(args);
    if (!parsed.success) throw new Error(`Invalid arguments for ${channel}:\n${z.prettifyError(parsed.error)}`);
    const call = handler as (...validArgs: unknown[]) => Promise<unknown>;
    return contract.result.parse(await call(...parsed.data)) as InvokeResult<M>;
  };
}

export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: IpcHandlers, entryUrl: string): void {
  for (const method of INVOKE_METHODS) {
    ipcMain.handle(IPC_CHANNELS[method], createInvokeListener(method, handlers[method], entryUrl));
  }
}
