// The OKR cycle against the template workbook with its example OKRs, in English and
// Spanish: the mid-period review, closing a period, the next period, carrying unfinished
// key results over, and the refusal to close a period twice. Every cell a person typed
// before is compared after: only the three Settings cells of the period may change, and
// only when the person agreed to start the next period.
import type { Emulator } from '../../emulator';
import type { Language } from '../../src/core/i18n/language';
import {
  CHECK_INS_SHEET,
  HISTORY_SHEET,
  KEY_RESULTS_SHEET,
  midPeriodReviewSheetName,
  OBJECTIVES_SHEET,
  SETTINGS_SHEET,
} from '../../src/core/workbook/schema';
import {
  changedCells,
  rowOf,
  rowsByKey,
  templateWorkbook,
  userCells,
} from './fixtures/cycleFixture';

const DAY_MS = 86_400_000;

const WORDS = {
  en: {
    green: 'On track',
    yellow: 'At risk',
    red: 'Off track',
    byTeam: 'Key results by team',
    byObjective: 'Key results by objective',
    changes: 'Status changes since the previous review',
    stale: 'No check-in in the last 14 days',
    all: 'All key results on the review date',
    keyResult: 'Key result',
    objective: 'Objective',
    refusedTitle: 'Period already closed',
    closeTitle: 'Close period 2026-Q4?',
  },
  es: {
    green: 'En camino',
    yellow: 'En riesgo',
    red: 'Desviado',
    byTeam: 'Resultados clave por equipo',
    byObjective: 'Resultados clave por objetivo',
    changes: 'Cambios de estado desde la revisión anterior',
    stale: 'Sin seguimiento en los últimos 14 días',
    all: 'Todos los resultados clave a la fecha de revisión',
    keyResult: 'Resultado clave',
    objective: 'Objetivo',
    refusedTitle: 'Período ya cerrado',
    closeTitle: '¿Cerrar el período 2026-Q4?',
  },
} as const;

/** Rows of the review section titled `title`, below its header row, up to the blank row. */
function section(emulator: Emulator, sheet: string, title: string): unknown[][] {
  const values = emulator.sheetValues(sheet);
  const start = values.findIndex((cells) => cells[0] === title);
  if (start < 0) throw new Error(`no section ${title}`);
  const rows: unknown[][] = [];
  for (let index = start + 2; index < values.length; index++) {
    if (values[index].every((cell) => cell === '')) break;
    rows.push(values[index]);
  }
  return rows;
}

function sheetId(emulator: Emulator, name: string): number {
  return emulator.spreadsheet.sheets.find((sheet) => sheet.name === name)!.id;
}

describe.each(['en', 'es'] as const)('the OKR cycle in %s', (language: Language) => {
  const words = WORDS[language];
  const keyResultsName = KEY_RESULTS_SHEET.name[language];
  const settingsName = SETTINGS_SHEET.name[language];

  function expectedCounts(emulator: Emulator): Map<string, number[]> {
    const teams = new Map(
      rowsByKey(emulator, OBJECTIVES_SHEET.name[language], OBJECTIVES_SHEET).map((objective) => [
        objective.id,
        objective.team as string,
      ]),
    );
    const counts = new Map<string, number[]>();
    for (const keyResult of rowsByKey(emulator, keyResultsName, KEY_RESULTS_SHEET)) {
      const team = teams.get(keyResult.objectiveId)!;
      const row = counts.get(team) ?? [0, 0, 0, 0, 0];
      const index = [words.green, words.yellow, words.red].indexOf(keyResult.status as never);
      row[index >= 0 ? index : 3]++;
      row[4]++;
      counts.set(team, row);
    }
    return counts;
  }

  it('writes the review sheet: counts per team and objective, links to KR rows, time elapsed; changes no typed cell', () => {
    const emulator = templateWorkbook(language);
    const before = userCells(emulator);
    emulator.run('midPeriodReview');
    const name = midPeriodReviewSheetName('2026-11-22', language);
    expect(name).toBe(language === 'es' ? 'Revisión 2026-11-22' : 'Review 2026-11-22');
    const display = emulator.sheetDisplayValues(name);
    expect(display[3].slice(0, 3)).toEqual([
      language === 'es' ? 'Tiempo transcurrido' : 'Time elapsed',
      '57%',
      language === 'es' ? '52 de 91 días' : '52 of 91 days',
    ]);

    const byTeam = section(emulator, name, words.byTeam);
    const expected = expectedCounts(emulator);
    expect(byTeam).toHaveLength(expected.size);
    for (const row of byTeam) expect(row.slice(1, 6)).toEqual(expected.get(row[0] as string));
    const byObjective = section(emulator, name, words.byObjective);
    expect(byObjective.map((row) => row[0])).toEqual(['O1', 'O2', 'O3', 'O4']);
    expect(byObjective.reduce((sum, row) => sum + (row[7] as number), 0)).toBe(12);

    // Every KR of "all key results" links to its own row of Key Results.
    const gid = sheetId(emulator, keyResultsName);
    const values = emulator.sheetValues(name);
    const formulas = emulator.sheetFormulas(name);
    const allStart = values.findIndex((cells) => cells[0] === words.all) + 2;
    const keyResultIds = rowsByKey(emulator, keyResultsName, KEY_RESULTS_SHEET).map(
      (row) => row.id as string,
    );
    keyResultIds.forEach((id, offset) => {
      expect(values[allStart + offset][0]).toBe(id);
      expect(formulas[allStart + offset][0]).toBe(
        `=HYPERLINK("#gid=${gid}&range=A${rowOf(emulator, keyResultsName, 0, id)}", "${id}")`,
      );
    });

    expect(changedCells(before, userCells(emulator))).toEqual([]);
    expect(emulator.ui.toasts.at(-1)?.message).toContain(name);

    // Run again the same day: the same sheet is refreshed, not a second one added.
    const sheetCount = emulator.spreadsheet.sheets.length;
    emulator.run('midPeriodReview');
    expect(emulator.spreadsheet.sheets.length).toBe(sheetCount);
    expect(emulator.sheetValues(name)).toEqual(values);
  });

  it('shows status changes since the previous review and key results without a recent check-in', () => {
    const emulator = templateWorkbook(language);
    emulator.run('midPeriodReview');
    // KR2.2 reaches its target: Off track → On track.
    const [header] = emulator.sheetValues(keyResultsName);
    const currentColumn = header.indexOf(
      KEY_RESULTS_SHEET.columns.find((c) => c.key === 'current')!.header[language],
    );
    const targetColumn = header.indexOf(
      KEY_RESULTS_SHEET.columns.find((c) => c.key === 'target')!.header[language],
    );
    const row = rowOf(emulator, keyResultsName, 0, 'KR2.2');
    const target = emulator.sheetValues(keyResultsName)[row - 1][targetColumn];
    emulator.writeSheet(keyResultsName, [[target]], row, currentColumn + 1);
    emulator.clock.advance(20 * DAY_MS);
    emulator.run('midPeriodReview');

    const later = midPeriodReviewSheetName('2026-12-12', language);
    const changes = section(emulator, later, words.changes);
    expect(changes.map((cells) => [cells[0], cells[4], cells[5]])).toEqual([
      ['KR2.2', words.red, words.green],
    ]);
    // Every example check-in is from 2026-11-21 or 22: 20 days before the new review.
    expect(section(emulator, later, words.stale)).toHaveLength(12);
    // The first review is still there: nothing is deleted.
    expect(emulator.spreadsheet.sheets.map((sheet) => sheet.name)).toContain(
      midPeriodReviewSheetName('2026-11-22', language),
    );
  });

  it('closes the period into History, starts the next one and carries unfinished KRs over with new IDs', () => {
    const emulator = templateWorkbook(language);
    const before = userCells(emulator);
    const keyResultsBefore = rowsByKey(emulator, keyResultsName, KEY_RESULTS_SHEET);
    const objectivesBefore = rowsByKey(emulator, OBJECTIVES_SHEET.name[language], OBJECTIVES_SHEET);
    const checkInsBefore = emulator.sheetValues(CHECK_INS_SHEET.name[language]);
    emulator.clock.set(new Date('2026-12-31T20:00:00Z'));
    for (const answer of ['YES', 'OK', 'YES', 'OK', 'YES', 'OK'] as const)
      emulator.ui.queueResponse(answer);
    emulator.run('closePeriod');

    const [confirmation, closed, nextQuestion, carryQuestion, carried] = emulator.ui.alerts;
    expect(confirmation.title).toBe(words.closeTitle);
    expect(confirmation.buttons).toBe('YES_NO');
    expect(confirmation.prompt).toContain(
      language === 'es' ? 'Se agregarán 16 filas' : 'add 16 rows',
    );
    expect(closed.prompt).toContain(
      language === 'es' ? 'zona ideal 0,6–0,7' : 'sweet spot 0.6–0.7',
    );
    expect(nextQuestion.prompt).toContain('2027-Q1');
    // Days as the sheet shows them in its locale (es_AR day first, en_US month first).
    expect(nextQuestion.prompt).toContain(language === 'es' ? '01/01/2027' : '1/1/2027');
    expect(emulator.ui.prompts[0].prompt).toContain(
      language === 'es' ? '2027-Q1; 01/01/2027; 31/03/2027' : '2027-Q1; 1/1/2027; 3/31/2027',
    );

    // History: one row per objective and KR, with the sheet's final progress, status and comment.
    const historyName = HISTORY_SHEET.name[language];
    const history = rowsByKey(emulator, historyName, HISTORY_SHEET);
    expect(history).toHaveLength(objectivesBefore.length + keyResultsBefore.length);
    for (const keyResult of keyResultsBefore) {
      const entry = history.find((row) => row.id === keyResult.id)!;
      expect(entry).toMatchObject({
        period: '2026-Q4',
        kind: words.keyResult,
        parentId: keyResult.objectiveId,
        title: keyResult.keyResult,
        owner: keyResult.owner,
        progress: keyResult.progress,
        status: keyResult.status,
        lastComment: keyResult.lastComment,
      });
      expect((entry.periodStart as Date).toISOString()).toBe('2026-10-01T03:00:00.000Z');
      expect((entry.closedOn as Date).toISOString()).toBe('2026-12-31T03:00:00.000Z');
    }
    expect(history.filter((row) => row.kind === words.objective).map((row) => row.team)).toEqual(
      objectivesBefore.map((objective) => objective.team),
    );

    // The next period in Settings; every other typed cell as it was; check-ins kept.
    const settings = emulator.sheetValues(settingsName);
    const settingRow = (key: string) =>
      settings.findIndex(
        (cells) => cells[0] === SETTINGS_SHEET.columns.find((c) => c.key === key)!.header[language],
      ) + 1;
    expect(settings[settingRow('period') - 1][1]).toBe('2027-Q1');
    expect((settings[settingRow('periodStart') - 1][1] as Date).toISOString()).toBe(
      '2027-01-01T03:00:00.000Z',
    );
    expect((settings[settingRow('periodEnd') - 1][1] as Date).toISOString()).toBe(
      '2027-03-31T03:00:00.000Z',
    );
    const changed = changedCells(before, userCells(emulator)).sort();
    expect(changed).toEqual(
      ['period', 'periodStart', 'periodEnd']
        .map((key) => `${settingsName}!${settingRow(key)},2`)
        .sort(),
    );
    expect(emulator.sheetValues(CHECK_INS_SHEET.name[language])).toEqual(checkInsBefore);

    // Unfinished KRs (all twelve are under 100%) come back as new rows with new IDs.
    const keyResultsAfter = rowsByKey(emulator, keyResultsName, KEY_RESULTS_SHEET);
    const added = keyResultsAfter.slice(keyResultsBefore.length);
    const unfinished = keyResultsBefore.filter((keyResult) => (keyResult.progress as number) < 1);
    expect(added).toHaveLength(unfinished.length);
    const oldIds = new Set(keyResultsBefore.map((keyResult) => keyResult.id));
    added.forEach((row, index) => {
      const source = unfinished[index];
      expect(oldIds.has(row.id)).toBe(false);
      expect(row).toMatchObject({
        objectiveId: source.objectiveId,
        keyResult: source.keyResult,
        owner: source.owner,
        start: source.start,
        target: source.target,
        current: source.current,
        progress: source.progress,
        lastComment: '',
      });
    });
    expect(new Set(added.map((row) => row.id)).size).toBe(added.length);
    expect(added[0].id).toBe('KR1.4');
    expect(carryQuestion.prompt).toContain('KR1.4');
    expect(carried.prompt).toContain('KR1.4');

    // A review in the new period counts only its own key results.
    emulator.clock.set(new Date('2027-01-20T15:00:00Z'));
    emulator.run('midPeriodReview');
    const review = midPeriodReviewSheetName('2027-01-20', language);
    const all = section(emulator, review, words.all);
    expect(all.map((cells) => cells[0])).toEqual(added.map((row) => row.id));
  });

  it('refuses to close the same period twice, with a clear message and no change', () => {
    const emulator = templateWorkbook(language);
    emulator.clock.set(new Date('2026-12-31T20:00:00Z'));
    // Close, but do not start the next period.
    for (const answer of ['YES', 'OK', 'NO'] as const) emulator.ui.queueResponse(answer);
    emulator.run('closePeriod');
    const historyName = HISTORY_SHEET.name[language];
    const afterFirst = userCells(emulator);
    const alertsBefore = emulator.ui.alerts.length;

    emulator.run('closePeriod');
    const refusal = emulator.ui.alerts.slice(alertsBefore);
    expect(refusal).toHaveLength(1);
    expect(refusal[0].title).toBe(words.refusedTitle);
    expect(refusal[0].prompt).toContain(
      language === 'es'
        ? 'El período 2026-Q4 ya se cerró el 2026-12-31'
        : 'The period 2026-Q4 was already closed on 2026-12-31',
    );
    expect(refusal[0].prompt).toContain(
      language === 'es' ? 'No se cambió nada' : 'Nothing was changed',
    );
    expect(changedCells(afterFirst, userCells(emulator))).toEqual([]);
    expect(rowsByKey(emulator, historyName, HISTORY_SHEET)).toHaveLength(16);
  });
});

describe('closing before the period ends', () => {
  it.each([
    ['en', 'The period runs until 12/31/2026: 8 days remain.'],
    ['es', 'El período va hasta el 31/12/2026: faltan 8 días.'],
  ] as const)(
    'says how many days remain and asks (%s); on the last day it does not',
    (language, early) => {
      const emulator = templateWorkbook(language);
      emulator.clock.set(new Date('2026-12-23T15:00:00Z'));
      emulator.ui.queueResponse('NO');
      emulator.run('closePeriod');
      const [confirmation] = emulator.ui.alerts;
      expect(confirmation!.buttons).toBe('YES_NO');
      expect(confirmation!.prompt.startsWith(early)).toBe(true);
      expect(confirmation!.prompt).toContain(
        language === 'es' ? '01/10/2026 – 31/12/2026' : '10/1/2026 – 12/31/2026',
      );

      const onTime = templateWorkbook(language);
      onTime.clock.set(new Date('2026-12-31T15:00:00Z'));
      onTime.ui.queueResponse('NO');
      onTime.run('closePeriod');
      expect(onTime.ui.alerts[0]!.prompt).not.toContain(early.slice(0, 12));
    },
  );
});

describe('the next period as typed at the prompt', () => {
  it('takes days typed as the Spanish sheet writes them (day first)', () => {
    const emulator = templateWorkbook('es');
    emulator.clock.set(new Date('2026-12-31T20:00:00Z'));
    for (const answer of ['YES', 'OK', 'YES'] as const) emulator.ui.queueResponse(answer);
    emulator.ui.queueResponse('OK', 'T1 2027; 01/01/2027; 30/04/2027');
    emulator.ui.queueResponse('NO');
    emulator.run('closePeriod');
    const settings = emulator.sheetValues('Configuración');
    expect(settings.find((cells) => cells[0] === 'Período')?.[1]).toBe('T1 2027');
    expect(
      (settings.find((cells) => cells[0] === 'Fin del período')![1] as Date).toISOString(),
    ).toBe('2027-04-30T03:00:00.000Z');
    expect(emulator.ui.toasts.at(-1)?.message).toContain('del 01/01/2027 al 30/04/2027');
  });

  it('takes a name and dates, and leaves Key Results alone when carry-over is declined', () => {
    const emulator = templateWorkbook('en');
    const keyResultsBefore = emulator.sheetValues('Key Results');
    emulator.clock.set(new Date('2026-12-31T20:00:00Z'));
    emulator.ui.queueResponse('YES');
    emulator.ui.queueResponse('OK');
    emulator.ui.queueResponse('YES');
    emulator.ui.queueResponse('OK', 'Q1 2027; 2027-01-01; 2026-12-01');
    emulator.ui.queueResponse('OK');
    emulator.ui.queueResponse('OK', 'Q1 2027 (long); 2027-01-01; 2027-04-30');
    emulator.ui.queueResponse('NO');
    emulator.run('closePeriod');
    expect(
      emulator.ui.alerts.some((alert) =>
        alert.prompt.startsWith('“Q1 2027; 2027-01-01; 2026-12-01” is not'),
      ),
    ).toBe(true);
    const settings = emulator.sheetValues('Settings');
    expect(settings.find((cells) => cells[0] === 'Period')?.[1]).toBe('Q1 2027 (long)');
    expect((settings.find((cells) => cells[0] === 'Period end')![1] as Date).toISOString()).toBe(
      '2027-04-30T03:00:00.000Z',
    );
    expect(emulator.sheetValues('Key Results').map((cells) => cells.slice(0, 10))).toEqual(
      keyResultsBefore.map((cells) => cells.slice(0, 10)),
    );
  });
});

describe('period over period', () => {
  it('keeps one score row per closed period per team, charted on its sheet and on the Dashboard', () => {
    const emulator = templateWorkbook('en');
    emulator.clock.set(new Date('2026-12-31T20:00:00Z'));
    for (const answer of ['YES', 'OK', 'YES', 'OK', 'YES', 'OK'] as const)
      emulator.ui.queueResponse(answer);
    emulator.run('closePeriod');
    // The carried-over key results move on during Q1; then Q1 closes.
    emulator.clock.set(new Date('2027-03-31T20:00:00Z'));
    for (const answer of ['YES', 'OK', 'NO'] as const) emulator.ui.queueResponse(answer);
    emulator.run('closePeriod');

    const history = rowsByKey(emulator, 'History', HISTORY_SHEET);
    expect([...new Set(history.map((row) => row.period))]).toEqual(['2026-Q4', '2027-Q1']);
    // Q1 holds the twelve carried-over key results, not Q4's rows again.
    expect(
      history.filter((row) => row.period === '2027-Q1' && row.kind === 'Key result'),
    ).toHaveLength(12);

    const scores = emulator.sheetValues('Scores by period');
    expect(scores[0]).toEqual([
      'Period',
      'Company',
      'Customer service',
      'Management',
      'Marketing',
      'Sales',
    ]);
    expect(scores.map((row) => row[0])).toEqual(['Period', '2026-Q4', '2027-Q1']);
    // Company score of Q4: the mean of the twelve KRs' final progress (all weight 1).
    const q4 = history.filter((row) => row.period === '2026-Q4' && row.kind === 'Key result');
    const mean = q4.reduce((sum, row) => sum + (row.progress as number), 0) / q4.length;
    expect(scores[1][1]).toBeCloseTo(mean, 12);

    for (const sheetName of ['Scores by period', 'Dashboard']) {
      const charts = emulator.spreadsheet.sheets.find((sheet) => sheet.name === sheetName)!.charts;
      const periodCharts = charts.filter(
        (chart) => chart.options.title === 'Score per team per period',
      );
      expect(periodCharts).toHaveLength(1);
      expect(periodCharts[0].ranges[0]).toMatchObject({ row: 1, column: 1, rows: 3, columns: 6 });
    }
    // The Dashboard's two charts stand one below the other, never one over the other.
    const dashboardCharts = emulator.spreadsheet.sheets.find(
      (sheet) => sheet.name === 'Dashboard',
    )!.charts;
    expect(dashboardCharts.map((chart) => [chart.options.title, chart.position.row])).toEqual(
      expect.arrayContaining([
        ['Progress per objective', 2],
        ['Score per team per period', 23],
      ]),
    );
    expect(new Set(dashboardCharts.map((chart) => chart.position.column))).toEqual(new Set([11]));
  });
});

describe('when someone else holds the document lock', () => {
  it('closes nothing and says to try again', () => {
    const emulator = templateWorkbook('es');
    const before = userCells(emulator);
    emulator.clock.set(new Date('2026-12-31T20:00:00Z'));
    emulator.faults.setLockTimeout(true);
    emulator.ui.queueResponse('YES');
    emulator.run('closePeriod');
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain(
      'Otra persona está actualizando este libro',
    );
    expect(emulator.spreadsheet.sheets.map((sheet) => sheet.name)).not.toContain('Historial');
    expect(changedCells(before, userCells(emulator))).toEqual([]);
  });
});

describe('a check-in recorded while the close question is open', () => {
  it('is in History and in the carried key result', () => {
    const emulator = templateWorkbook('en');
    const name = KEY_RESULTS_SHEET.name.en;
    const [header] = emulator.sheetValues(name);
    const column = (key: string) =>
      header.indexOf(KEY_RESULTS_SHEET.columns.find((c) => c.key === key)!.header.en) + 1;
    const first = rowsByKey(emulator, name, KEY_RESULTS_SHEET)[0];
    const start = first.start as number;
    const target = first.target as number;
    const newValue = start + (target - start) / 4;
    expect(newValue).not.toBe(first.current);
    emulator.clock.set(new Date('2026-12-31T20:00:00Z'));
    const answer = emulator.ui.nextResponse.bind(emulator.ui);
    let asked = 0;
    emulator.ui.nextResponse = (buttons) => {
      asked += 1;
      if (asked === 1) {
        // Someone checks in on the first KR while the confirmation is open.
        emulator.writeSheet(name, [[newValue]], 2, column('current'));
        emulator.writeSheet(name, [['Checked in meanwhile']], 2, column('lastComment'));
      }
      return answer(buttons);
    };
    for (const button of ['YES', 'OK', 'YES', 'OK', 'YES', 'OK'] as const)
      emulator.ui.queueResponse(button);
    emulator.run('closePeriod');
    const history = rowsByKey(emulator, HISTORY_SHEET.name.en, HISTORY_SHEET);
    expect(history.find((row) => row.id === first.id)?.lastComment).toBe('Checked in meanwhile');
    const keyResults = rowsByKey(emulator, name, KEY_RESULTS_SHEET);
    const carried = keyResults.find(
      (row) => row !== keyResults[0] && row.keyResult === first.keyResult,
    );
    expect(carried?.current).toBe(newValue);
  });
});
