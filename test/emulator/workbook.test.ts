import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator, type Emulator } from '../../emulator';
import { DIST_DIR } from '../../emulator/bundle';
import { lastToast } from './fixtures/observations';
import {
  customFunctionCells,
  freshEmulator,
  NOW,
  recalculateStackedFormulas,
} from './fixtures/workbookFixture';

const ENGLISH_SHEETS = [
  'Dashboard',
  'Objectives',
  'Key Results',
  'Check-ins',
  'People',
  'KPIs',
  'Settings',
  'Reminder log',
];
const SPANISH_SHEETS = [
  'Tablero',
  'Objetivos',
  'Resultados clave',
  'Seguimiento',
  'Personas',
  'KPIs',
  'Configuración',
  'Registro de avisos',
];

function templateSheetNames(emulator: Emulator): string[] {
  return emulator.spreadsheet.sheets
    .map((sheet) => sheet.name)
    .filter((name) => !/^(Sheet|Hoja) ?1$/.test(name));
}

/** Every non-empty cell of a sheet that is not a formula result, as `A1 → value`. */
function typedCells(emulator: Emulator, name: string): Map<string, unknown> {
  const values = emulator.sheetValues(name);
  const formulas = emulator.sheetFormulas(name);
  const cells = new Map<string, unknown>();
  values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (formulas[r][c] !== '' || value === '' || value === null) return;
      cells.set(`${r + 1},${c + 1}`, value instanceof Date ? value.toISOString() : value);
    });
  });
  return cells;
}

describe.each([
  [
    'en_US',
    ENGLISH_SHEETS,
    'Key Results',
    'Settings',
    ['ID', 'Objective ID', 'Key result'],
    'Your OKR workbook is ready',
  ],
  [
    'es_AR',
    SPANISH_SHEETS,
    'Resultados clave',
    'Configuración',
    ['ID', 'ID objetivo', 'Resultado clave'],
    'Tu libro de OKRs está listo',
  ],
])(
  'Create or upgrade workbook on a blank spreadsheet (%s)',
  (locale, sheets, keyResults, settings, firstHeaders, ready) => {
    let emulator: Emulator;
    beforeAll(() => {
      emulator = freshEmulator(locale);
      emulator.run('createOrUpgradeWorkbook');
    });

    it('creates every sheet of the template in the spreadsheet language and says so', () => {
      expect(templateSheetNames(emulator)).toEqual(sheets);
      expect(lastToast(emulator)).toContain(ready);
    });

    it('writes headers, freezes them and puts one formula per computed column in row 2', () => {
      const values = emulator.sheetValues(keyResults);
      expect(values[0].slice(0, 3)).toEqual(firstHeaders);
      expect(emulator.sheet(keyResults).frozenRows).toBe(1);
      const formulas = emulator.sheetFormulas(keyResults);
      expect(formulas[1].filter((formula) => formula !== '')).toEqual([
        '=KR_PROGRESS(F2:F, G2:G, H2:H, E2:E)',
        // A row of a closed period (Period Q, not Settings' B2) is judged at its end: 1.
        `=ARRAYFORMULA(IF(LEN(A2:A&C2:C), IF(((LEN(TRIM(Q2:Q))=0)+(TRIM(Q2:Q)=TRIM('${settings}'!$B$2))), '${settings}'!$B$11, 1), ""))`,
        `=KR_STATUS(K2:K, L2:L, "${locale.slice(0, 2)}", '${settings}'!$B$8, '${settings}'!$B$9)`,
      ]);
      expect(
        formulas
          .slice(2)
          .flat()
          .filter((formula) => formula !== ''),
      ).toEqual([]);
    });

    it('fills Settings with the current quarter and computes the time elapsed from As of', () => {
      const display = emulator.sheetDisplayValues(settings).map((row) => row[1]);
      // Dates in the locale's order (month first in the US).
      const days =
        locale === 'en_US'
          ? ['10/1/2026', '12/31/2026', '11/22/2026']
          : ['01/10/2026', '31/12/2026', '22/11/2026'];
      expect(display.slice(1, 5)).toEqual(['2026-Q4', ...days]);
      // (Nov 22 − Oct 1) / (Dec 31 − Oct 1) = 52 / 91 days.
      expect(emulator.sheetValues(settings)[10][1]).toBeCloseTo(52 / 91, 9);
    });

    it('adds the row for the days after which a live source counts as stopped: 14, and again on upgrade', () => {
      const label =
        locale === 'en_US'
          ? 'Live source stale after (days)'
          : 'Fuente en vivo detenida tras (días)';
      const rowOf = (sheet: Emulator) =>
        sheet.sheetValues(settings).findIndex((row) => row[0] === label);
      const row = rowOf(emulator);
      expect(emulator.sheetValues(settings)[row]![1]).toBe(14);
      // An older workbook without that row gets it back, with its default.
      const older = freshEmulator(locale);
      older.run('createOrUpgradeWorkbook');
      older.writeSheet(settings, [['', '']], rowOf(older) + 1, 1);
      expect(rowOf(older)).toBe(-1);
      older.run('createOrUpgradeWorkbook');
      expect(older.sheetValues(settings)[rowOf(older)]![1]).toBe(14);
    });

    it('adds the check-in nudge rows on by default (weekly, Mondays, 7 days, escalated after 14), and again on upgrade', () => {
      const labels =
        locale === 'en_US'
          ? [
              ['Check-in nudges', 'Weekly'],
              ['Nudge day', 'Monday'],
              ['Nudge after (days without check-in)', 7],
              ['Escalate after nudge (days)', 14],
            ]
          : [
              ['Recordatorios de avance', 'Semanal'],
              ['Día del recordatorio', 'lunes'],
              ['Recordar tras (días sin avance)', 7],
              ['Escalar tras el recordatorio (días)', 14],
            ];
      const rowsOf = (sheet: Emulator) =>
        sheet
          .sheetValues(settings)
          .filter((row) => labels.some(([label]) => label === row[0]))
          .map((row) => [row[0], row[1]]);
      expect(rowsOf(emulator)).toEqual(labels);
      // An older workbook without them gets them back, with their defaults.
      const older = freshEmulator(locale);
      older.run('createOrUpgradeWorkbook');
      const first = older.sheetValues(settings).findIndex((row) => row[0] === labels[0]![0]);
      older.writeSheet(
        settings,
        labels.map(() => ['', '']),
        first + 1,
        1,
      );
      expect(rowsOf(older)).toEqual([]);
      older.run('createOrUpgradeWorkbook');
      expect(rowsOf(older)).toEqual(labels);
    });

    it('adds People › Nudges paused until to an older People sheet, keeping its rows and columns', () => {
      const people = locale === 'en_US' ? 'People' : 'Personas';
      const paused = locale === 'en_US' ? 'Nudges paused until' : 'Sin avisos hasta';
      expect(emulator.sheetValues(people)[0]).toContain(paused);
      const older = freshEmulator(locale);
      older.run('createOrUpgradeWorkbook');
      const header = older.sheetValues(people)[0]!;
      const column = header.indexOf(paused);
      // A sheet made before the column: the header cell is gone, a person's row and a column
      // of their own to the right of it stay as typed.
      older.writeSheet(people, [['']], 1, column + 1);
      older.writeSheet(people, [['Mine'], ['kept']], 1, header.length + 2);
      older.writeSheet(people, [['Ana', 'ana@example.com']], 2, 1);
      const before = older.sheetValues(people);
      older.run('createOrUpgradeWorkbook');
      const after = older.sheetValues(people);
      expect(after[0]).toContain(paused);
      expect(after[0]).toContain('Mine');
      expect(after[1]!.slice(0, 2)).toEqual(['Ana', 'ana@example.com']);
      expect(after[1]![after[0]!.indexOf('Mine')]).toBe('kept');
      expect(before[0]).not.toContain(paused);
    });

    it('offers dropdowns in the workbook language and colours statuses', () => {
      const sheet = emulator.sheet(keyResults);
      const typeValidation = sheet.cells.get('2,5')?.validation;
      expect(typeValidation?.criteriaType).toBe('VALUE_IN_LIST');
      expect(typeValidation?.criteriaValues[0]).toContain(
        locale.startsWith('es') ? 'aumentar' : 'increase',
      );
      expect(sheet.cells.get('500,2')?.validation?.criteriaType).toBe('VALUE_IN_RANGE');
      const colours = sheet.conditionalFormatRules.filter((rule) => rule.condition === 'TEXT_EQ');
      expect(colours.map((rule) => rule.values[0])).toEqual(
        locale.startsWith('es')
          ? ['En camino', 'En riesgo', 'Desviado', 'En camino', 'En riesgo', 'Desviado']
          : ['On track', 'At risk', 'Off track', 'On track', 'At risk', 'Off track'],
      );
    });

    it('protects computed columns with a warning only, and formats percentages', () => {
      const keyResultSheet = emulator.sheet(keyResults);
      const protections = emulator.spreadsheet.protections.filter(
        (protection) => protection.range.sheetId === keyResultSheet.id,
      );
      expect(protections.map((protection) => protection.range.column)).toEqual([11, 12, 13]);
      expect(protections.every((protection) => protection.warningOnly)).toBe(true);
      expect(keyResultSheet.cells.get('2,11')?.numberFormat).toBe('0%');
      const scale = keyResultSheet.conditionalFormatRules.find((rule) => rule.gradient);
      expect(scale?.ranges[0].column).toBe(11);
    });

    it('builds the Dashboard with a bar chart of progress per objective', () => {
      const dashboard = emulator.sheet(sheets[0]);
      expect(dashboard.charts).toHaveLength(1);
      expect(dashboard.charts[0].type).toBe('BAR');
      expect(emulator.sheetValues(sheets[0])[0][0]).toBe(
        locale.startsWith('es') ? 'Tablero de OKRs' : 'OKR dashboard',
      );
    });
  },
);

describe('Create or upgrade workbook run again', () => {
  it('changes nothing, writes no formula, and says the workbook is up to date', () => {
    const emulator = freshEmulator('en_US');
    emulator.run('createOrUpgradeWorkbook');
    const before = ENGLISH_SHEETS.map((name) => [
      emulator.sheetValues(name),
      emulator.sheetFormulas(name),
    ]);
    emulator.resetCounters();
    emulator.run('createOrUpgradeWorkbook');
    expect(lastToast(emulator)).toBe(
      'The OKR workbook is up to date. Nothing you typed was changed.',
    );
    expect(emulator.counters.byMethod['Range.setFormula'] ?? 0).toBe(0);
    expect(emulator.counters.byMethod['Spreadsheet.insertSheet'] ?? 0).toBe(0);
    expect(
      ENGLISH_SHEETS.map((name) => [emulator.sheetValues(name), emulator.sheetFormulas(name)]),
    ).toEqual(before);
    expect(emulator.sheet('Dashboard').charts).toHaveLength(1);
  });
});

describe('Header notes', () => {
  const notesOf = (emulator: Emulator, sheet: string, rows: number, columns: number) =>
    emulator.services.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(sheet)!
      .getRange(1, 1, rows, columns)
      .getNotes();

  it('explains every header of a new workbook, in its language, one write per sheet', () => {
    const emulator = freshEmulator('es_AR');
    emulator.run('createOrUpgradeWorkbook');
    const [people] = notesOf(emulator, 'Personas', 1, 6);
    expect(people![5]).toMatch(/^Opcional: una fecha que reemplaza la próxima reunión/);
    const [keyResults] = notesOf(emulator, 'Resultados clave', 1, 16);
    expect(keyResults!.every((note) => note.length > 0)).toBe(true);
    expect(keyResults![4]).toContain('al_menos');
    expect(keyResults![13]).toContain('En camino, En riesgo o Desviado');
    expect(notesOf(emulator, 'Configuración', 1, 1)[0]![0]).toContain('English o Español');
    // Six tables and Settings.
    expect(emulator.counters.byMethod['Range.setNotes']).toBe(7);
  });

  it('are a help, not a requirement: without the notes file the workbook is still built', () => {
    // A deployment that lost dist/HeaderNotes.html: every other file as built.
    const dist = mkdtempSync(join(tmpdir(), 'okr-dist-'));
    for (const file of readdirSync(DIST_DIR).filter((name) => name !== 'HeaderNotes.html'))
      copyFileSync(join(DIST_DIR, file), join(dist, file));
    const emulator = createEmulator({ locale: 'en_US', now: NOW, distDir: dist });
    emulator.run('createOrUpgradeWorkbook');
    expect(emulator.sheetValues('People')[0]).toContain('Next 1:1');
    expect(notesOf(emulator, 'People', 1, 6)[0]).toEqual(['', '', '', '', '', '']);
    expect(lastToast(emulator)).toContain('ready');
    rmSync(dist, { recursive: true, force: true });
  });

  it('keeps a note a person wrote, fills a cleared one, and writes nothing when all are in place', () => {
    const emulator = freshEmulator('en_US');
    emulator.run('createOrUpgradeWorkbook');
    const people =
      emulator.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!;
    people.getRange(1, 1).setNote('Full legal name, please');
    people.getRange(1, 6).clearNote();
    emulator.resetCounters();
    emulator.run('createOrUpgradeWorkbook');
    const [notes] = notesOf(emulator, 'People', 1, 6);
    expect(notes![0]).toBe('Full legal name, please');
    expect(notes![5]).toMatch(/^Optional: a date that overrides the next meeting/);
    expect(emulator.counters.byMethod['Range.setNotes']).toBe(1);

    emulator.resetCounters();
    emulator.run('createOrUpgradeWorkbook');
    expect(emulator.counters.byMethod['Range.setNotes'] ?? 0).toBe(0);
    expect(notesOf(emulator, 'People', 1, 1)[0]![0]).toBe('Full legal name, please');
  });

  it('follow the workbook language when it changes, but a person’s note stays', () => {
    const emulator = freshEmulator('en_US');
    emulator.run('createOrUpgradeWorkbook');
    const spreadsheet = emulator.services.SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.getSheetByName('Key Results')!.getRange(1, 3).setNote('Ours: one line each');
    spreadsheet.getSheetByName('Settings')!.getRange(1, 2).setValue('Español');
    emulator.run('createOrUpgradeWorkbook');
    const [notes] = notesOf(emulator, 'Key Results', 1, 5);
    expect(notes![2]).toBe('Ours: one line each');
    expect(notes![4]).toMatch(/^Cómo se mide el progreso/);
  });
});

describe('Upgrade of a workbook a person has edited', () => {
  let emulator: Emulator;
  let before: Map<string, unknown>;
  let beforeObjectives: Map<string, unknown>;
  beforeAll(() => {
    emulator = freshEmulator('en_US');
    // Columns reordered, one of the person's own in the middle, some missing, the sheet
    // named in Spanish; Objectives with a number typed over the Progress formula.
    emulator.writeSheet('Resultados clave', [
      ['Key result', 'My notes', 'Target', 'ID', 'Start', 'objective id', 'CURRENT', 'Owner'],
      ['Answer hot leads within an hour', 'call Ana', 1, 'KR1', 0.55, 'O1', 0.8, 'ana@x.com'],
      ['Close rate 80%', '', 0.8, 'KR2', 0.5, 'O1', 'n/a', 'ana@x.com'],
      ['', 'note on an empty row', '', '', '', '', '', ''],
      ['Churn 12% → 7%', '=1+1', 0.07, 'KR3', 0.12, 'O2', 0.09, ''],
    ]);
    emulator.writeSheet('Objectives', [
      ['ID', 'Objective', 'Team', 'Progress', 'Parent ID', 'Owner', 'Level', 'Weight', 'Status'],
      ['O1', 'Sell better', 'Sales', 0.99, '', 'ana@x.com', 'Team', 1, 'great'],
      ['O2', 'Keep customers', 'Service', '', 'O1', '', 'Team', 1, ''],
    ]);
    before = typedCells(emulator, 'Resultados clave');
    beforeObjectives = typedCells(emulator, 'Objectives');
    emulator.run('createOrUpgradeWorkbook');
    recalculateStackedFormulas(emulator);
  });

  it('keeps every cell the person typed in the same place', () => {
    const after = typedCells(emulator, 'Resultados clave');
    for (const [cell, value] of before) expect([cell, after.get(cell)]).toEqual([cell, value]);
    expect(emulator.sheetFormulas('Resultados clave')[4][1]).toBe('=1+1');
    const objectives = typedCells(emulator, 'Objectives');
    // Even the values typed over the computed columns (Progress D2, Status I2) stay.
    for (const [cell, value] of beforeObjectives) {
      expect([cell, objectives.get(cell)]).toEqual([cell, value]);
    }
  });

  it('finds the sheet under its Spanish name and adds only the missing columns, at the end', () => {
    expect(templateSheetNames(emulator).filter((name) => /result/i.test(name))).toEqual([
      'Resultados clave',
    ]);
    const header = emulator.sheetValues('Resultados clave')[0];
    expect(header.slice(0, 8)).toEqual([
      'Key result',
      'My notes',
      'Target',
      'ID',
      'Start',
      'objective id',
      'CURRENT',
      'Owner',
    ]);
    expect(header.slice(8)).toEqual([
      'Type',
      'Unit',
      'Weight',
      'Progress',
      'Expected',
      'Status',
      'Confidence',
      'Last check-in',
      'Last comment',
      'Period',
      'Continues',
    ]);
  });

  it('builds the formulas from the columns where they are, and computes each row', () => {
    const formulas = emulator.sheetFormulas('Resultados clave');
    expect(formulas[1][11]).toBe('=KR_PROGRESS(E2:E, C2:C, G2:G, I2:I)');
    const progress = emulator.sheetValues('Resultados clave').map((row) => row[11]);
    expect(progress[1]).toBeCloseTo(0.25 / 0.45, 9);
    expect(String(progress[2])).toMatch(/^#VALUE!/);
    expect(progress[3]).toBe('');
    expect(progress[4]).toBeCloseTo(0.6, 9);
  });

  it('leaves values typed over computed columns, and says which columns and what to do', () => {
    expect(emulator.sheetFormulas('Objectives')[1][3]).toBe('');
    expect(emulator.sheetValues('Objectives')[1][3]).toBe(0.99);
    expect(lastToast(emulator)).toContain(
      'Left Progress (Objectives), Status (Objectives) as they are: the column holds your own formulas or values.',
    );
    expect(lastToast(emulator)).toContain('clear that column below its header');
    expect(lastToast(emulator)).not.toContain('Restored');
  });

  it('creates the sheets that were missing', () => {
    expect(templateSheetNames(emulator)).toEqual(
      expect.arrayContaining([
        'Dashboard',
        'Check-ins',
        'People',
        'KPIs',
        'Settings',
        'Reminder log',
      ]),
    );
  });
});

describe('Changing the workbook language in Settings, then upgrading', () => {
  it('switches the status labels, their colours and the dropdown words, keeping the person’s rules', () => {
    const emulator = freshEmulator('en_US');
    emulator.run('createOrUpgradeWorkbook');
    emulator.writeSheet('Key Results', [['KR1', 'O1', 'Sell', 'a@x.com', 'increase', 0, 10, 9]], 2);
    emulator.execute(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Key Results')!;
      const mine = SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo('VIP')
        .setBackground('#000000')
        .setRanges([sheet.getRange('C2:C')])
        .build();
      sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), mine]);
    });
    emulator.writeSheet('Settings', [['Language', 'Español']]);
    emulator.run('createOrUpgradeWorkbook');
    expect(emulator.sheetValues('Key Results')[1][12]).toBe('En camino');
    const sheet = emulator.sheet('Key Results');
    const labels = sheet.conditionalFormatRules
      .filter((rule) => rule.condition === 'TEXT_EQ')
      .map((rule) => rule.values[0]);
    expect(labels).toEqual([
      'VIP',
      'En camino',
      'En riesgo',
      'Desviado',
      'En camino',
      'En riesgo',
      'Desviado',
    ]);
    expect(sheet.cells.get('2,5')?.validation?.criteriaValues[0]).toContain('aumentar');
    expect(lastToast(emulator)).toBe(
      'El libro de OKRs está al día. No se cambió nada de lo que escribiste.',
    );
  });
});

describe('A spreadsheet that already has the person’s own sheet', () => {
  it('keeps it, data and all', () => {
    const emulator = freshEmulator('en_US');
    emulator.writeSheet('Sheet1', [
      ['my', 'numbers'],
      [1, 2],
    ]);
    emulator.run('createOrUpgradeWorkbook');
    expect(emulator.sheetValues('Sheet1')).toEqual([
      ['my', 'numbers'],
      [1, 2],
    ]);
  });
});

describe.each([
  [
    'en_US',
    'Dashboard',
    'Dashboard (OKRs)',
    'OKR dashboard',
    'Your own sheet "Dashboard" was left untouched; the OKR dashboard is in the sheet "Dashboard (OKRs)".',
  ],
  [
    'es_AR',
    'Tablero',
    'Tablero (OKRs)',
    'Tablero de OKRs',
    'Tu hoja «Tablero» quedó como estaba; el tablero de OKRs está en la hoja «Tablero (OKRs)».',
  ],
])(
  'A person’s own sheet named like the Dashboard (%s)',
  (locale, name, addonName, title, toast) => {
    const mine = [
      ['Budget', 'Amount'],
      ['Rent', 1200],
      ['Travel', 300],
    ];

    it('is never cleared: the add-on’s dashboard goes to a free name, and stays there', () => {
      const emulator = freshEmulator(locale);
      emulator.writeSheet(name, mine);
      emulator.run('createOrUpgradeWorkbook');
      expect(emulator.sheetValues(name)).toEqual(mine);
      expect(emulator.sheetValues(addonName)[0][0]).toBe(title);
      expect(lastToast(emulator)).toContain(toast);
      const sheetId = emulator.spreadsheet.sheetByName(addonName)!.id;
      expect(emulator.propertyStores.document['okrSheets.dashboardSheetId']).toBe(String(sheetId));

      const sheetsBefore = emulator.spreadsheet.sheets.map((sheet) => sheet.name);
      emulator.run('insertExampleOkrs');
      emulator.run('createOrUpgradeWorkbook');
      expect(emulator.sheetValues(name)).toEqual(mine);
      // The only new sheet is the examples' sales data, which the live example KR sums.
      const sales = locale.startsWith('es') ? 'Ventas' : 'Sales';
      expect(emulator.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual([
        ...sheetsBefore,
        sales,
      ]);
      expect(emulator.sheetValues(addonName)[0][0]).toBe(title);
    });
  },
);

describe('Which sheet is the add-on’s Dashboard', () => {
  it('is the one it created even after it is renamed and a person adds their own "Dashboard"', () => {
    const emulator = freshEmulator('en_US');
    emulator.run('createOrUpgradeWorkbook');
    emulator.spreadsheet.renameSheet(
      emulator.spreadsheet.sheetByName('Dashboard')!,
      'OKR overview',
    );
    emulator.writeSheet('Dashboard', [['my own notes']]);
    emulator.run('createOrUpgradeWorkbook');
    expect(emulator.sheetValues('Dashboard')).toEqual([['my own notes']]);
    expect(emulator.sheetValues('OKR overview')[0][0]).toBe('OKR dashboard');
    expect(emulator.spreadsheet.sheetByName('Dashboard (OKRs)')).toBeUndefined();
  });

  it('is the sheet named Dashboard with the add-on’s title when none was recorded (older workbooks)', () => {
    const emulator = freshEmulator('en_US');
    emulator.writeSheet('Dashboard', [['OKR dashboard'], ['stale line']]);
    emulator.run('createOrUpgradeWorkbook');
    expect(emulator.spreadsheet.sheetByName('Dashboard (OKRs)')).toBeUndefined();
    expect(emulator.sheetValues('Dashboard')[0][0]).toBe('OKR dashboard');
    expect(emulator.sheetValues('Dashboard').flat()).not.toContain('stale line');
    expect(emulator.propertyStores.document['okrSheets.dashboardSheetId']).toBe(
      String(emulator.spreadsheet.sheetByName('Dashboard')!.id),
    );
  });
});

describe('A computed column blocked by values typed below row 2', () => {
  it('is reported, and the typed values are kept', () => {
    const emulator = freshEmulator('en_US');
    emulator.run('createOrUpgradeWorkbook');
    emulator.writeSheet('Key Results', [['KR1', 'O1', 'Sell', 'a@x.com', '', 0, 10, 5]], 2);
    emulator.writeSheet('Key Results', [[0.5]], 4, 11);
    expect(emulator.sheetValues('Key Results')[1][10]).toBe('#REF!');
    emulator.run('createOrUpgradeWorkbook');
    expect(lastToast(emulator)).toBe(
      'Values typed below row 2 stop Progress (Key Results) from filling in (it shows #REF!): clear those cells.',
    );
    expect(emulator.sheetValues('Key Results')[3][10]).toBe(0.5);
  });
});

describe('Sheets deleted or renamed later', () => {
  it('recreates a deleted sheet and keeps a sheet renamed to the other language', () => {
    const emulator = freshEmulator('en_US');
    emulator.run('createOrUpgradeWorkbook');
    emulator.execute(({ SpreadsheetApp }) => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      spreadsheet.deleteSheet(spreadsheet.getSheetByName('KPIs')!);
      spreadsheet.getSheetByName('People')!.setName('Personas');
    });
    emulator.writeSheet('Personas', [['Ana', 'ana@x.com', 'Sales']], 2);
    emulator.run('createOrUpgradeWorkbook');
    expect(templateSheetNames(emulator)).toEqual([
      'Dashboard',
      'Objectives',
      'Key Results',
      'Check-ins',
      'Personas',
      'KPIs',
      'Settings',
      'Reminder log',
    ]);
    expect(emulator.sheetValues('Personas')[1].slice(0, 3)).toEqual(['Ana', 'ana@x.com', 'Sales']);
    expect(lastToast(emulator)).toBe('Added sheets: KPIs.');
  });
});

/** A workbook with `count` KRs under count/4 objectives, typed as a person would. */
function workbookWithKeyResults(count: number): Emulator {
  const emulator = freshEmulator('en_US');
  emulator.run('createOrUpgradeWorkbook');
  const objectives = Math.max(1, Math.floor(count / 4));
  emulator.writeSheet(
    'Objectives',
    Array.from({ length: objectives }, (_, n) => [
      `O${n + 1}`,
      `Objective ${n + 1}`,
      'Team',
      `Team ${n % 7}`,
      'ana@x.com',
      n === 0 ? '' : 'O1',
      1,
    ]),
    2,
  );
  emulator.writeSheet(
    'Key Results',
    Array.from({ length: count }, (_, n) => [
      `KR${n + 1}`,
      `O${(n % objectives) + 1}`,
      `Key result ${n + 1}`,
      'ana@x.com',
      'increase',
      0,
      100,
      n % 100,
    ]),
    2,
  );
  return emulator;
}

describe('Spreadsheet calls and custom-function cells do not grow with the rows', () => {
  function upgradeCalls(count: number) {
    const emulator = workbookWithKeyResults(count);
    const cells = customFunctionCells(emulator);
    emulator.resetCounters();
    const cpu = process.cpuUsage();
    emulator.run('createOrUpgradeWorkbook');
    const cpuUsed = process.cpuUsage(cpu);
    const cpuMs = Math.round((cpuUsed.user + cpuUsed.system) / 1000);
    const { byMethod, total } = emulator.counters;
    const after = customFunctionCells(emulator).length;
    // A check-in changes one Current value: the recalculation it triggers.
    emulator.resetCounters();
    emulator.writeSheet('Key Results', [[55]], 2, 8);
    const executions = emulator.counters.customFunctionExecutions;
    return { total, byMethod, cells: cells.length, after, executions, cpuMs };
  }

  it('is the same at 100 and 10,000 key results', () => {
    const small = upgradeCalls(100);
    const large = upgradeCalls(10_000);
    // The one difference allowed: the Dashboard grows once (one call) to list 2,500 objectives.
    const { 'Sheet.insertRowsAfter': grow, ...largeCalls } = large.byMethod;
    expect(grow).toBe(1);
    expect(largeCalls).toEqual(small.byMethod);
    expect(large.total).toBe(small.total + 1);
    expect(large.cells).toBe(small.cells);
    expect(large.after).toBe(small.after);
    expect(large.executions).toBe(small.executions);
    expect(small.executions).toBeGreaterThan(0);
    // KR_PROGRESS, KR_STATUS (KRs), OKR_CASCADE, KR_STATUS (objectives), KPI_STATUS,
    // KR_EXPECTED (Settings), OKR_ROLLUP (Dashboard).
    expect(small.after).toBe(7);
    console.log(
      `create/upgrade: ${small.total} spreadsheet calls at 100 KRs, ${large.total} at 10,000; ${small.after} custom-function cells; ${small.executions} custom-function executions per edit at both sizes; CPU ${small.cpuMs} ms / ${large.cpuMs} ms (emulator included)`,
    );
  });
});
