/** Turns storage failures into messages a user can act on. */

/** An action the tracker refused because its input breaks a rule (not a storage failure). */
export class TrackerRuleError extends Error {
  override name = 'TrackerRuleError';
}

function errorChain(error: unknown): { name: string; message: string }[] {
  const chain: { name: string; message: string }[] = [];
  let current: unknown = error;
  while (current instanceof Error || (typeof current === 'object' && current !== null && 'name' in current)) {
    const { name, message } = current as { name?: unknown; message?: unknown };
    chain.push({ name: String(name ?? ''), message: String(message ?? '') });
    // Dexie wraps the native DOMException in `inner`.
    current = (current as { inner?: unknown }).inner;
  }
  return chain;
}

export function isQuotaError(error: unknown): boolean {
  return errorChain(error).some(({ name }) => name === 'QuotaExceededError');
}

/** "<action> failed: <why>. Nothing was saved." — for failures inside a transaction that rolled back. */
export function describeWriteFailure(error: unknown, action: string): string {
  if (isQuotaError(error)) {
    return `${action} failed: there is not enough storage space left. Nothing was saved. Free some disk space, or export a backup and remove old data, then try again.`;
  }
  const chain = errorChain(error);
  const innermost = chain[chain.length - 1];
  const why = innermost?.message || innermost?.name || String(error);
  return `${action} failed: ${why.replace(/\.$/, '')}. Nothing was saved.`;
}
