// One workbook, one answer: a key result's progress, expected progress and status are the
// same in the sheet's own formulas, the check-in sidebar, the 1:1 reminder preview, the
// mid-period review and the period close, because all of them follow the one key-result
// model (src/core/keyResults). The workbook is made to disagree if any copy drifted: a
// holiday in Settings (working days instead of calendar days), a Current typed as the text
// "40%", a decrease KR, an ID written with a trailing space and another case, and two rows
// sharing an ID.
import type { Emulator } from '../../emulator';
import { statusesFromReview } from '../../src/core/cycle/reviewLayout';
import { dateOfDay } from '../../src/core/dates';
import { statusFromLabel } from '../../src/core/formulas/status';
import { expectedOn } from '../../src/core/keyResults/expected';
import { idKey } from '../../src/core/keyResults/identity';
import { readKeyResult } from '../../src/core/keyResults/model';
import { mapColumns } from '../../src/core/workbook/headers';
import {
  HISTORY_SHEET,
  KEY_RESULTS_SHEET,
  midPeriodReviewSheetName,
  SETTINGS_SHEET,
} from '../../src/core/workbook/schema';
import { parseSettings, periodCalendar } from '../../src/core/workbook/settings';
import { rowOf, rowsByKey, templateWorkbook } from './fixtures/cycleFixture';
import { recalculateStackedFormulas } from './fixtures/workbookFixture';

const KEY_RESULTS = KEY_RESULTS_SHEET.name.en;
const DAY = '2026-11-25';
const HOLIDAYS = '2026-11-02; 2026-11-16';

function column(emulator: Emulator, sheet: string, key: string, spec = KEY_RESULTS_SHEET): number {
  const { indexByKey } = mapColumns(emulator.sheetValues(sheet)[0] ?? [], spec);
  const index = indexByKey[key];
  if (index === undefined) throw new Error(`No ${key} column in ${sheet}`);
  return index + 1;
}

function setCell(emulator: Emulator, id: string, key: string, value: unknown): void {
  const row = rowOf(emulator, KEY_RESULTS, 0, id);
  expect(row).toBeGreaterThan(1);
  emulator.writeSheet(KEY_RESULTS, [[value]], row, column(emulator, KEY_RESULTS, key));
}

function setSetting(emulator: Emulator, label: string, value: unknown): void {
  const name = SETTINGS_SHEET.name.en;
  const row = rowOf(emulator, name, 0, label);
  expect(row).toBeGreaterThan(0);
  emulator.writeSheet(name, [[value]], row, 2);
}

/** The example workbook, on the day Diego's 1:1 reminder goes to Laura, made hostile. */
function hostileWorkbook(): Emulator {
  const emulator = templateWorkbook('en');
  emulator.clock.set(new Date(`${DAY}T15:00:00Z`));
  setSetting(emulator, 'Holidays', HOLIDAYS);
  setSetting(emulator, 'As of', DAY);
  // Percent text in Current: the custom function reads it as 0.4, so must every view.
  setCell(emulator, 'KR4.1', 'start', 0);
  setCell(emulator, 'KR4.1', 'target', 1);
  setCell(emulator, 'KR4.1', 'current', "'40%");
  // A decrease KR: from 100 down to 40, at 70 now.
  setCell(emulator, 'KR4.2', 'type', 'decrease');
  setCell(emulator, 'KR4.2', 'start', 100);
  setCell(emulator, 'KR4.2', 'target', 40);
  setCell(emulator, 'KR4.2', 'current', 90);
  // The same ID as the check-ins write it, with a trailing space and another case.
  setCell(emulator, 'KR4.3', 'id', 'kr4.3 ');
  // Two rows claiming one ID.
  setCell(emulator, 'KR3.2', 'id', 'KR3.1');
  recalculateStackedFormulas(emulator);
  return emulator;
}

interface Judged {
  readonly progress: number | null;
  readonly expected: number | null;
  readonly status: string | null;
}

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

/**
 * Laura's 1:1 email on DAY (before Diego's 1:1) lists exactly Diego's red key results, each
 * with the sheet's progress and expected progress; one red by confidence is listed too.
 */
function expectReminderAgrees(emulator: Emulator): void {
  const rows = rowsByKey(emulator, KEY_RESULTS, KEY_RESULTS_SHEET);
  const preview = emulator.callFromClient('previewRemindersOn', [DAY], {
    user: { email: 'owner@example.com' },
  }) as { emails: { to: string; body: string }[] };
  const body = preview.emails.find((email) => email.to === 'laura@example.com')?.body ?? '';
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  for (const row of rows.filter((each) => each.owner === 'diego@example.com')) {
    const block = body.split('\n* ').find((part) => part.startsWith(`${row.id} · `)) ?? null;
    const status = statusFromLabel(row.status) ?? null;
    const progress = numberOrNull(row.progress);
    const expected = numberOrNull(row.expected);
    if (status === 'red') {
      expect([row.id, block !== null]).toEqual([row.id, true]);
      expect(block).toContain(
        expected === null
          ? `${percent(progress!)} done`
          : `${percent(progress!)} done, ${percent(expected)} expected`,
      );
    } else if (statusFromLabel(row.confidence) !== 'red') {
      expect([row.id, block]).toEqual([row.id, null]);
    } else if (block !== null && progress !== null) {
      expect(block).toContain(
        expected === null ? `${percent(progress)} done` : `${percent(expected)} expected`,
      );
    }
  }
}

describe('one workbook gives one answer everywhere', () => {
  const emulator = hostileWorkbook();
  const rows = rowsByKey(emulator, KEY_RESULTS, KEY_RESULTS_SHEET);
  const duplicateKey = 'kr3.1';
  const measured = rows.filter((row) => idKey(row.id) !== duplicateKey);
  const sheet = new Map<string, Judged>(
    measured.map((row) => [
      idKey(row.id),
      {
        progress: numberOrNull(row.progress),
        expected: numberOrNull(row.expected),
        status: statusFromLabel(row.status) ?? null,
      },
    ]),
  );

  it('the sheet follows the model: working days once Holidays is filled, "40%" is 0.4, decrease counts down', () => {
    const working = expectedOn(
      { start: '2026-10-01', end: '2026-12-31', holidays: ['2026-11-02', '2026-11-16'] },
      DAY,
    );
    const calendar = expectedOn({ start: '2026-10-01', end: '2026-12-31', holidays: [] }, DAY);
    expect(working).not.toBeCloseTo(calendar!, 3);
    for (const row of measured) {
      const judged = sheet.get(idKey(row.id))!;
      expect(judged.expected).toBeCloseTo(working!, 12);
      const model = readKeyResult(row).progress;
      if (model === null) expect(judged.progress).toBeNull();
      else expect(judged.progress).toBeCloseTo(model, 12);
    }
    expect(sheet.get('kr4.1')?.progress).toBeCloseTo(0.4, 12);
    expect(sheet.get('kr4.2')?.progress).toBeCloseTo(10 / 60, 12);
    expect(sheet.get('kr4.3')?.progress).not.toBeNull();
  });

  it('the sidebar says what the sheet says', () => {
    const context = emulator.callFromClient('getCheckInContext', [], {
      user: { email: 'laura@example.com' },
    }) as { keyResults: { id: string; progress: number; expected: number; status: string }[] };
    for (const keyResult of context.keyResults) {
      const judged = sheet.get(idKey(keyResult.id));
      if (!judged) continue;
      expect([keyResult.id, keyResult.progress, keyResult.expected, keyResult.status]).toEqual([
        keyResult.id,
        judged.progress,
        judged.expected,
        judged.status,
      ]);
    }
    expect(context.keyResults.filter((kr) => sheet.has(idKey(kr.id)))).toHaveLength(sheet.size);
  });

  it('the 1:1 reminder lists exactly the red KRs of the reports due, with the sheet’s numbers', () => {
    const preview = emulator.callFromClient('previewRemindersOn', [DAY], {
      user: { email: 'owner@example.com' },
    }) as { emails: { to: string; body: string }[] };
    const email = preview.emails.find((candidate) => candidate.to === 'laura@example.com');
    expect(email).toBeDefined();
    const diegos = measured.filter((row) => row.owner === 'diego@example.com');
    // The decrease KR (KR4.2) is behind: the email has something to say.
    expect(
      diegos.filter((row) => sheet.get(idKey(row.id))?.status === 'red').length,
    ).toBeGreaterThan(0);
    const percent = (share: number) => `${Math.round(share * 100)}%`;
    for (const row of diegos) {
      const judged = sheet.get(idKey(row.id))!;
      const listed = email!.body.includes(String(row.keyResult));
      if (judged.status === 'red') {
        expect(listed).toBe(true);
        expect(email!.body).toContain(percent(judged.progress!));
        expect(email!.body).toContain(percent(judged.expected!));
      } else if (statusFromLabel(row.confidence) !== 'red') {
        expect(listed).toBe(false);
      }
    }
  });

  it('the mid-period review records the sheet’s progress and status', () => {
    emulator.run('midPeriodReview');
    const values = emulator.sheetValues(midPeriodReviewSheetName(DAY, 'en'));
    const statuses = statusesFromReview(values);
    for (const [key, judged] of sheet)
      expect([key, statuses.get(key)]).toEqual([key, judged.status]);
  });

  it('a check-in or a history on a duplicated ID is refused naming both rows', () => {
    const rowsOfDuplicate = rows
      .map((row, index) => ({ key: idKey(row.id), rowNumber: index + 2 }))
      .filter((row) => row.key === duplicateKey)
      .map((row) => row.rowNumber);
    expect(rowsOfDuplicate).toHaveLength(2);
    const message = `Rows ${rowsOfDuplicate.join(', ')} of the Key Results sheet all have the ID "KR3.1".`;
    const user = { email: 'sofia@example.com' };
    expect(() =>
      emulator.callFromClient(
        'saveCheckIn',
        [{ keyResultId: 'KR3.1', value: '5', confidence: 'green', comment: '' }],
        { user },
      ),
    ).toThrow(message);
    expect(() => emulator.callFromClient('getKeyResultHistory', ['kr3.1'], { user })).toThrow(
      message,
    );
  });

  it('closing the period is refused while two rows share an ID, then scores each KR with the sheet’s numbers', () => {
    emulator.run('closePeriod');
    expect(emulator.ui.alerts.at(-1)?.prompt ?? '').toContain('KR3.1 (rows 8, 9)');
    expect(emulator.spreadsheet.sheets.map((each) => each.name)).not.toContain(
      HISTORY_SHEET.name.en,
    );
    setCell(emulator, 'KR3.1', 'id', 'KR3.2');
    for (const answer of ['YES', 'OK', 'NO'] as const) emulator.ui.queueResponse(answer);
    emulator.run('closePeriod');
    const history = rowsByKey(emulator, HISTORY_SHEET.name.en, HISTORY_SHEET).filter(
      (row) => sheet.has(idKey(row.id)) && String(row.kind).toLowerCase().includes('key'),
    );
    expect(history).toHaveLength(sheet.size);
    for (const row of history) {
      const judged = sheet.get(idKey(row.id))!;
      expect([row.id, numberOrNull(row.progress), statusFromLabel(row.status) ?? null]).toEqual([
        row.id,
        judged.progress,
        judged.status,
      ]);
    }
  });
});

describe('the edges of the one rule agree too', () => {
  /** Sheet, sidebar and mid-period review, KR by KR: [id, progress, expected, status]. */
  function views(emulator: Emulator) {
    recalculateStackedFormulas(emulator);
    const rows = rowsByKey(emulator, KEY_RESULTS, KEY_RESULTS_SHEET);
    const sheet = rows.map((row) => [
      idKey(row.id),
      numberOrNull(row.progress),
      numberOrNull(row.expected),
      statusFromLabel(row.status) ?? null,
    ]);
    const context = emulator.callFromClient('getCheckInContext', [], {
      user: { email: 'laura@example.com' },
    }) as { keyResults: { id: string; progress: number; expected: number; status: string }[] };
    const sidebar = context.keyResults.map((kr) => [
      idKey(kr.id),
      kr.progress,
      kr.expected,
      kr.status,
    ]);
    emulator.run('midPeriodReview');
    const statuses = statusesFromReview(emulator.sheetValues(midPeriodReviewSheetName(DAY, 'en')));
    const review = rows.map((row) => statuses.get(idKey(row.id)) ?? null);
    return { sheet, sidebar, review };
  }

  function onDay(): Emulator {
    const emulator = templateWorkbook('en');
    emulator.clock.set(new Date(`${DAY}T15:00:00Z`));
    setSetting(emulator, 'As of', DAY);
    return emulator;
  }

  it.each([
    ['only a comma', ','],
    ['a word that is not a date', 'next friday'],
    ['one day and one word', '2026-11-02; next friday'],
    ['a date cell', 'date:2026-11-16'],
  ])('Holidays holding %s', (_name, holidays) => {
    const emulator = onDay();
    // A date typed into a cell is midnight in the spreadsheet's time zone.
    const value = holidays.startsWith('date:')
      ? dateOfDay(holidays.slice(5), emulator.workbook.timeZone)
      : holidays;
    setSetting(emulator, 'Holidays', value);
    const { sheet, sidebar, review } = views(emulator);
    // The calendar the reminders and the close compute from agrees with Time elapsed.
    const settings = parseSettings(emulator.sheetValues(SETTINGS_SHEET.name.en), 'en_US');
    const share = expectedOn(periodCalendar(settings, emulator.workbook.timeZone), DAY);
    for (const row of sheet) expect([row[0], row[2]]).toEqual([row[0], share]);
    expect(sidebar).toEqual(sheet);
    expect(review).toEqual(sheet.map((row) => row[3]));
    expectReminderAgrees(emulator);
  });

  it('As of blank: the sheet has no expected progress, and no view invents one', () => {
    const emulator = onDay();
    setSetting(emulator, 'As of', '');
    recalculateStackedFormulas(emulator);
    const rows = rowsByKey(emulator, KEY_RESULTS, KEY_RESULTS_SHEET);
    const context = emulator.callFromClient('getCheckInContext', [], {
      user: { email: 'laura@example.com' },
    }) as { keyResults: { id: string; expected: number | null; status: string | null }[] };
    expect(rows.every((row) => numberOrNull(row.expected) === null)).toBe(true);
    expect(context.keyResults.map((kr) => [kr.expected, kr.status])).toEqual(
      rows.map((row) => [null, statusFromLabel(row.status) ?? null]),
    );
  });

  it('a save returns what the sheet then shows, for a Type or a Start the formulas refuse', () => {
    const emulator = onDay();
    setCell(emulator, 'KR4.1', 'type', 'percentage');
    setCell(emulator, 'KR4.2', 'start', 'n/a');
    for (const id of ['KR4.1', 'KR4.2']) {
      const saved = emulator.callFromClient(
        'saveCheckIn',
        // Confirmed: 70 % on a 12 % → 7 % KR is a value the sidebar asks about.
        [{ keyResultId: id, value: '70', confidence: 'green', comment: '', confirmed: true }],
        { user: { email: 'diego@example.com' } },
      ) as { keyResult: { progress: number | null; status: string | null } };
      recalculateStackedFormulas(emulator);
      const row = rowsByKey(emulator, KEY_RESULTS, KEY_RESULTS_SHEET).find(
        (each) => each.id === id,
      )!;
      expect([id, saved.keyResult.progress, saved.keyResult.status]).toEqual([
        id,
        numberOrNull(row.progress),
        statusFromLabel(row.status) ?? null,
      ]);
    }
  });

  it('the 1:1 email never lends one row’s check-in to another row with the same ID', () => {
    const emulator = onDay();
    setCell(emulator, 'KR4.1', 'id', 'KR4.2');
    const preview = emulator.callFromClient('previewRemindersOn', [DAY], {
      user: { email: 'owner@example.com' },
    }) as { emails: { to: string; body: string }[] };
    const rows = rowsByKey(emulator, KEY_RESULTS, KEY_RESULTS_SHEET).filter(
      (row) => row.id === 'KR4.2',
    );
    expect(rows).toHaveLength(2);
    const body = preview.emails.find((email) => email.to === 'laura@example.com')?.body ?? '';
    // Each listed row carries its own Last comment, not the other row's latest check-in.
    for (const row of rows) {
      const block = body.split('\n* ').find((part) => part.startsWith(`KR4.2 · ${row.keyResult}`));
      if (block) expect(block).toContain(String(row.lastComment).slice(0, 30));
    }
  });

  it('a Weight typed as text counts as that number in History, as OKR_CASCADE reads it', () => {
    const emulator = onDay();
    setCell(emulator, 'KR4.1', 'weight', "'3");
    for (const answer of ['YES', 'OK', 'NO'] as const) emulator.ui.queueResponse(answer);
    emulator.run('closePeriod');
    const history = rowsByKey(emulator, HISTORY_SHEET.name.en, HISTORY_SHEET);
    expect(history.find((row) => row.id === 'KR4.1')?.weight).toBe(3);
  });
});
