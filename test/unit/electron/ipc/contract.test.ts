import { describe, expect, it } from 'vitest';
import {
  INVOKE_CONTRACT,
  INVOKE_METHODS,
  IPC_CHANNELS,
  MAX_TRANSFER_BYTES,
  printToPdfRequestSchema,
  saveFileRequestSchema,
} from '../../../../shared/ipc';

describe('IPC contract', () => {
  it('gives every channel a distinct, namespaced name', () => {
    const names = Object.values(IPC_CHANNELS);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^followthrough:[a-z-]+$/);
  });

  it('has a channel for every invoke method', () => {
    expect(INVOKE_METHODS.sort()).toEqual(
      ['getVersion', 'openBackup', 'openExternal', 'openPostmortems', 'printToPdf', 'saveFile', 'setThemePreference'],
    );
    for (const method of INVOKE_METHODS) expect(IPC_CHANNELS[method]).toBeDefined();
  });

  const request = { suggestedName: 'followthrough-report.md', data: '# Report', filters: [{ name: 'Markdown', extensions: ['md'] }] };

  it('accepts a well-formed save request, text or bytes', () => {
    expect(saveFileRequestSchema.safeParse(request).success).toBe(true);
    expect(saveFileRequestSchema.safeParse({ ...request, data: new Uint8Array([1, 2]) }).success).toBe(true);
  });

  it.each([
    ['a path instead of a name', { ...request, suggestedName: '../../.bashrc' }],
    ['a Windows path', { ...request, suggestedName: 'C:\\Windows\\evil.dll' }],
    ['a dot name', { ...request, suggestedName: '..' }],
    ['a control character', { ...request, suggestedName: 'report\u0000.md' }],
    ['an empty name', { ...request, suggestedName: '' }],
    ['an unknown key', { ...request, path: '/etc/passwd' }],
    ['data of the wrong type', { ...request, data: { length: 3 } }],
    ['an extension with a dot', { ...request, filters: [{ name: 'x', extensions: ['.md'] }] }],
    ['missing filters', { suggestedName: 'a.md', data: 'x' }],
  ])('refuses a save request with %s', (_case, value) => {
    expect(saveFileRequestSchema.safeParse(value).success).toBe(false);
  });

  it('refuses oversized payloads', () => {
    expect(saveFileRequestSchema.safeParse({ ...request, data: new Uint8Array(MAX_TRANSFER_BYTES + 1) }).success).toBe(false);
    expect(printToPdfRequestSchema.safeParse({ html: '', suggestedName: 'a.pdf' }).success).toBe(false);
  });

  it('takes exactly the declared arguments', () => {
    expect(INVOKE_CONTRACT.getVersion.args.safeParse([]).success).toBe(true);
    expect(INVOKE_CONTRACT.getVersion.args.safeParse(['extra']).success).toBe(false);
    expect(INVOKE_CONTRACT.setThemePreference.args.safeParse(['dark']).success).toBe(true);
    expect(INVOKE_CONTRACT.setThemePreference.args.safeParse(['sepia']).success).toBe(false);
    expect(INVOKE_CONTRACT.openExternal.args.safeParse([42]).success).toBe(false);
  });
});
