// Size budgets, asserted on bytes (deterministic), never on time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from '../../emulator/bundle';

const KB = 1024;

/**
 * The server script's budget is 200 KB (docs/architecture.md, Performance budgets), re-set
 * from a first 60 KB. The full product (template, five custom functions plus KPI_STATUS,
 * sidebar, reminders, period close), with every message in two languages (~33 KB) and
 * zod/mini (~19 KB, loaded on first use only), measures ~175 KB; a dedicated size pass
 * found no way to 60 KB without dropping features or text (see the README's "Performance
 * budgets"). What every execution pays is the load, measured by `npm run bench` (≤ 1 ms
 * median); raising this limit is a decision to write down.
 */
const SERVER_SCRIPT_BUDGET_KB = 200;

describe('bundle budgets', () => {
  it(`keeps the server script (stubs + bundle) within ${SERVER_SCRIPT_BUDGET_KB} KB minified`, () => {
    expect(Buffer.byteLength(readFileSync(join(DIST_DIR, 'Code.js')))).toBeLessThanOrEqual(
      SERVER_SCRIPT_BUDGET_KB * KB,
    );
  });

  it('ships the header notes beside the script, not in it (only create/upgrade reads them)', () => {
    const script = readFileSync(join(DIST_DIR, 'Code.js'), 'utf8');
    const notes: Record<string, Record<string, { en: string; es: string }>> = JSON.parse(
      readFileSync(join(DIST_DIR, 'HeaderNotes.html'), 'utf8'),
    );
    const texts = Object.values(notes).flatMap((sheet) =>
      Object.values(sheet).flatMap((note) => [note.en, note.es]),
    );
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((text) => script.includes(text))).toEqual([]);
  });

  it('ships the Help text beside the script, not in it (only the Help item reads it)', () => {
    const script = readFileSync(join(DIST_DIR, 'Code.js'), 'utf8');
    const help: Record<string, { title: string; body: string }> = JSON.parse(
      readFileSync(join(DIST_DIR, 'Help.html'), 'utf8'),
    );
    const lines = Object.values(help).flatMap((text) => text.body.split('\n'));
    expect(lines.filter((line) => line.length > 30)).not.toHaveLength(0);
    expect(lines.filter((line) => line.length > 30 && script.includes(line))).toEqual([]);
  });

  it('reads the reminder, nudge, cycle, period, review, workbook and check-in catalogues and the examples from Texts.html, carrying none of them', () => {
    const script = readFileSync(join(DIST_DIR, 'Code.js'), 'utf8');
    const texts: Record<string, unknown> = JSON.parse(
      readFileSync(join(DIST_DIR, 'Texts.html'), 'utf8'),
    );
    expect(Object.keys(texts).sort()).toEqual([
      'CHECK_IN_MESSAGES',
      'CORRECTION_MESSAGES',
      'CYCLE_DIALOGS',
      'EXAMPLE_COMMENTS',
      'EXAMPLE_KEY_RESULTS',
      'EXAMPLE_KPIS',
      'EXAMPLE_OBJECTIVES',
      'EXAMPLE_PEOPLE',
      'HISTORY_KINDS',
      'KPI_FINDING_TEXTS',
      'NUDGE_MESSAGES',
      'OKR_REVIEW_TEXTS',
      'PERIOD_MESSAGES',
      'REMINDER_MESSAGES',
      'REVIEW_RULE_TEXTS',
      'REVIEW_TEXTS',
      'SWEET_SPOT_VERDICTS',
      'WORKBOOK_MESSAGES',
    ]);
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
    const long = strings(texts).filter((text) => text.length > 40);
    expect(long.length).toBeGreaterThan(100);
    expect(long.filter((text) => script.includes(JSON.stringify(text).slice(1, -1)))).toEqual([]);
  });

  it.each(readdirSync(DIST_DIR).filter((file) => file.endsWith('.html')))(
    'keeps %s within 60 KB',
    (file) => {
      expect(Buffer.byteLength(readFileSync(join(DIST_DIR, file)))).toBeLessThanOrEqual(60 * KB);
    },
  );
});
