// Size budgets of DESIGN.md §7, asserted on bytes (deterministic), never on time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from '../../emulator/bundle';

const KB = 1024;

describe('bundle budgets', () => {
  it('keeps the server script (stubs + bundle) within 60 KB minified', () => {
    expect(Buffer.byteLength(readFileSync(join(DIST_DIR, 'Code.js')))).toBeLessThanOrEqual(60 * KB);
  });

  it.each(readdirSync(DIST_DIR).filter((file) => file.endsWith('.html')))(
    'keeps %s within 60 KB',
    (file) => {
      expect(Buffer.byteLength(readFileSync(join(DIST_DIR, file)))).toBeLessThanOrEqual(60 * KB);
    },
  );
});
