import { columnLetter, computedFormulas, sameFormula } from '../../../src/core/workbook/formulas';
import {
  currentQuarter,
  planWorkbook,
  statusLanguage,
  type WorkbookSnapshot,
} from '../../../src/core/workbook/plan';
import { KEY_RESULTS_SHEET, OBJECTIVES_SHEET } from '../../../src/core/workbook/schema';

const today = new Date(2026, 10, 22);

function emptySnapshot(locale = 'en_US'): WorkbookSnapshot {
  return { tables: {}, locale, today };
}

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});

describe('planWorkbook on an empty spreadsheet', () => {
  it('creates every sheet in the spreadsheet locale language, with every header', () => {
    const plan = planWorkbook(emptySnapshot('es_AR'));
    expect(plan.language).toBe('es');
    expect(plan.tables.map((table) => table.name)).toEqual([
      'Objetivos',
      'Resultados clave',
      'Seguimiento',
      'Personas',
      'KPIs',
      'Registro de avisos',
    ]);
    expect(plan.tables.every((table) => table.create)).toBe(true);
    const keyResults = plan.tables.find((table) => table.spec.key === 'keyResults')!;
    expect(keyResults.appendedHeaders[0]).toBe('ID');
    expect(keyResults.appendedHeaders).toContain('Resultado clave');
    expect(plan.settings.create).toBe(true);
    expect(plan.settings.appendedRows[0]).toEqual(['Idioma', 'Español']);
    expect(plan.dashboard).toEqual({ name: 'Tablero', create: true });
  });

  it('fills Settings with the current quarter and the 0.7 / 0.4 thresholds', () => {
    const plan = planWorkbook(emptySnapshot());
    const value = (label: string) =>
      plan.settings.appendedRows.find((row) => row[0] === label)?.[1];
    expect(value('Period')).toBe('2026-Q4');
    // Real dates (local midnight: the snapshot names no time zone), not yyyy-mm-dd text.
    expect(value('Period start')).toEqual(new Date(2026, 9, 1));
    expect(value('Period end')).toEqual(new Date(2026, 11, 31));
    expect(value('As of')).toEqual(new Date(2026, 10, 22));
    expect(value('Green at')).toBe(0.7);
    expect(value('Yellow at')).toBe(0.4);
  });

  it('writes one row-2 formula per computed column, none marked as restored', () => {
    const plan = planWorkbook(emptySnapshot());
    const written = plan.formulas.map((write) => `${write.sheetKey}.${write.columnKey}`);
    expect(written.sort()).toEqual(
      [
        'keyResults.expected',
        'keyResults.progress',
        'keyResults.status',
        'kpis.status',
        'objectives.progress',
        'objectives.status',
        'settings.elapsed',
      ].sort(),
    );
    expect(plan.formulas.every((write) => !write.restored)).toBe(true);
    const progress = plan.formulas.find(
      (write) => write.columnKey === 'progress' && write.sheetKey === 'keyResults',
    )!;
    expect(progress).toMatchObject({ row: 2, column: 11 });
    expect(progress.formula).toBe('=KR_PROGRESS(F2:F, G2:G, H2:H, E2:E)');
  });
});

describe('planWorkbook on a workbook a person has edited', () => {
  const reordered = [
    'Key result',
    'Owner',
    'My notes',
    'ID',
    'Objective ID',
    'Current',
    'Target',
    'Start',
    'Type',
  ];
  const snapshot: WorkbookSnapshot = {
    tables: {
      keyResults: {
        name: 'Key Results',
        lastColumn: 10,
        header: reordered,
        row2Values: [
          'Sell',
          'ana@x.com',
          'mine',
          'KR1',
          'O1',
          5,
          10,
          0,
          '',
          'data in an unnamed column',
        ],
        row2Formulas: Array(10).fill(''),
      },
      objectives: {
        name: 'Objetivos',
        lastColumn: 9,
        header: [
          'ID',
          'Objetivo',
          'Nivel',
          'Equipo',
          'Responsable',
          'ID padre',
          'Peso',
          'Progreso',
          'Estado',
        ],
        row2Values: ['O1', 'Grow', '', '', '', '', '', 42, 'typed'],
        row2Formulas: ['', '', '', '', '', '', '', '', ''],
      },
    },
    locale: 'en_US',
    today,
  };
  const plan = planWorkbook(snapshot);

  it('adds the missing columns after the last used column, in the workbook language', () => {
    const keyResults = plan.tables.find((table) => table.spec.key === 'keyResults')!;
    expect(keyResults.create).toBe(false);
    expect(keyResults.appendAt).toBe(10);
    expect(keyResults.appendedKeys).toEqual([
      'unit',
      'weight',
      'progress',
      'expected',
      'status',
      'confidence',
      'lastCheckIn',
      'lastComment',
      'period',
      'continues',
    ]);
    expect(keyResults.appendedHeaders[0]).toBe('Unit');
    expect(keyResults.indexByKey.id).toBe(3);
    expect(keyResults.indexByKey.unit).toBe(10);
  });

  it('keeps a sheet named in the other language and finds its columns', () => {
    const objectives = plan.tables.find((table) => table.spec.key === 'objectives')!;
    expect(objectives.name).toBe('Objetivos');
    // Only the Period column, which workbooks made before it lack.
    expect(objectives.appendedKeys).toEqual(['period']);
  });

  it('builds formulas from the letters actually found', () => {
    expect(plan.allFormulas.keyResults.progress).toBe('=KR_PROGRESS(H2:H, G2:G, F2:F, I2:I)');
  });

  it('restores typed-over computed formulas and says so', () => {
    const restored = plan.formulas.filter((write) => write.restored);
    expect(restored.map((write) => `${write.sheetName}.${write.columnKey}`).sort()).toEqual([
      'Objetivos.progress',
      'Objetivos.status',
    ]);
    expect(restored.every((write) => write.row === 2)).toBe(true);
  });

  it('leaves a formula that is already right alone', () => {
    const again = planWorkbook({
      ...snapshot,
      tables: {
        ...snapshot.tables,
        objectives: {
          ...snapshot.tables.objectives!,
          row2Formulas: [
            '',
            '',
            '',
            '',
            '',
            '',
            '',
            plan.allFormulas.objectives.progress.replace(/ /g, ''),
            plan.allFormulas.objectives.status.toLowerCase(),
          ],
        },
      },
    });
    expect(again.formulas.filter((write) => write.sheetKey === 'objectives')).toEqual([]);
  });
});

describe('computed formulas', () => {
  const formulas = computedFormulas({
    language: 'es',
    objectives: {
      name: 'Objetivos',
      indexByKey: { id: 0, parentId: 5, weight: 6, progress: 7, status: 8, period: 9 },
    },
    keyResults: {
      name: "Key 'Results",
      indexByKey: {
        id: 0,
        objectiveId: 1,
        keyResult: 2,
        type: 4,
        start: 5,
        target: 6,
        current: 7,
        weight: 9,
        progress: 10,
        expected: 11,
        status: 12,
        period: 16,
      },
    },
    kpis: { name: 'KPIs', indexByKey: { current: 3, healthyMin: 4, healthyMax: 5 } },
    settings: {
      name: 'Configuración',
      rowByKey: {
        period: 2,
        periodStart: 3,
        periodEnd: 4,
        asOf: 5,
        greenAt: 8,
        yellowAt: 9,
        elapsed: 11,
      },
    },
  });

  it('passes the workbook language and the Green at / Yellow at settings to KR_STATUS', () => {
    expect(formulas.keyResults.status).toBe(
      "=KR_STATUS(K2:K, L2:L, \"es\", 'Configuración'!$B$8, 'Configuración'!$B$9)",
    );
  });

  it('cascades objectives through their current KRs, quoting sheet names with quotes', () => {
    // A KR of another period (its Period, column Q, is not Settings › Period) is no node.
    const current =
      "((LEN(TRIM('Key ''Results'!Q2:Q))=0)+(TRIM('Key ''Results'!Q2:Q)=TRIM('Configuración'!$B$2)))";
    expect(formulas.objectives.progress).toBe(
      `=OKR_CASCADE({A2:A; ARRAYFORMULA(IF(${current}, 'Key ''Results'!A2:A, ""))}, {F2:F; 'Key ''Results'!B2:B}, ` +
        "{ARRAYFORMULA(IF(A2:A=\"\", \"\", \"\")); 'Key ''Results'!K2:K}, {G2:G; 'Key ''Results'!J2:J}, A2:A)",
    );
    // What versions before the Period column wrote, still recognised as the add-on's.
    expect(formulas.former.objectives!.progress).toBe(
      "=OKR_CASCADE({A2:A; 'Key ''Results'!A2:A}, {F2:F; 'Key ''Results'!B2:B}, " +
        "{ARRAYFORMULA(IF(A2:A=\"\", \"\", \"\")); 'Key ''Results'!K2:K}, {G2:G; 'Key ''Results'!J2:J}, A2:A)",
    );
  });

  it('judges a KR of a closed period at its end: Expected 1 instead of the time elapsed', () => {
    expect(formulas.keyResults.expected).toBe(
      "=ARRAYFORMULA(IF(LEN(A2:A&C2:C), IF(((LEN(TRIM(Q2:Q))=0)+(TRIM(Q2:Q)=TRIM('Configuración'!$B$2))), 'Configuración'!$B$11, 1), \"\"))",
    );
    expect(formulas.former.keyResults!.expected).toBe(
      '=ARRAYFORMULA(IF(LEN(A2:A&C2:C), \'Configuración\'!$B$11, ""))',
    );
  });

  it('computes the elapsed share once in Settings from the As of cell', () => {
    expect(formulas.settings.elapsed).toBe('=KR_EXPECTED($B$3, $B$4, $B$5)');
    expect(formulas.keyResults.expected).toContain("'Configuración'!$B$11");
  });

  it('labels KPI health in the workbook language', () => {
    expect(formulas.kpis.status).toBe('=KPI_STATUS(D2:D, E2:E, F2:F, "es")');
  });

  it('compares formulas ignoring case, spaces and $', () => {
    expect(sameFormula('=KR_PROGRESS(F2:F, G2:G)', '=kr_progress(F2:F,G2:G)')).toBe(true);
    expect(sameFormula("='S'!$B$3", "='S'!B3")).toBe(true);
    expect(sameFormula('=KR_PROGRESS(F2:F)', '=KR_PROGRESS(G2:G)')).toBe(false);
  });
});

describe('currentQuarter', () => {
  it('names the quarter and its first and last day', () => {
    expect(currentQuarter(new Date(2026, 1, 14))).toEqual({
      start: new Date(2026, 0, 1),
      end: new Date(2026, 2, 31),
      name: '2026-Q1',
    });
  });
});

describe('headers of the specs', () => {
  it('has a computed Progress and Status in Objectives and Key Results', () => {
    for (const spec of [OBJECTIVES_SHEET, KEY_RESULTS_SHEET]) {
      const computed = spec.columns.filter((column) => column.computed).map((column) => column.key);
      expect(computed).toEqual(expect.arrayContaining(['progress', 'status']));
    }
  });
});

describe('statusLanguage', () => {
  it('reads the language a status formula was written with', () => {
    expect(statusLanguage(`=KR_STATUS(K2:K, L2:L, "es", 'S'!$B$8, 'S'!$B$9)`)).toBe('es');
    expect(statusLanguage('=KPI_STATUS(D2:D, E2:E, F2:F, "EN")')).toBe('en');
    expect(statusLanguage('=KR_STATUS(K2:K, L2:L)')).toBeNull();
    expect(statusLanguage('')).toBeNull();
  });
});
