import type { Emulator } from '../../emulator';
import { lastToast } from './fixtures/observations';
import { freshEmulator } from './fixtures/workbookFixture';

function spanishWorkbookWithProblems(): Emulator {
  const emulator = freshEmulator('es_AR');
  emulator.run('createOrUpgradeWorkbook');
  emulator.writeSheet(
    'Objetivos',
    [
      ['O1', 'Crecer', 'Empresa', 'Dirección', 'laura@x.com', 'O2', 1],
      ['O2', 'Vender más', 'Equipo', 'Ventas', 'laura@x.com', 'O1', 1],
      ['', 'Sin ID', 'Equipo', 'Ventas', 'laura@x.com', '', 1],
    ],
    2,
  );
  emulator.writeSheet(
    'Resultados clave',
    [
      ['KR1', 'O1', 'Facturar', 'laura@x.com', 'aumentar', 0, 'mucho', 5],
      ['KR2', 'O1', 'Clientes', '', 'aumentar', 10, 10, 10],
      ['KR2', 'O2', 'Cierre', 'nadie@x.com', 'aumentar', 0.5, 0.8, 'n/d'],
      ['', 'O2', 'Leads', 'laura@x.com', 'aumentar', 0, 100, 20],
    ],
    2,
  );
  emulator.writeSheet(
    'Personas',
    [
      ['Laura', 'laura@x.com', 'Dirección', '', ''],
      ['Ana', 'ana@x.com', 'Ventas', 'laura@x.com', 'cuando se pueda'],
    ],
    2,
  );
  emulator.writeSheet('KPIs', [['Tiempo de respuesta', 'Ventas', 'ana@x.com', 2, '', 1]], 2);
  return emulator;
}

describe('Review OKRs (Spanish workbook)', () => {
  let emulator: Emulator;
  let report: unknown[][];
  let formulas: string[][];
  beforeAll(() => {
    emulator = spanishWorkbookWithProblems();
    emulator.run('reviewOkrs');
    report = emulator.sheetValues('Revisión de OKRs');
    formulas = emulator.sheetFormulas('Revisión de OKRs');
  });

  it('writes a report sheet in the workbook language and says how many points it found', () => {
    expect(report[0]).toEqual(['Hoja', 'Fila', 'Problema', 'Qué hacer']);
    expect(lastToast(emulator)).toBe(
      `La revisión encontró ${report.length - 1} punto(s) para mejorar; mira la hoja Revisión de OKRs.`,
    );
  });

  it('links every finding to its row', () => {
    const objectives = emulator.sheet('Objetivos');
    expect(formulas[1][1]).toBe(`=HYPERLINK("#gid=${objectives.id}&range=A2", "Objetivos 2")`);
    expect(report[1][1]).toBe('Objetivos 2');
  });

  it('finds every kind of problem of this workbook', () => {
    const problems = report
      .slice(1)
      .map((row) => `${row[0]} ${String(row[1]).split(' ').pop()}: ${row[2]}`);
    expect(problems).toEqual([
      'Objetivos 2: El objetivo O1 tiene 2 resultado(s) clave.',
      'Objetivos 2: El objetivo O1 es su propio antecesor: O1 → O2 → O1.',
      'Objetivos 3: El objetivo O2 tiene 2 resultado(s) clave.',
      'Objetivos 3: El objetivo O2 es su propio antecesor: O1 → O2 → O1.',
      'Objetivos 4: Esta fila no tiene ID.',
      'Resultados clave 2: El resultado clave KR1 no tiene una meta numérica ("mucho").',
      'Resultados clave 2: El resultado clave KR1 todavía no tiene seguimiento, con 14 días o más del período transcurridos.',
      'Resultados clave 3: El resultado clave KR2 empieza donde termina (10).',
      'Resultados clave 3: El resultado clave KR2 no tiene responsable.',
      'Resultados clave 3: El resultado clave KR2 todavía no tiene seguimiento, con 14 días o más del período transcurridos.',
      'Resultados clave 4: El ID KR2 se repite (primero en Resultados clave, fila 3).',
      'Resultados clave 4: El resultado clave KR2 tiene un valor actual que no es un número ("n/d").',
      'Resultados clave 4: El responsable del resultado clave KR2, nadie@x.com, no está en Personas.',
      'Resultados clave 4: El resultado clave KR2 todavía no tiene seguimiento, con 14 días o más del período transcurridos.',
      'Resultados clave 5: Esta fila no tiene ID.',
      'Resultados clave 5: El resultado clave "Leads" todavía no tiene seguimiento, con 14 días o más del período transcurridos.',
      'Personas 3: La agenda 1:1 de Ana, "cuando se pueda", no se entiende.',
      'KPIs 2: El KPI “Tiempo de respuesta” no está saludable (2; saludable hasta 1) y no tiene objetivo relacionado.',
    ]);
  });

  it('rewrites the report on the next review, leaving no stale rows', () => {
    emulator.writeSheet('Resultados clave', [['KR9']], 5);
    emulator.run('reviewOkrs');
    const again = emulator.sheetValues('Revisión de OKRs');
    expect(again.length).toBe(report.length - 1);
    expect(
      emulator.spreadsheet.sheets.filter((sheet) => sheet.name === 'Revisión de OKRs'),
    ).toHaveLength(1);
  });
});

describe('Assign missing IDs', () => {
  it('gives the rows without ID a new ID and changes no other cell', () => {
    const emulator = spanishWorkbookWithProblems();
    const objectivesBefore = emulator.sheetValues('Objetivos');
    const keyResultsBefore = emulator.sheetValues('Resultados clave');
    emulator.run('assignMissingIds');
    expect(lastToast(emulator)).toBe('Se asignaron 2 ID(s): O3, KR2.1.');
    const objectives = emulator.sheetValues('Objetivos');
    const keyResults = emulator.sheetValues('Resultados clave');
    expect(objectives[3][0]).toBe('O3');
    expect(keyResults[4][0]).toBe('KR2.1');
    objectives[3][0] = '';
    keyResults[4][0] = '';
    expect(objectives).toEqual(objectivesBefore);
    expect(keyResults).toEqual(keyResultsBefore);
    emulator.run('assignMissingIds');
    expect(lastToast(emulator)).toBe('Todos los objetivos y resultados clave ya tienen ID.');
  });
});

describe('Assign missing IDs between IDs typed as text', () => {
  it('keeps text IDs that look like numbers or dates as text, and formulas as formulas', () => {
    const emulator = freshEmulator('en_US');
    emulator.run('createOrUpgradeWorkbook');
    emulator.writeSheet('Objectives', [['O1', 'Grow', 'Company', 'Board', 'a@x.com', '', 1]], 2);
    const row = (id: string, title: string) => [id, 'O1', title, 'a@x.com', 'increase', 0, 10, 5];
    emulator.writeSheet(
      'Key Results',
      [
        row('', 'First, without ID'),
        row("'1.10", 'Numeric-looking'),
        row("'007", 'Zero-padded'),
        row("'2026-01", 'Date-looking'),
        row('="KR"&"9"', 'By formula'),
        row('', 'Last, without ID'),
      ],
      2,
    );
    const idsBefore = emulator.sheetValues('Key Results').map((cells) => cells[0]);
    expect(idsBefore.slice(2, 5)).toEqual(['1.10', '007', '2026-01']);
    emulator.run('assignMissingIds');
    const ids = emulator.sheetValues('Key Results').map((cells) => cells[0]);
    expect(ids.slice(2, 6)).toEqual(['1.10', '007', '2026-01', 'KR9']);
    expect(emulator.sheetFormulas('Key Results')[5][0]).toBe('="KR"&"9"');
    expect(ids[1]).not.toBe('');
    expect(ids[6]).not.toBe('');
  });
});

describe('Review OKRs on a spreadsheet without the workbook', () => {
  it('explains what to do instead of failing', () => {
    const emulator = freshEmulator('en_US');
    emulator.run('reviewOkrs');
    expect(lastToast(emulator)).toBe(
      'The workbook lacks the Objectives sheet: use OKRs → Create or upgrade workbook.',
    );
  });
});

describe('Review OKRs spreadsheet calls do not grow with the rows', () => {
  function reviewCalls(count: number): Record<string, number> {
    const emulator = freshEmulator('en_US');
    emulator.run('createOrUpgradeWorkbook');
    const objectives = count / 4;
    emulator.writeSheet(
      'Objectives',
      Array.from({ length: objectives }, (_, n) => [
        `O${n + 1}`,
        `Objective ${n + 1}`,
        'Team',
        `Team ${n}`,
        `p${n % 50}@x.com`,
      ]),
      2,
    );
    emulator.writeSheet(
      'Key Results',
      Array.from({ length: count }, (_, n) => [
        `KR${n + 1}`,
        `O${(n % objectives) + 1}`,
        `KR ${n + 1}`,
        n % 3 === 0 ? '' : 'ana@x.com',
        '',
        0,
        n % 5 === 0 ? 'x' : 10,
        3,
      ]),
      2,
    );
    emulator.resetCounters();
    emulator.run('reviewOkrs');
    return emulator.counters.byMethod;
  }

  it('is the same at 100 and 10,000 key results', () => {
    const small = reviewCalls(100);
    const large = reviewCalls(10_000);
    // Growing the report sheet to hold thousands of findings is one call.
    const { 'Sheet.insertRowsAfter': grow, ...largeCalls } = large;
    expect(grow ?? 0).toBeLessThanOrEqual(1);
    expect(largeCalls).toEqual(small);
    console.log(
      `review: ${Object.values(small).reduce((sum, count) => sum + count, 0)} spreadsheet calls at 100 KRs`,
    );
  });
});
