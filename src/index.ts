// The bundle's public surface. esbuild wraps this module in the private global OKR_;
// the generated top-level stubs in dist/Code.js call OKR_.run_(name, arguments).
// Nothing runs at load: every custom-function cell and sidebar call loads the project.
import type { PublicFunction } from './server/publicFunction';
import { PUBLIC_FUNCTIONS } from './server/registry';

let implementations: Map<string, PublicFunction['implementation']> | undefined;

/** Runs the public entry point `name` with the arguments Apps Script passed to its stub. */
export function run_(name: string, args: ArrayLike<unknown>): unknown {
  if (!implementations) {
    implementations = new Map(PUBLIC_FUNCTIONS.map((entry) => [entry.name, entry.implementation]));
  }
  const implementation = implementations.get(name);
  if (!implementation) throw new Error(`OKR Sheets: unknown entry point ${name}`);
  return implementation(...Array.prototype.slice.call(args));
}
