// PropertiesService: document, script and user (per email) stores, with Apps Script's
// size limits per value and per store.
import { instrument, type Runtime } from '../runtime';
import { kinds } from './kinds';

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export class PropertyStores {
  readonly script = new Map<string, string>();
  readonly document = new Map<string, string>();
  readonly user = new Map<string, Map<string, string>>();
  userStore(email: string): Map<string, string> {
    let store = this.user.get(email);
    if (!store) {
      store = new Map();
      this.user.set(email, store);
    }
    return store;
  }
}

function storeBytes(store: Map<string, string>): number {
  let bytes = 0;
  for (const [key, value] of store) bytes += Buffer.byteLength(key) + Buffer.byteLength(value);
  return bytes;
}

class PropertiesFacade {
  constructor(private readonly store: Map<string, string>) {}
  private put(entries: [string, string][], deleteAllOthers: boolean): void {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, value] of entries) {
      if (Buffer.byteLength(value) > PROPERTY_VALUE_LIMIT)
        throw new Error('Argument too large: value');
      next.set(key, value);
    }
    if (storeBytes(next) > PROPERTY_STORE_LIMIT) {
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
  }
  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  setProperty(key: string, value: string): this {
    this.put([[String(key), String(value)]], false);
    return this;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    this.put(
      Object.entries(properties).map(([key, value]) => [key, String(value)]),
      deleteAllOthers,
    );
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

export function createPropertiesService(stores: PropertyStores, runtime: Runtime) {
  const classify = kinds('properties', () => 'document');
  const wrap = (store: Map<string, string>) =>
    instrument(new PropertiesFacade(store), 'Properties', runtime, classify);
  const service = {
    getScriptProperties: () => wrap(stores.script),
    getDocumentProperties: () => wrap(stores.document),
    getUserProperties: () => wrap(stores.userStore(runtime.current()?.user.email ?? '')),
  };
  return instrument(service, 'PropertiesService', runtime, classify);
}
