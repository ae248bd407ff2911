// The workbook belongs to its people: no action of the add-on writes into a cell that
// holds a formula or that an array formula fills, and the person is told which cells it
// left alone and why.
import type { Emulator } from '../../emulator';
import { ANA, createCheckInWorkbook, save } from './fixtures/checkInFixture';
import { lastToast } from './fixtures/observations';

const KR_SHEET = 'Resultados clave';
const CHECK_INS = 'Seguimiento';

/** Column (0-based) of a Key Results header. */
function column(emulator: Emulator, header: string): number {
  return emulator.sheetValues(KR_SHEET)[0]!.indexOf(header);
}

function columnValues(emulator: Emulator, header: string): unknown[] {
  const index = column(emulator, header);
  return emulator
    .sheetValues(KR_SHEET)
    .slice(1)
    .map((row) => row[index]);
}

describe('a check-in on a key result whose cells hold formulas', () => {
  it('keeps a formula in Current, Confidence and Last comment, records the value in Check-ins and says so', () => {
    const emulator = createCheckInWorkbook({ withFormulas: false });
    emulator.writeSheet('Tablero', [[5], [7], [9]], 15, 4);
    // KR1 is row 2: Current H2, Confidence N2, Last comment P2.
    emulator.writeSheet(KR_SHEET, [['=SUM(Tablero!D15:D17)']], 2, 8);
    emulator.writeSheet(KR_SHEET, [['=IF(H2>20,"Alta","Media")']], 2, 14);
    emulator.writeSheet(KR_SHEET, [['="Según "&H2']], 2, 16);
    const result = save(emulator, {
      keyResultId: 'KR1',
      value: '25',
      confidence: 'green',
      comment: 'Bien',
    });
    const formulas = emulator.sheetFormulas(KR_SHEET)[1]!;
    expect(formulas[7]).toBe('=SUM(Tablero!D15:D17)');
    expect(formulas[13]).toBe('=IF(H2>20,"Alta","Media")');
    expect(formulas[15]).toBe('="Según "&H2');
    // Still live: the source changes, Current follows.
    emulator.writeSheet('Tablero', [[10]], 17, 4);
    expect(emulator.sheetValues(KR_SHEET)[1]![7]).toBe(22);
    const checkIn = emulator.sheetValues(CHECK_INS).at(-1)!;
    // A live key result: the value recorded is the one its formula showed (5 + 7 + 9).
    expect(checkIn.slice(1, 5)).toEqual(['KR1', 21, 'En camino', 'Bien']);
    expect(result.notice).toBe(
      'Resultado clave en vivo: se registró el valor que muestra su fórmula, 21; la fórmula queda. ' +
        "Se dejaron N2, P2 de 'Resultados clave' como estaban: tienen una fórmula.",
    );
    // Last check-in (no formula) is still written.
    expect(emulator.sheetValues(KR_SHEET)[1]![14]).toBeInstanceOf(Date);
  });

  it('leaves a Current column filled by an array formula whole, whichever row is saved', () => {
    const emulator = createCheckInWorkbook({ withFormulas: false });
    emulator.writeSheet('Feed', [['n'], [11], [22], [0.1], [1]]);
    // Current (H) of rows 2–5 filled by one array formula in H2.
    emulator.writeSheet(KR_SHEET, [['=ARRAYFORMULA(Feed!A2:A5*1)'], [''], [''], ['']], 2, 8);
    expect(columnValues(emulator, 'Actual')).toEqual([11, 22, 0.1, 1]);
    const result = save(emulator, { keyResultId: 'KR2', value: '30', confidence: 'red' });
    expect(columnValues(emulator, 'Actual')).toEqual([11, 22, 0.1, 1]);
    expect(emulator.sheetFormulas(KR_SHEET)[1]![7]).toBe('=ARRAYFORMULA(Feed!A2:A5*1)');
    expect(result.notice).toBe(
      'Resultado clave en vivo: se registró el valor que muestra su fórmula, 22; la fórmula queda.',
    );
    expect(emulator.sheetValues(CHECK_INS).at(-1)!.slice(1, 3)).toEqual(['KR2', 22]);
  });

  it('still writes a plain Current and says nothing more', () => {
    const emulator = createCheckInWorkbook({ withFormulas: false });
    const result = save(emulator, { keyResultId: 'KR1', value: '25', confidence: 'green' });
    expect(result.notice).toBeUndefined();
    expect(columnValues(emulator, 'Actual')[0]).toBe(25);
  });

  it('keeps a formula in Settings › As of', () => {
    const emulator = createCheckInWorkbook({ withFormulas: false });
    emulator.writeSheet('Configuración', [['=DATE(2026,4,15)']], 5, 2);
    save(emulator, { keyResultId: 'KR1', value: '25', confidence: 'green' });
    expect(emulator.sheetFormulas('Configuración')[4]![1]).toBe('=DATE(2026,4,15)');
  });
});

describe('Assign missing IDs', () => {
  it('writes no ID into cells an array formula fills', () => {
    const emulator = createCheckInWorkbook({ withFormulas: false });
    // The IDs of rows 2–6 come from a formula over the titles (C).
    // The formula gives row 3 no ID although it has a title.
    emulator.writeSheet('Ids', [['KR-2'], [''], ['KR-4'], ['KR-5'], ['KR-6']]);
    emulator.writeSheet(
      KR_SHEET,
      [['=ARRAYFORMULA(IF(C2:C6<>"",Ids!A1:A5,""))'], [''], [''], [''], ['']],
      2,
      1,
    );
    emulator.writeSheet(KR_SHEET, [['', 'O1', 'Sin ID escrito', 'ana@example.com']], 7, 1);
    const before = columnValues(emulator, 'ID');
    expect(before.slice(0, 4)).toEqual(['KR-2', '', 'KR-4', 'KR-5']);
    emulator.run('assignMissingIds', [], { user: ANA });
    const after = columnValues(emulator, 'ID');
    expect(after.slice(0, 5)).toEqual(before.slice(0, 5));
    expect(emulator.sheetFormulas(KR_SHEET)[1]![0]).toMatch(/^=ARRAYFORMULA/);
    // Row 7 is past the array's rows: it gets an ID.
    expect(after[5]).toMatch(/^KR\d/);
    expect(lastToast(emulator)).toContain(
      "Se dejaron A3 de 'Resultados clave' como estaban: los llena la fórmula matricial de A2.",
    );
  });

  it('leaves a per-row ID formula and tells the person', () => {
    const emulator = createCheckInWorkbook({ withFormulas: false });
    emulator.writeSheet(KR_SHEET, [['=""&""', 'O1', 'Con fórmula', 'ana@example.com']], 6, 1);
    emulator.run('assignMissingIds', [], { user: ANA });
    expect(emulator.sheetFormulas(KR_SHEET)[5]![0]).toBe('=""&""');
    expect(lastToast(emulator)).toContain(
      "Se dejaron A6 de 'Resultados clave' como estaban: tienen una fórmula.",
    );
  });
});

describe('a row is a key result only when it has an ID or a title', () => {
  /** The check-in workbook with a person's helper column Q = Target − Current, to the sheet's bottom. */
  function withHelperColumn(): Emulator {
    const emulator = createCheckInWorkbook({ withFormulas: false });
    emulator.writeSheet(KR_SHEET, [['Brecha'], ['=ARRAYFORMULA(G2:G-H2:H)']], 1, 17);
    // A row of spaces and a title from a formula giving "".
    emulator.writeSheet(KR_SHEET, [['  ', '', '=""&""', '', '', '', '', '']], 8, 1);
    return emulator;
  }

  it('shows only the real key results in the sidebar, after Assign missing IDs too', () => {
    const emulator = withHelperColumn();
    expect(emulator.sheetValues(KR_SHEET).length).toBeGreaterThan(100);
    emulator.run('assignMissingIds', [], { user: ANA });
    const context = emulator.callFromClient('getCheckInContext', [], { user: ANA }) as {
      keyResults: { id: string }[];
    };
    expect(context.keyResults.map((keyResult) => keyResult.id)).toEqual([
      'KR1',
      'KR2',
      'KR3',
      'KR4',
    ]);
  });

  it('assigns no ID to computed zeros, spaces or "" from formulas', () => {
    const emulator = withHelperColumn();
    emulator.run('assignMissingIds', [], { user: ANA });
    expect(lastToast(emulator)).toBe('Todos los objetivos y resultados clave ya tienen ID.');
    expect(columnValues(emulator, 'ID').filter((id) => String(id).trim() !== '')).toEqual([
      'KR1',
      'KR2',
      'KR3',
      'KR4',
    ]);
  });

  it('gives Review OKRs the same findings as without the helper column', () => {
    const plain = createCheckInWorkbook({ withFormulas: false });
    plain.run('reviewOkrs', [], { user: ANA });
    const helped = withHelperColumn();
    helped.run('reviewOkrs', [], { user: ANA });
    expect(lastToast(helped)).toBe(lastToast(plain));
  });
});

describe('text a person typed', () => {
  it.each([['TRUE'], ['false'], ['1e3'], ['9 am'], ['1 ene 2026'], ['VERDADERO']])(
    'is stored as the text %j in Check-ins and Last comment',
    (comment) => {
      const emulator = createCheckInWorkbook({ withFormulas: false });
      save(emulator, { keyResultId: 'KR1', value: '25', confidence: 'green', comment });
      expect(emulator.sheetValues(CHECK_INS).at(-1)![4]).toBe(comment);
      expect(columnValues(emulator, 'Último comentario')[0]).toBe(comment);
    },
  );

  it('is what the emulator parses, as Sheets does, when written without the apostrophe', () => {
    const emulator = createCheckInWorkbook({ withFormulas: false });
    emulator.writeSheet('Prueba', [['TRUE', 'false', '1e3', "'1e3", 'VERDADERO', '1 ene 2026']]);
    const [values] = emulator.sheetValues('Prueba');
    expect(values!.slice(0, 5)).toEqual([true, false, 1000, '1e3', true]);
    expect(values![5]).toEqual(new Date(Date.UTC(2026, 0, 1)));
    emulator.writeSheet('Prueba', [['9 am']], 2);
    expect(emulator.sheetDisplayValues('Prueba')[1]![0]).toMatch(/^9:00/);
  });
});
