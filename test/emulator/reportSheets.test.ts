// A report sheet is the add-on's only when it made it: a person's sheet bearing the name
// of the review, a mid-period review, Scores by period or History is never written, and
// the add-on's report goes into a sheet of another name.
import type { Emulator } from '../../emulator';
import { templateWorkbook, userCells } from './fixtures/cycleFixture';

function personSheet(emulator: Emulator, name: string): unknown[][] {
  const rows = [
    ['My notes', 'kick-off done'],
    [2025, 'scores I keep'],
  ];
  emulator.writeSheet(name, rows);
  return emulator.sheetValues(name);
}

function closePeriod(emulator: Emulator): void {
  emulator.clock.set(new Date('2026-12-31T20:00:00Z'));
  for (const answer of ['YES', 'OK', 'NO'] as const) emulator.ui.queueResponse(answer);
  emulator.run('closePeriod');
}

describe("a person's sheet named like a report", () => {
  it('is not the mid-period review: the review goes into a sheet of its own, reused next time', () => {
    const emulator = templateWorkbook('en');
    const mine = personSheet(emulator, 'Review 2026-11-22');
    emulator.run('midPeriodReview');
    expect(emulator.sheetValues('Review 2026-11-22')).toEqual(mine);
    const review = emulator.sheetValues('Review 2026-11-22 (OKRs)');
    expect(String(review[0]![0])).toMatch(/^Mid-period review — /);
    const sheets = emulator.spreadsheet.sheets.length;
    emulator.run('midPeriodReview');
    expect(emulator.spreadsheet.sheets.length).toBe(sheets);
    expect(emulator.sheetValues('Review 2026-11-22')).toEqual(mine);
  });

  it('is not the OKR review report', () => {
    const emulator = templateWorkbook('en');
    const mine = personSheet(emulator, 'OKR review');
    emulator.run('reviewOkrs');
    expect(emulator.sheetValues('OKR review')).toEqual(mine);
    expect(emulator.sheetValues('OKR review (OKRs)')[0]).toEqual([
      'Sheet',
      'Row',
      'Problem',
      'What to do',
    ]);
  });

  it('is not Scores by period nor History on Close period', () => {
    const emulator = templateWorkbook('en');
    const scores = personSheet(emulator, 'Scores by period');
    const history = personSheet(emulator, 'History');
    const before = userCells(emulator, ['Scores by period', 'History']);
    closePeriod(emulator);
    expect(emulator.sheetValues('Scores by period')).toEqual(scores);
    expect(emulator.sheetValues('History')).toEqual(history);
    expect(userCells(emulator, ['Scores by period', 'History'])).toEqual(before);
    expect(emulator.sheetValues('History (OKRs)').length).toBeGreaterThan(10);
    expect(emulator.sheetValues('Scores by period (OKRs)')[1]![0]).toBe('2026-Q4');
    expect(emulator.ui.alerts[1]!.prompt).toContain('History (OKRs)');
  });
});

describe('report sheets the add-on made before it recorded them', () => {
  it('are still found by name and content, and rewritten in place', () => {
    const emulator = templateWorkbook('en');
    emulator.run('midPeriodReview');
    emulator.run('reviewOkrs');
    // A workbook from before the record: the document properties know none of them.
    // (The examples' sales sheet is recorded too; it is not a report.)
    const keys = Object.keys(emulator.propertyStores.document).filter(
      (key) =>
        key.startsWith('okrSheets.reportSheetIds.') &&
        key !== 'okrSheets.reportSheetIds.exampleData',
    );
    expect(keys.sort()).toEqual([
      'okrSheets.reportSheetIds.midPeriodReview',
      'okrSheets.reportSheetIds.review',
    ]);
    emulator.execute(({ PropertiesService }) => {
      for (const key of keys) PropertiesService.getDocumentProperties().deleteProperty(key);
    });
    const sheets = emulator.spreadsheet.sheets.map((sheet) => sheet.name);
    emulator.run('midPeriodReview');
    emulator.run('reviewOkrs');
    expect(emulator.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(sheets);
  });
});
