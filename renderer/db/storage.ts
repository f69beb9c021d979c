/** How much space the tracker uses, and asking the browser not to evict it. */

export interface StorageStatus {
  usageBytes: number;
  quotaBytes: number;
  /** Whether the browser promised not to evict the data under storage pressure. */
  persisted: boolean;
}

/** Null where the platform offers no storage manager. */
export async function getStorageStatus(): Promise<StorageStatus | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return null;
  const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted?.() ?? Promise.resolve(false)]);
  return { usageBytes: estimate.usage ?? 0, quotaBytes: estimate.quota ?? 0, persisted };
}

/** Asks for persistent storage; resolves to whether it is granted. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  return (await storage.persisted?.()) || storage.persist();
}
