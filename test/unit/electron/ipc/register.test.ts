import { describe, expect, it, vi } from 'vitest';
import type { IpcHandlers } from '../../../../electron/ipc/handlers';
import { createInvokeListener, isTrustedSender, registerIpcHandlers, type IpcSenderEvent } from '../../../../electron/ipc/register';
import { INVOKE_METHODS, IPC_CHANNELS } from '../../../../shared/ipc';

const ENTRY = 'app://app/index.html';
const fromApp: IpcSenderEvent = { senderFrame: { url: 'app://app/index.html#/reports' } };

function fakeHandlers(): IpcHandlers {
  return {
    openPostmortems: vi.fn(async () => []),
    openBackup: vi.fn(async () => null),
    saveFile: vi.fn(async () => ({ path: '/home/me/report.md' })),
    printToPdf: vi.fn(async () => null),
    openExternal: vi.fn(async () => undefined),
    setThemePreference: vi.fn(async () => undefined),
    getVersion: vi.fn(async () => '0.1.0'),
  };
}

describe('isTrustedSender', () => {
  it.each([
    [{ senderFrame: { url: 'app://app/index.html' } }, true],
    [{ senderFrame: { url: 'https://evil.example/' } }, false],
    [{ senderFrame: { url: 'file:///tmp/followthrough-print/report.html' } }, false],
    [{ senderFrame: { url: 'app://evil/index.html' } }, false],
    [{ senderFrame: null }, false],
  ])('%j → %s', (event, expected) => {
    expect(isTrustedSender(event, ENTRY)).toBe(expected);
  });
});

describe('registerIpcHandlers', () => {
  it('registers one handler per invoke channel', () => {
    const handle = vi.fn();
    registerIpcHandlers({ handle }, fakeHandlers(), ENTRY);
    expect(handle.mock.calls.map(([channel]) => channel).sort()).toEqual(INVOKE_METHODS.map((method) => IPC_CHANNELS[method]).sort());
  });
});

describe('createInvokeListener', () => {
  it('passes validated arguments to the handler and returns its result', async () => {
    const handlers = fakeHandlers();
    const listener = createInvokeListener('saveFile', handlers.saveFile, ENTRY);
    const request = { suggestedName: 'report.md', data: '# Report', filters: [{ name: 'Markdown', extensions: ['md'] }] };
    await expect(listener(fromApp, request)).resolves.toEqual({ path: '/home/me/report.md' });
    expect(handlers.saveFile).toHaveBeenCalledWith(request);
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://evil.example/' } }],
    ['a destroyed frame', { senderFrame: null }],
    ['the print window', { senderFrame: { url: 'file:///tmp/report.html' } }],
  ])('refuses a call from %s without running the handler', async (_case, event) => {
    const handlers = fakeHandlers();
    const listener = createInvokeListener('getVersion', handlers.getVersion, ENTRY);
    await expect(listener(event)).rejects.toThrow('Refused followthrough:get-version: the call did not come from the Followthrough window.');
    expect(handlers.getVersion).not.toHaveBeenCalled();
  });

  it('answers bad arguments with a clear error naming the channel and the field', async () => {
    const handlers = fakeHandlers();
    const listener = createInvokeListener('saveFile', handlers.saveFile, ENTRY);
    const error = await listener(fromApp, { suggestedName: '../../etc/passwd', data: 'x', filters: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Invalid arguments for followthrough:save-file:/);
    expect((error as Error).message).toContain('suggestedName');
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it.each([
    ['setThemePreference', ['sepia']],
    ['setThemePreference', []],
    ['openExternal', [{ toString: (): string => 'https://example.com' }]],
    ['getVersion', ['unexpected']],
    ['printToPdf', [{ html: '<p>x</p>', suggestedName: 'r.pdf', extra: true }]],
  ] as const)('refuses %s(%j)', async (method, args) => {
    const handlers = fakeHandlers();
    const listener = createInvokeListener(method, handlers[method], ENTRY);
    await expect(listener(fromApp, ...args)).rejects.toThrow(/^Invalid arguments/);
    expect(handlers[method]).not.toHaveBeenCalled();
  });

  it('refuses to return a result that breaks the contract', async () => {
    const broken = vi.fn(async () => 42 as unknown as string);
    const listener = createInvokeListener('getVersion', broken, ENTRY);
    await expect(listener(fromApp)).rejects.toThrow();
  });
});
