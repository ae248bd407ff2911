// Create or upgrade never replaces what a person put in a computed column: per-row
// formulas or typed values stay, and the toast says which column and what to do.
import { lastToast } from './fixtures/observations';
import { freshEmulator } from './fixtures/workbookFixture';

const ROWS = [
  ['KR1', 'O1', 'Sell', 'ana@x.com', '', 0, 10, 5, '', 1],
  ['KR2', 'O1', 'Buy', 'ana@x.com', '', 0, 10, 2, '', 1],
  ['KR3', 'O1', 'Keep', 'ana@x.com', '', 0, 10, 8, '', 1],
];

function template() {
  const emulator = freshEmulator('en_US');
  emulator.run('createOrUpgradeWorkbook');
  emulator.writeSheet('Key Results', ROWS, 2);
  return emulator;
}

describe('upgrade over a computed column a person filled', () => {
  it('keeps per-row formulas in Progress and says so, instead of "Restored"', () => {
    const emulator = template();
    // Progress is column K: the person's own formula on each row.
    const perRow = [2, 3, 4].map((row) => [`=KR_PROGRESS(F${row},G${row},H${row},E${row})`]);
    emulator.writeSheet('Key Results', perRow, 2, 11);
    emulator.run('createOrUpgradeWorkbook');
    const formulas = emulator
      .sheetFormulas('Key Results')
      .slice(1, 4)
      .map((row) => row[10]);
    expect(formulas).toEqual(perRow.map(([formula]) => formula));
    const progress = emulator
      .sheetValues('Key Results')
      .slice(1, 4)
      .map((row) => row[10]);
    expect(progress).toEqual([0.5, 0.2, 0.8]);
    expect(lastToast(emulator)).toContain(
      'Left Progress (Key Results) as they are: the column holds your own formulas or values.',
    );
    expect(lastToast(emulator)).not.toContain('Restored');
  });

  it('writes no array formula into an empty row 2 above typed statuses, and says so on the first run', () => {
    const emulator = template();
    // Status is column M: row 2's formula deleted, statuses typed in rows 3 and 4.
    emulator.writeSheet('Key Results', [[''], ['On track'], ['Off track']], 2, 13);
    emulator.run('createOrUpgradeWorkbook');
    const status = emulator
      .sheetValues('Key Results')
      .slice(1, 4)
      .map((row) => row[12]);
    expect(status).toEqual(['', 'On track', 'Off track']);
    expect(emulator.sheetFormulas('Key Results')[1]![12]).toBe('');
    expect(lastToast(emulator)).toContain('Left Status (Key Results) as they are');
    expect(lastToast(emulator)).not.toContain('Restored');
  });

  it('still restores a formula deleted from an otherwise empty column', () => {
    const emulator = template();
    emulator.writeSheet('Key Results', [['']], 2, 13);
    emulator.run('createOrUpgradeWorkbook');
    expect(emulator.sheetFormulas('Key Results')[1]![12]).toMatch(/^=KR_STATUS\(/);
    expect(lastToast(emulator)).toContain('Restored the formula of Status (Key Results)');
  });
});
