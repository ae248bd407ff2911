// Loads the built add-on (dist/*.js) the way Apps Script does: every script file, in
// clasp's push order, evaluated in one global scope that holds only the globals given.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { DIST_DIR, PROJECT_DIR } from './paths';

export { DIST_DIR };

/** Script files of dist/, ordered as `clasp push` orders them (filePushOrder first). */
export function scriptFilesInPushOrder(distDir: string = DIST_DIR): string[] {
  const clasp = JSON.parse(readFileSync(join(PROJECT_DIR, '.clasp.json'), 'utf8')) as {
    filePushOrder?: string[];
  };
  const first = (clasp.filePushOrder ?? []).map((file) => resolve(PROJECT_DIR, file));
  const all = readdirSync(distDir)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => join(distDir, file));
  return [
    ...first.filter((file) => all.includes(file)),
    ...all.filter((file) => !first.includes(file)),
  ];
}

export interface BundleSource {
  readonly file: string;
  readonly script: vm.Script;
}

/** Compiles the dist scripts once; run them in as many fresh contexts as needed. */
export function compileBundle(distDir: string = DIST_DIR): BundleSource[] {
  return scriptFilesInPushOrder(distDir).map((file) => ({
    file,
    script: new vm.Script(readFileSync(file, 'utf8'), { filename: file }),
  }));
}

/**
 * A fresh global scope holding only `globals` (plus the language's own built-ins),
 * with the bundle evaluated in it. Returns the context: its properties are the
 * project's top-level names, as Apps Script sees them.
 */
export function loadBundle(
  globals: Record<string, unknown>,
  sources: readonly BundleSource[] = compileBundle(),
): vm.Context {
  const context = vm.createContext({ ...globals });
  for (const source of sources) source.script.runInContext(context);
  return context;
}

/** Names a script defined at top level: everything in the context not passed in. */
export function topLevelNames(context: vm.Context, globals: Record<string, unknown>): string[] {
  return Object.keys(context).filter((name) => !(name in globals));
}
