import { idKey } from '../../core/cells';
import { carryOver } from '../../core/cycle/carryOver';
import { closedDialog, planClose } from '../../core/cycle/close';
import {
  closedPeriodNames,
  type HistoryEntry,
  historyRowValues,
  periodScoreTable,
} from '../../core/cycle/history';
import { CYCLE_DIALOGS, HISTORY_KINDS } from '../../core/cycle/messages';
import type { CycleKeyResult, SheetRow } from '../../core/cycle/okrs';
import {
  nextPeriod,
  type Period,
  parsePeriodInput,
  periodInputExample,
} from '../../core/cycle/period';
import { interpolate, type Language } from '../../core/i18n/language';
import { dayInLocale } from '../../core/workbook/dateFormats';
import { describeSkipped, type SkippedCell } from '../../core/workbook/formulaCells';
import { KEY_RESULTS_SHEET, OBJECTIVES_SHEET } from '../../core/workbook/schema';
import { withDocumentLock } from '../../services/lock';
import { alert, askText, askYesNo, toast } from '../../services/ui';
import {
  appendHistory,
  appendKeyResults,
  historyName as historySheetName,
  markClosedRows,
  readHistory,
  readOrCreateHistory,
  setPeriodDropdowns,
  stampPeriod,
  writePeriodScores,
  writePeriodSettings,
} from '../../sheets/history';
import { cell, readTable, record, sheetNameOf, sheetRows } from '../../sheets/tables';
import { formulasOf } from '../../sheets/writes';
import { type CycleState, readCycleState } from './workbookState';

const PROMPT_ATTEMPTS = 3;

/** " Left B3 … as they are: …" when an action left formula cells alone, else "". */
function skippedNote(skipped: readonly SkippedCell[], language: Language): string {
  return skipped.length ? ` ${describeSkipped(skipped, language)}` : '';
}

type ClosingPlan = Extract<ReturnType<typeof planClose>, { kind: 'ready' }>;

type CloseOutcome =
  | { readonly kind: 'closed'; readonly plan: ClosingPlan }
  | { readonly kind: 'refused'; readonly dialog: { title: string; body: string } }
  | { readonly kind: 'changed' };

function samePeriod(a: Period, b: Period): boolean {
  return (
    a.name === b.name && String(a.start) === String(b.start) && String(a.end) === String(b.end)
  );
}

/** History rows of the period being closed, as History will hold them (for the scores). */
function asHistoryRows(
  entries: readonly HistoryEntry[],
  period: Period,
  language: Language,
): SheetRow[] {
  return entries.map((entry, index) => ({
    rowNumber: -1 - index,
    cells: {
      period: period.name,
      periodStart: period.start,
      periodEnd: period.end,
      kind: HISTORY_KINDS[language][entry.kind],
      team: entry.team,
      weight: entry.weight,
      progress: entry.progress ?? '',
    },
  }));
}

/** The whole Close period conversation: confirm, close, then offer the next period. */
export function runClosePeriod(state: CycleState): void {
  const { spreadsheet, settings, period, today, timeZone } = state;
  const language = settings.language;
  const texts = CYCLE_DIALOGS[language];
  const historyName = historySheetName(spreadsheet, state.history, language);
  const plan = planClose(
    state.okrs,
    period,
    sheetRows(state.history),
    today,
    language,
    historyName,
    timeZone,
    spreadsheet.getSpreadsheetLocale(),
  );
  if (plan.kind !== 'ready') {
    alert(plan.dialog.title, plan.dialog.body);
    return;
  }
  if (!askYesNo(plan.confirmation.title, plan.confirmation.body)) {
    toast(spreadsheet, plan.confirmation.title, texts.cancelled);
    return;
  }
  const outcome = withDocumentLock((): CloseOutcome => {
    // Everything again under the lock: check-ins recorded while the question was open
    // belong in History and in the carry-over, and someone may have closed the period
    // (or moved it in Settings) meanwhile.
    const fresh = readCycleState(spreadsheet);
    if (!samePeriod(fresh.period, period)) return { kind: 'changed' };
    const freshPlan = planClose(
      fresh.okrs,
      period,
      sheetRows(fresh.history),
      today,
      language,
      historyName,
      timeZone,
      spreadsheet.getSpreadsheetLocale(),
    );
    if (freshPlan.kind !== 'ready') return { kind: 'refused', dialog: freshPlan.dialog };
    // The closed rows first, History last: History is what says "closed", so a failure
    // before it leaves a period a second Close period closes again (the rows, still
    // named by the open period, are read again), never one that History calls closed
    // while its rows still count as current.
    const okrs = fresh.okrs;
    stampPeriod(
      fresh.objectives,
      okrs.objectives.map((row) => row.rowNumber),
      period.name,
    );
    // Closed key results are greyed and protected (warning only); objectives may go on
    // with carried key results, so they are not.
    const closedRows = okrs.keyResults.map((row) => row.rowNumber);
    stampPeriod(fresh.keyResults, closedRows, period.name);
    markClosedRows(fresh.keyResults, closedRows);
    const rows = sheetRows(fresh.history);
    const all = [...rows, ...asHistoryRows(freshPlan.entries, period, language)];
    writePeriodScores(spreadsheet, periodScoreTable(all, timeZone), language);
    const history = readOrCreateHistory(spreadsheet, language, fresh.history);
    appendHistory(
      history,
      historyRowValues(
        freshPlan.entries,
        period,
        today,
        history.indexByKey,
        history.width,
        language,
        timeZone,
      ),
      spreadsheet.getSpreadsheetLocale(),
    );
    return { kind: 'closed', plan: freshPlan };
  });
  if (outcome.kind === 'refused') {
    alert(outcome.dialog.title, outcome.dialog.body);
    return;
  }
  if (outcome.kind === 'changed') {
    toast(spreadsheet, plan.confirmation.title, texts.cancelled);
    return;
  }
  const closedPlan = outcome.plan;
  const appended = closedPlan.entries.length;
  const closed = closedDialog(period, appended, closedPlan.scores, language, historyName);
  alert(closed.title, closed.body);
  const locale = spreadsheet.getSpreadsheetLocale();
  const next = askNextPeriod(period, language, locale);
  if (!next) return;
  const skipped = withDocumentLock(() => {
    const cells = writePeriodSettings({ spreadsheet, period: next, language, timeZone });
    // The Period dropdowns offer every closed period and the new one.
    const closedNames = closedPeriodNames(sheetRows(readHistory(spreadsheet)), timeZone);
    setPeriodDropdowns([state.objectives, state.keyResults], [...closedNames, next.name]);
    return cells;
  });
  toast(
    spreadsheet,
    texts.nextPeriodTitle,
    interpolate(texts.nextPeriodStarted, {
      period: next.name,
      start: dayInLocale(next.start, locale),
      end: dayInLocale(next.end, locale),
    }) + skippedNote(skipped, language),
  );
  offerCarryOver({ state, unfinished: closedPlan.unfinished, closed: period, next, language });
}

function askNextPeriod(closed: Period, language: Language, locale: string): Period | null {
  const texts = CYCLE_DIALOGS[language];
  const proposed = nextPeriod(closed, language);
  // Days as the sheet shows them; a person may type them that way or as yyyy-mm-dd.
  const values = {
    period: proposed.name,
    start: dayInLocale(proposed.start, locale),
    end: dayInLocale(proposed.end, locale),
  };
  if (!askYesNo(texts.nextPeriodTitle, interpolate(texts.nextPeriodQuestion, values))) return null;
  for (let attempt = 0; attempt < PROMPT_ATTEMPTS; attempt++) {
    const input = askText(
      texts.nextPeriodTitle,
      interpolate(texts.nextPeriodPrompt, {
        ...values,
        example: periodInputExample(proposed, locale),
      }),
    );
    if (input === null) return null;
    const chosen = parsePeriodInput(input, proposed, language, locale);
    if (chosen) return chosen;
    alert(texts.nextPeriodTitle, interpolate(texts.nextPeriodInvalid, { input }));
  }
  return null;
}

interface CarryOverOffer {
  readonly state: CycleState;
  /** The closed period's key results that did not reach their target. */
  readonly unfinished: readonly CycleKeyResult[];
  readonly closed: Period;
  readonly next: Period;
  readonly language: Language;
}

function offerCarryOver({ state, unfinished, closed, next, language }: CarryOverOffer): void {
  if (unfinished.length === 0) return;
  const { spreadsheet } = state;
  const texts = CYCLE_DIALOGS[language];
  const idIndex = state.keyResults.indexByKey.id;
  const idsInUse =
    idIndex === undefined ? [] : state.keyResults.rows.map((row) => row.cells[idIndex]);
  const preview = carryOver(unfinished.slice(0, 3), idsInUse, language);
  const question = interpolate(texts.carryOverQuestion, {
    count: unfinished.length,
    previous: closed.name,
    period: next.name,
    examples: preview.map((item) => item.id).join(', '),
  });
  if (!askYesNo(texts.carryOverTitle, question)) return;
  const { rows: carried, skipped } = withDocumentLock(() => {
    const keyResults = readTable(spreadsheet, KEY_RESULTS_SHEET);
    if (!keyResults) return { rows: [], skipped: [] };
    const idIndex = keyResults.indexByKey.id;
    const existingIds =
      idIndex === undefined ? [] : keyResults.rows.map((row) => row.cells[idIndex]);
    // The rows as they are now: a check-in made while the questions were open moved them.
    // Found again by ID: a row inserted or a sort meanwhile moved them.
    const current = new Map<string, { cells: Record<string, unknown>; rowNumber: number }>();
    if (idIndex !== undefined) {
      for (const row of keyResults.rows) {
        const key = idKey(row.cells[idIndex]);
        if (!current.has(key))
          current.set(key, { cells: record(keyResults, row), rowNumber: row.rowNumber });
      }
    }
    const latest = unfinished.map((keyResult) => {
      const found = current.get(idKey(keyResult.id));
      return found ? { ...keyResult, ...found } : { ...keyResult, rowNumber: -1 };
    });
    const formulas = formulasOf(keyResults);
    const formulasByRow = new Map<number, Record<string, string>>();
    for (const keyResult of latest) {
      const row: Record<string, string> = {};
      for (const [key, index] of Object.entries(keyResults.indexByKey)) {
        const formula = formulas.formulaAt(keyResult.rowNumber, index + 1);
        if (formula) row[key] = formula;
      }
      formulasByRow.set(keyResult.rowNumber, row);
    }
    const rows = carryOver(latest, existingIds, language, { period: next.name, formulasByRow });
    const skipped = appendKeyResults(keyResults, rows);
    // An objective whose key results go on goes on with them into the next period.
    const objectives = readTable(spreadsheet, OBJECTIVES_SHEET);
    if (objectives) {
      const continuing = new Set(latest.map((keyResult) => idKey(keyResult.objectiveId)));
      const rowNumbers = objectives.rows
        .filter((row) => continuing.has(idKey(cell(objectives, row, 'id'))))
        .map((row) => row.rowNumber);
      skipped.push(...stampPeriod(objectives, rowNumbers, next.name, closed.name));
    }
    return { rows, skipped };
  });
  const shown = carried.slice(0, 10).map((item) => item.id);
  alert(
    texts.carryOverTitle,
    interpolate(texts.carriedOver, {
      count: carried.length,
      sheet: sheetNameOf(state.keyResults),
      ids: shown.join(', ') + (carried.length > shown.length ? ', …' : ''),
    }) + skippedNote(skipped, language),
  );
}
