// CacheService: document, script and user caches, expiry on the emulator's clock.
import type { Clock } from '../clock';
import { instrument, type Runtime } from '../runtime';
import { kinds } from './kinds';

export class CacheStores {
  readonly stores = new Map<string, Map<string, { value: string; expiresAt: number }>>();
  store(name: string): Map<string, { value: string; expiresAt: number }> {
    let store = this.stores.get(name);
    if (!store) {
      store = new Map();
      this.stores.set(name, store);
    }
    return store;
  }
}

class CacheFacade {
  constructor(
    private readonly store: Map<string, { value: string; expiresAt: number }>,
    private readonly clock: Clock,
  ) {}
  get(key: string): string | null {
    const entry = this.store.get(String(key));
    if (!entry || entry.expiresAt <= this.clock.nowMs()) return null;
    return entry.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    if (Buffer.byteLength(String(value)) > 100 * 1024) throw new Error('Argument too large: value');
    const seconds = Math.min(21600, Math.max(1, Number(expirationInSeconds)));
    this.store.set(String(key), {
      value: String(value),
      expiresAt: this.clock.nowMs() + seconds * 1000,
    });
  }
  putAll(values: Record<string, string>, expirationInSeconds = 600): void {
    for (const [key, value] of Object.entries(values)) this.put(key, value, expirationInSeconds);
  }
  remove(key: string): void {
    this.store.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const key of keys) this.store.delete(String(key));
  }
}

export function createCacheService(
  stores: CacheStores,
  runtime: Runtime,
  clock: Clock,
  documentId: string,
) {
  const classify = kinds('cache', () => 'document');
  const wrap = (name: string) =>
    instrument(new CacheFacade(stores.store(name), clock), 'Cache', runtime, classify);
  const service = {
    getScriptCache: () => wrap('script'),
    getDocumentCache: () => wrap(`document:${documentId}`),
    getUserCache: () => wrap(`user:${runtime.current()?.user.email ?? ''}`),
  };
  return instrument(service, 'CacheService', runtime, classify);
}
