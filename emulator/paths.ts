import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project's root folder (the one with .clasp.json), found upward from this file, so
 * paths hold both in jest (from source) and in bundled scripts (from node_modules/.cache).
 */
function findProjectRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, '.clasp.json'))) {
    const parent = dirname(folder);
    if (parent === folder) return process.cwd();
    folder = parent;
  }
  return folder;
}

export const PROJECT_DIR = findProjectRoot();
export const DIST_DIR = join(PROJECT_DIR, 'dist');
