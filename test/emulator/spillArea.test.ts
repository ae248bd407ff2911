// Typing under an array formula's result, as in Sheets: only a cell inside the range the
// result actually fills blocks it (#REF!); below it typing is fine, the result still grows
// into free rows, and getFormula returns the formula as written.
import { createEmulator } from '../../emulator/index';

const FILTER_FORMULA = '=ARRAYFORMULA(IFERROR(FILTER(Objectives!B2:B, Objectives!A2:A<>""), ""))';

function dashboard() {
  const emulator = createEmulator({ locale: 'es_ES' });
  emulator.writeSheet('Objectives', [
    ['ID', 'Objective'],
    ['O-1', 'Grow'],
    ['O-2', 'Keep'],
  ]);
  emulator.writeSheet('Dashboard', [['Objective'], [FILTER_FORMULA]]);
  return emulator;
}

const column = (emulator: ReturnType<typeof createEmulator>, rows: number) =>
  emulator
    .sheetDisplayValues('Dashboard')
    .slice(0, rows)
    .map((row) => row[0]);

describe('array results next to typed cells', () => {
  it('a value typed below what a FILTER over open-ended ranges fills leaves it alone', () => {
    const emulator = dashboard();
    emulator.userEdit('Dashboard', 'A10', 'a note');
    expect(column(emulator, 10)).toEqual([
      'Objective',
      'Grow',
      'Keep',
      '',
      '',
      '',
      '',
      '',
      '',
      'a note',
    ]);
    expect(emulator.sheetFormulas('Dashboard')[1][0]).toBe(FILTER_FORMULA);

    // A new objective still shows: the result grows into the free row.
    emulator.writeSheet('Objectives', [['O-3', 'Learn']], 4);
    expect(column(emulator, 5)).toEqual(['Objective', 'Grow', 'Keep', 'Learn', '']);
    expect(emulator.sheetFormulas('Dashboard')[1][0]).toBe(FILTER_FORMULA);
  });

  it('a value typed inside what it fills blocks it with #REF!, as Sheets does', () => {
    const emulator = dashboard();
    emulator.userEdit('Dashboard', 'A3', 'in the way');
    expect(column(emulator, 3)).toEqual(['Objective', '#REF!', 'in the way']);
    // Cleared again, the result comes back.
    emulator.userEdit('Dashboard', 'A3', '');
    expect(column(emulator, 3)).toEqual(['Objective', 'Grow', 'Keep']);
  });

  it('a result that grows onto a typed cell shows #REF!', () => {
    const emulator = dashboard();
    emulator.userEdit('Dashboard', 'A5', 'below');
    expect(column(emulator, 5)).toEqual(['Objective', 'Grow', 'Keep', '', 'below']);
    emulator.writeSheet(
      'Objectives',
      [
        ['O-3', 'Learn'],
        ['O-4', 'Share'],
      ],
      4,
    );
    expect(column(emulator, 2)).toEqual(['Objective', '#REF!']);
  });
});
