import type { Emulator } from '../../emulator';
import { lastToast } from './fixtures/observations';
import { freshEmulator, recalculateStackedFormulas } from './fixtures/workbookFixture';

function column(emulator: Emulator, sheet: string, header: string): unknown[] {
  const values = emulator.sheetValues(sheet);
  const index = values[0].indexOf(header);
  return values.slice(1).map((row) => row[index]);
}

describe.each([
  [
    'en_US',
    'Key Results',
    'Objectives',
    'Status',
    ['On track', 'At risk', 'Off track'],
    'Added the example OKRs: 4 objectives, 12 key results, 6 people and 4 KPIs.',
    'first Tuesday',
  ],
  [
    'es_AR',
    'Resultados clave',
    'Objetivos',
    'Estado',
    ['En camino', 'En riesgo', 'Desviado'],
    'Se agregaron los OKRs de ejemplo: 4 objetivos, 12 resultados clave, 6 personas y 4 KPIs.',
    'primer martes',
  ],
])(
  'Insert example OKRs into a blank spreadsheet (%s)',
  (locale, keyResults, objectives, status, labels, toast, schedule) => {
    let emulator: Emulator;
    beforeAll(() => {
      emulator = freshEmulator(locale);
      emulator.run('insertExampleOkrs');
      recalculateStackedFormulas(emulator);
    });

    it('creates the workbook and adds the examples without asking', () => {
      expect(emulator.ui.alerts).toEqual([]);
      expect(lastToast(emulator)).toBe(toast);
    });

    it('gives the key results a mix of green, yellow and red', () => {
      const statuses = column(emulator, keyResults, status).filter((value) => value !== '');
      expect(statuses).toHaveLength(12);
      for (const label of labels) expect(statuses).toContain(label);
    });

    it('cascades the company objective from the team objectives', () => {
      const progress = column(
        emulator,
        objectives,
        objectives === 'Objectives' ? 'Progress' : 'Progreso',
      ).slice(0, 4) as number[];
      for (const value of progress) expect(typeof value).toBe('number');
      // O1 = mean of its 3 KRs and its 3 child objectives.
      const krProgress = column(
        emulator,
        keyResults,
        keyResults === 'Key Results' ? 'Progress' : 'Progreso',
      ).slice(0, 3) as number[];
      const expected =
        (krProgress.reduce((sum, value) => sum + value, 0) +
          progress[1] +
          progress[2] +
          progress[3]) /
        6;
      expect(progress[0]).toBeCloseTo(expected, 9);
    });

    it('has people with managers and monthly 1:1 schedules, a check-in history and KPIs', () => {
      const people = emulator.sheetValues(locale.startsWith('es') ? 'Personas' : 'People');
      expect(people).toHaveLength(7);
      expect(people.map((row) => row[4])).toContain(schedule);
      expect(
        emulator.sheetValues(locale.startsWith('es') ? 'Seguimiento' : 'Check-ins'),
      ).toHaveLength(1 + 36);
      const kpiStatus = column(emulator, 'KPIs', status).filter((value) => value !== '');
      expect(new Set(kpiStatus).size).toBe(2);
    });

    it('passes its own OKR review', () => {
      emulator.run('reviewOkrs');
      expect(lastToast(emulator)).toMatch(/No problems found|No se encontraron problemas/);
    });
  },
);

describe('Insert example OKRs into a workbook that has data', () => {
  function workbookWithData(): { emulator: Emulator; before: unknown[][] } {
    const emulator = freshEmulator('en_US');
    emulator.run('createOrUpgradeWorkbook');
    emulator.writeSheet('Objectives', [['O1', 'My own objective', 'Team', 'Ops', 'me@x.com']], 2);
    emulator.writeSheet('Key Results', [['KR1', 'O1', 'My KR', 'me@x.com', '', 0, 10, 4]], 2);
    return { emulator, before: emulator.sheetValues('Key Results') };
  }

  it('asks first, and adds nothing when the answer is no', () => {
    const { emulator, before } = workbookWithData();
    emulator.ui.queueResponse('NO');
    emulator.run('insertExampleOkrs');
    expect(emulator.ui.alerts.map((alert) => alert.title)).toEqual(['Insert example OKRs?']);
    expect(emulator.sheetValues('Key Results')).toEqual(before);
    expect(lastToast(emulator)).toBe('No examples were added.');
  });

  it('adds them below the existing rows with their own IDs when the answer is yes', () => {
    const { emulator, before } = workbookWithData();
    emulator.ui.queueResponse('YES');
    emulator.run('insertExampleOkrs');
    const after = emulator.sheetValues('Key Results');
    expect(after.slice(0, 2).map((row) => row.slice(0, 8))).toEqual(
      before.slice(0, 2).map((row) => row.slice(0, 8)),
    );
    expect(after.slice(2).map((row) => row[0])).toEqual(
      expect.arrayContaining(['EX-KR1.1', 'EX-KR4.3']),
    );
    expect(after[2][1]).toBe('EX-O1');
    const objectives = emulator
      .sheetValues('Objectives')
      .map((row) => row[0])
      .filter((id) => id !== '');
    expect(objectives).toEqual(['ID', 'O1', 'EX-O1', 'EX-O2', 'EX-O3', 'EX-O4']);
  });

  it('asks without holding the document lock, and re-reads under it before writing', () => {
    const { emulator } = workbookWithData();
    const heldWhileAsking: string[][] = [];
    const answer = emulator.ui.nextResponse.bind(emulator.ui);
    emulator.ui.nextResponse = (buttons) => {
      heldWhileAsking.push([...emulator.locks.holders.keys()]);
      // Someone adds a key result while the question is open: it must stay, above the examples.
      const rows = emulator.sheetValues('Key Results').length;
      emulator.writeSheet('Key Results', [['KR9', 'O1', 'Added meanwhile', 'b@x.com']], rows + 1);
      return answer(buttons);
    };
    emulator.ui.queueResponse('YES');
    const eventsBefore = emulator.lockEvents.length;
    emulator.run('insertExampleOkrs');
    expect(heldWhileAsking).toEqual([[]]);
    const ids = emulator.sheetValues('Key Results').map((row) => row[0]);
    expect(ids).toContain('KR9');
    expect(ids.indexOf('EX-KR1.1')).toBeGreaterThan(ids.indexOf('KR9'));
    expect(emulator.lockEvents.slice(eventsBefore).map((event) => event.event)).toEqual([
      'acquired',
      'released',
    ]);
  });

  it('does not add them a second time', () => {
    const emulator = freshEmulator('en_US');
    emulator.run('insertExampleOkrs');
    const before = emulator.sheetValues('Key Results');
    emulator.run('insertExampleOkrs');
    expect(emulator.ui.alerts).toEqual([]);
    expect(lastToast(emulator)).toBe(
      'The example OKRs are already in this workbook (IDs O1–KR4.3).',
    );
    expect(emulator.sheetValues('Key Results')).toEqual(before);
  });
});

describe('Insert example OKRs spreadsheet calls do not grow with the rows', () => {
  function insertCalls(count: number): Record<string, number> {
    const emulator = freshEmulator('en_US');
    emulator.run('createOrUpgradeWorkbook');
    emulator.writeSheet(
      'Key Results',
      Array.from({ length: count }, (_, n) => [
        `KR${n + 1}`,
        'O1',
        `KR ${n + 1}`,
        'a@x.com',
        '',
        0,
        10,
        3,
      ]),
      2,
    );
    emulator.resetCounters();
    emulator.ui.queueResponse('YES');
    emulator.run('insertExampleOkrs');
    expect(emulator.sheetValues('Key Results')[count + 1][0]).toBe('KR1.1');
    return emulator.counters.byMethod;
  }

  it('is the same at 100 and 10,000 key results', () => {
    // The one difference allowed: the full sheet grows once (one call) to take the examples.
    const { 'Sheet.insertRowsAfter': grow, ...large } = insertCalls(10_000);
    expect(grow).toBe(1);
    expect(large).toEqual(insertCalls(100));
  });
});

describe("Insert example OKRs: the examples' live key result", () => {
  const context = (emulator: Emulator) =>
    emulator.callFromClient('getCheckInContext') as {
      keyResults: { id: string; current: unknown; source?: string }[];
    };
  const revenue = (emulator: Emulator) =>
    context(emulator).keyResults.find((keyResult) => keyResult.id === 'KR1.1');

  it('sums a Ventas sheet the add-on makes, and follows it', () => {
    const emulator = freshEmulator('es_AR');
    emulator.run('insertExampleOkrs');
    const ventas = emulator.sheetValues('Ventas');
    expect(ventas[0]).toEqual(['Mes', 'Facturación']);
    const months = ventas.slice(1, 4).map((row) => row[1] as number);
    const sum = months.reduce((total, value) => total + value, 0);
    expect(sum).toBeGreaterThan(0);
    const current = column(emulator, 'Resultados clave', 'Actual');
    expect(emulator.sheetFormulas('Resultados clave')[1]![7]).toBe('=SUM(Ventas!B2:B4)');
    expect(current[0]).toBe(sum);
    expect(revenue(emulator)).toMatchObject({ current: sum, source: '=SUM(Ventas!B2:B4)' });
    // The last example check-in of KR1.1 is the value the formula shows.
    const history = emulator.sheetValues('Seguimiento').filter((row) => row[1] === 'KR1.1');
    expect(history.at(-1)![2]).toBe(sum);
    // The other example KRs are plain.
    expect(context(emulator).keyResults.filter((keyResult) => keyResult.source)).toHaveLength(1);

    emulator.writeSheet('Ventas', [[months[2]! + 500]], 4, 2);
    expect(revenue(emulator)?.current).toBe(sum + 500);
  });

  it("never writes a person's Sales sheet: the add-on's gets another name", () => {
    const emulator = freshEmulator('en_US');
    emulator.writeSheet('Sales', [['mine', 1]]);
    emulator.run('insertExampleOkrs');
    expect(emulator.sheetValues('Sales')).toEqual([['mine', 1]]);
    expect(emulator.sheetValues('Sales (OKRs)')[0]).toEqual(['Month', 'Revenue']);
    expect(emulator.sheetFormulas('Key Results')[1]![7]).toBe("=SUM('Sales (OKRs)'!B2:B4)");
    expect(revenue(emulator)?.source).toBe("=SUM('Sales (OKRs)'!B2:B4)");
  });
});
