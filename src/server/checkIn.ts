// The sidebar's server calls. Each reads every sheet it needs once, hands plain records
// to core, and writes in a fixed number of calls. A problem the person can fix is thrown
// as a UserFacingError; clientCall words it in the workbook's language for the page.

import {
  buildCheckInContext,
  type CheckInContext,
  type KeyResultView,
  keyResultView,
  type RowRecord,
  textOf,
} from '../core/checkIn/context';
import {
  type HistoryEntry,
  type KeyResultHistory,
  keyResultHistory,
} from '../core/checkIn/history';
import { LIVE_SAVED } from '../core/checkIn/live';
import { CHECK_IN_MESSAGES, type CheckInMessages } from '../core/checkIn/messages';
import { refuseUnconfirmed } from '../core/checkIn/sanity';
import { type CheckInField, validateCheckIn } from '../core/checkIn/validation';
import { PERIOD_MESSAGES } from '../core/cycle/messages';
import type { IsoDay } from '../core/dates';
import { statusLabel } from '../core/formulas/status';
import { interpolate, type Language } from '../core/i18n/language';
import {
  inEachLanguage,
  type MessageValue,
  type TextKeys,
  textsOf,
  UserFacingError,
  userFacingError,
} from '../core/i18n/userFacingError';
import { expectedOn } from '../core/keyResults/expected';
import { findById, idKey } from '../core/keyResults/identity';
import { keyResultStatusOf, progressOfCells } from '../core/keyResults/model';
import { lastRunLine } from '../core/reminders/health';
import { foldText } from '../core/text';
import { describeSkipped } from '../core/workbook/formulaCells';
import { requiredIndex } from '../core/workbook/headers';
import { carriedCopyOf, inCurrentPeriod, predecessorIds } from '../core/workbook/periods';
import {
  CHECK_INS_SHEET,
  KEY_RESULTS_SHEET,
  OBJECTIVES_SHEET,
  PEOPLE_SHEET,
} from '../core/workbook/schema';
import { asOfDay, periodCalendar, type Settings } from '../core/workbook/settings';
import { dayIn } from '../services/clock';
import { chosenEmail, rememberChosenEmail, sessionEmail } from '../services/identity';
import { withDocumentLock } from '../services/lock';
import { runRecord } from '../services/reminderHealth';
import { remindersSetUpBy } from '../services/triggers';
import { liveSource, liveSources } from '../sheets/liveCheckIns';
import { readSettings, spreadsheetToday, timeZoneOf, writeAsOf } from '../sheets/settings';
import {
  activeSpreadsheet,
  cell,
  displayedRecords,
  type MissingSheetTexts,
  openTables,
  record,
  records,
  type Spreadsheet,
  spreadsheetId,
  type Table,
  type WorkbookTables,
} from '../sheets/tables';
import { formulasOf, rowStillHolds, updateRowCells } from '../sheets/writes';
import type * as CheckInSchemas from './checkInSchemas';
import { type ClientCallTexts, showFailuresIn } from './userFacing';

/** How the sidebar's calls word a failure: a busy lock, or anything unexpected. */
export const CHECK_IN_FAILURES: ClientCallTexts = {
  busy: textsOf(CHECK_IN_MESSAGES, 'lockTimeout'),
  unexpected: textsOf(CHECK_IN_MESSAGES, 'unexpected'),
};

const CHECK_IN_TABLE_TEXTS: MissingSheetTexts = {
  missingSheet: textsOf(CHECK_IN_MESSAGES, 'missingSheet'),
  missingColumns: textsOf(CHECK_IN_MESSAGES, 'missingColumns'),
};

/** The key result's cells a check-in writes, besides the appended Check-ins row. */
const KEY_RESULT_WRITES = ['current', 'confidence', 'lastCheckIn', 'lastComment'] as const;
const CHECK_IN_COLUMNS = ['timestamp', 'keyResultId', 'value', 'confidence', 'comment', 'author'];

export function readSettingsOf(spreadsheet: Spreadsheet): Settings {
  const settings = readSettings(spreadsheet);
  showFailuresIn(settings.language);
  return settings;
}

export function fail(
  key: TextKeys<CheckInMessages>,
  values: Readonly<Record<string, MessageValue>> = {},
): never {
  throw userFacingError(CHECK_IN_MESSAGES, key, values);
}

export function workbookTables(spreadsheet: Spreadsheet): WorkbookTables {
  return openTables(spreadsheet, CHECK_IN_TABLE_TEXTS);
}

/**
 * The Key Results row with this ID (core/keyResults/identity.ts), or a message naming the
 * ID; two rows with it are refused with both row numbers, never a silent pick.
 */
export function findKeyResult(keyResults: Table, id: string): Table['rows'][number] {
  // Every caller opens Key Results with the id column required.
  const idIndex = requiredIndex(keyResults.indexByKey, 'id');
  const match = findById(
    keyResults.rows,
    id,
    (candidate) => candidate.cells[idIndex],
    (candidate) => candidate.rowNumber,
  );
  if (match.kind === 'duplicate') {
    fail('duplicateKeyResult', {
      id: match.duplicate.id.slice(0, 40),
      sheet: KEY_RESULTS_SHEET.name,
      rows: match.duplicate.rowNumbers.join(', '),
    });
  }
  if (match.kind === 'missing') {
    fail('unknownKeyResult', { id: id.slice(0, 40), sheet: KEY_RESULTS_SHEET.name });
  }
  return match.row;
}

/**
 * Refuses a check-in (or a correction) on a key result of a closed period, naming the
 * current period's KR that carries it on when there is one.
 */
export function refuseClosedKeyResult(
  keyResults: Table,
  row: Table['rows'][number],
  settings: Settings,
): void {
  const period = cell(keyResults, row, 'period');
  if (inCurrentPeriod(period, settings.period)) return;
  const id = String(cell(keyResults, row, 'id'))
    .trim()
    .slice(0, 40);
  const chain = keyResults.rows.map((candidate) => ({
    id: cell(keyResults, candidate, 'id'),
    continues: cell(keyResults, candidate, 'continues'),
    period: cell(keyResults, candidate, 'period'),
  }));
  const copy = carriedCopyOf(chain, id, settings.period);
  const values = { id, period: String(period).trim().slice(0, 60) };
  if (!copy) throw userFacingError(PERIOD_MESSAGES, 'closedKeyResult', values);
  throw userFacingError(PERIOD_MESSAGES, 'closedKeyResultCarried', {
    ...values,
    copy: String(copy.id).trim().slice(0, 40),
    current: settings.period,
  });
}

/** Expected progress on `day` by the one rule (core/keyResults/expected.ts). */
export function expectedOnDay(
  settings: Settings,
  timeZone: string,
  day: IsoDay | null,
): number | null {
  return expectedOn(periodCalendar(settings, timeZone), day);
}

/** Who is checking in: the session's email, else the name picked once (if still in People). */
function identify(people: readonly RowRecord[] | null): {
  email: string;
  identity: CheckInContext['identity'];
} {
  const fromSession = sessionEmail();
  if (fromSession) return { email: fromSession, identity: 'session' };
  const chosen = chosenEmail();
  if (!chosen) return { email: '', identity: 'unknown' };
  if (people && !people.some((row) => foldText(row.email) === foldText(chosen))) {
    return { email: '', identity: 'unknown' };
  }
  return { email: chosen, identity: 'chosen' };
}

/**
 * The author of a save: the session's email, else the name picked earlier, which is kept
 * per user across documents and so must be one of THIS workbook's People. People is read
 * only in that second case.
 */
export function checkInAuthor(spreadsheet: Spreadsheet): string {
  const { email, identity } = identify(null);
  if (!email) fail('identityNeeded');
  if (identity !== 'chosen') return email;
  const people = workbookTables(spreadsheet).optional(PEOPLE_SHEET);
  const listed = records(people).some((row) => foldText(row.email) === foldText(email));
  if (!listed) fail('identityNeeded');
  return email;
}

/** Everything the sidebar shows when it opens. */
export function getCheckInContext(): CheckInContext {
  const spreadsheet = activeSpreadsheet();
  const settings = readSettingsOf(spreadsheet);
  const tables = workbookTables(spreadsheet);
  const keyResultsTable = tables.required(KEY_RESULTS_SHEET, ['id']);
  // With what the Current and Target cells show: the sidebar writes values as the sheet does.
  const keyResults = displayedRecords(keyResultsTable, ['current', 'target']);
  const objectives = records(tables.optional(OBJECTIVES_SHEET));
  const people = records(tables.optional(PEOPLE_SHEET));
  const { email, identity } = identify(people);
  const context = buildCheckInContext({
    settings,
    keyResults,
    objectives,
    people,
    email,
    identity,
    today: new Date(),
    timeZone: timeZoneOf(spreadsheet),
    remindersStatus: lastRunLine(runRecord(), remindersSetUpBy().length > 0, settings.language),
    spreadsheetId: spreadsheetId(spreadsheet),
  });
  // Live key results: the sidebar shows where the value comes from, read-only.
  const sources = liveSources(keyResultsTable);
  if (sources.size === 0) return context;
  return {
    ...context,
    keyResults: context.keyResults.map((keyResult) => {
      const source = sources.get(keyResult.id);
      return source ? { ...keyResult, source } : keyResult;
    }),
  };
}

/** Remembers which person of People this user is (accounts that hide their email). */
export function chooseIdentity(email: unknown): CheckInContext {
  const spreadsheet = activeSpreadsheet();
  // Read for the language this call's failures are worded in.
  readSettingsOf(spreadsheet);
  const parsed = loadSchemas().shortTextSchema(320).safeParse(email);
  if (!parsed.success) fail('badRequest', { detail: 'email' });
  const people = workbookTables(spreadsheet).required(PEOPLE_SHEET, ['email']);
  const person = records(people).find((row) => foldText(row.email) === foldText(parsed.data));
  if (!person) fail('unknownPerson', { email: parsed.data.slice(0, 80) });
  rememberChosenEmail(textOf(person.email));
  return getCheckInContext();
}

/** What a save returns: the key result as it now stands, and the check-in recorded. */
export interface SaveResult {
  readonly keyResult: KeyResultView;
  readonly entry: HistoryEntry;
  /** The Key Results cells the save left as they were (formulas), in the workbook language. */
  readonly notice?: string;
}

let schemas: typeof CheckInSchemas | undefined;
let payloadSchema: ReturnType<typeof CheckInSchemas.checkInPayloadSchema> | undefined;

// require, not import: the bundler then initialises zod on the first validation instead
// of at load, which every custom-function cell and every sidebar call pays.
export function loadSchemas(): typeof CheckInSchemas {
  schemas ??= require('./checkInSchemas') as typeof CheckInSchemas;
  return schemas;
}

function checkInPayloadSchema() {
  payloadSchema ??= loadSchemas().checkInPayloadSchema();
  return payloadSchema;
}

const FIELD_OF_PATH: Readonly<Record<string, CheckInField | 'keyResultId'>> = {
  keyResultId: 'keyResultId',
  value: 'value',
  confidence: 'confidence',
  comment: 'comment',
};

function fieldLabel(field: CheckInField | 'keyResultId', messages: CheckInMessages): string {
  if (field === 'value') return messages.newValue;
  if (field === 'confidence') return messages.confidence;
  if (field === 'comment') return messages.comment;
  return 'ID';
}

export function fieldErrorMessage(
  errors: Partial<Record<CheckInField, string>>,
  messages: CheckInMessages,
): string {
  return (Object.keys(errors) as CheckInField[])
    .map((field) => `${fieldLabel(field, messages)}: ${errors[field]}`)
    .join(' ');
}

/**
 * Records a check-in: validates the whole payload again, then under the document lock
 * appends one Check-ins row, updates the KR's Current, Confidence, Last check-in and
 * Last comment, and refreshes the As of date. The author is the server's view of the
 * user; anything else the client sends is ignored.
 */
export function saveCheckIn(payload: unknown): SaveResult {
  const spreadsheet = activeSpreadsheet();
  const settings = readSettingsOf(spreadsheet);
  const language = settings.language;
  const parsed = checkInPayloadSchema().safeParse(payload);
  if (!parsed.success) {
    const path = String(parsed.error.issues[0]?.path?.[0] ?? '');
    const field = FIELD_OF_PATH[path];
    if (field === 'value') throw fieldProblem('newValue', 'valueNotNumber');
    if (field === 'confidence') throw fieldProblem('confidence', 'confidenceRequired');
    const label = (language: Language) =>
      field ? fieldLabel(field, CHECK_IN_MESSAGES[language]) : '—';
    fail('badRequest', { detail: inEachLanguage(label) });
  }
  const author = checkInAuthor(spreadsheet);
  const now = new Date();
  const timeZone = timeZoneOf(spreadsheet);
  const expected = expectedOnDay(settings, timeZone, asOfDay(settings, timeZone));
  const saved = withDocumentLock(() => {
    // Read under the lock: a row inserted or a sort since the sidebar opened must not
    // send these values to another KR's row.
    const tables = workbookTables(spreadsheet);
    const keyResults = tables.required(KEY_RESULTS_SHEET, ['id', 'current']);
    const row = findKeyResult(keyResults, parsed.data.keyResultId);
    refuseClosedKeyResult(keyResults, row, settings);
    const before = keyResultView(record(keyResults, row), {
      expected,
      settings,
      nameByEmail: new Map(),
    });
    // A live key result's value is what its formula shows: the value sent is not used.
    const source = liveSource(keyResults, row.rowNumber);
    const fields = source
      ? { ...parsed.data, value: before.kind === 'binary' ? 'yes' : '0' }
      : parsed.data;
    const validation = validateCheckIn(fields, before.kind, language);
    if (!validation.ok) {
      // Core words these in the workbook language, the one the failure is shown in.
      throw new UserFacingError(
        'invalidCheckIn',
        { en: '{problems}', es: '{problems}' },
        { problems: fieldErrorMessage(validation.errors, CHECK_IN_MESSAGES[language]) },
      );
    }
    const shown = record(keyResults, row).current;
    const valid = source
      ? { ...validation.checkIn, value: typeof shown === 'number' ? shown : String(shown) }
      : validation.checkIn;
    // A live value is what the sheet computes: nothing typed to question.
    if (!source) refuseUnconfirmed(valid.value, before, parsed.data.confirmed);
    const confidenceLabel = statusLabel(valid.confidence, language);
    // Each position is checked by the read right before its write (people typing take no
    // lock): As of by Settings read again, the KR's row by its ID, and appendRow puts the
    // check-in at the end of Check-ins as it is then.
    const asOfMoved = writeAsOf(spreadsheet, settings, spreadsheetToday(spreadsheet, now));
    const values: Partial<Record<(typeof KEY_RESULT_WRITES)[number], unknown>> = {
      ...(source ? {} : { current: valid.value }),
      confidence: confidenceLabel,
      lastCheckIn: now,
    };
    // An empty comment keeps the last one: it still says why the KR is where it is.
    if (valid.comment) values.lastComment = valid.comment;
    formulasOf(keyResults);
    const appendCheckIn = tables.appender(CHECK_INS_SHEET, CHECK_IN_COLUMNS);
    const id = idKey(before.id);
    if (!rowStillHolds(keyResults, row.rowNumber, 'id', (value) => idKey(value) === id)) {
      fail('sheetChanged', { sheet: KEY_RESULTS_SHEET.name });
    }
    // Cells holding a formula (or filled by an array formula) are left as they are.
    const skipped = updateRowCells(keyResults, row.rowNumber, values);
    appendCheckIn({
      timestamp: now,
      keyResultId: before.id,
      value: valid.value,
      confidence: confidenceLabel,
      comment: valid.comment,
      author,
    });
    return { before, cells: record(keyResults, row), checkIn: valid, asOfMoved, skipped, source };
  });
  const { before, cells, checkIn, asOfMoved, skipped, source } = saved;
  const result = afterSave({
    before,
    // The row as read under the lock, with the new value: judged as the sheet will judge it.
    cells: { ...cells, current: checkIn.value },
    checkIn,
    settings,
    now,
    author,
    // The save moved As of to today (when the workbook has it): what Expected now says.
    expected: expectedOnDay(
      settings,
      timeZone,
      asOfMoved ? dayIn(now, timeZone) : asOfDay(settings, timeZone),
    ),
  });
  const notices = [
    ...(source ? [interpolate(LIVE_SAVED[language], { value: String(checkIn.value) })] : []),
    ...(skipped.length ? [describeSkipped(skipped, language)] : []),
  ];
  const withSource = source ? { ...result, keyResult: { ...result.keyResult, source } } : result;
  return notices.length ? { ...withSource, notice: notices.join(' ') } : withSource;
}

/** "Field: problem", from the catalogue, in every language. */
function fieldProblem(
  field: TextKeys<CheckInMessages>,
  problem: TextKeys<CheckInMessages>,
): UserFacingError {
  const text = (language: Language) =>
    `${CHECK_IN_MESSAGES[language][field]}: ${CHECK_IN_MESSAGES[language][problem]}`;
  return new UserFacingError(problem, inEachLanguage(text));
}

interface SavedCheckIn {
  readonly before: KeyResultView;
  /** The Key Results row's cells after the save. */
  readonly cells: Readonly<Record<string, unknown>>;
  readonly checkIn: {
    readonly value: number | string;
    readonly confidence: KeyResultView['status'];
    readonly comment: string;
  };
  readonly settings: Settings;
  readonly now: Date;
  readonly author: string;
  /** Expected progress on the day of the save. */
  readonly expected: number | null;
}

function afterSave({
  before,
  cells,
  checkIn,
  settings,
  now,
  author,
  expected,
}: SavedCheckIn): SaveResult {
  const at = now.toISOString();
  const progress = progressOfCells(cells);
  return {
    keyResult: {
      ...before,
      current: checkIn.value,
      progress,
      expected,
      status: keyResultStatusOf(progress, expected, settings),
      confidence: checkIn.confidence,
      lastCheckIn: at,
      lastComment: checkIn.comment || before.lastComment,
    },
    entry: {
      at,
      value: checkIn.value,
      confidence: checkIn.confidence,
      comment: checkIn.comment,
      author,
      ref: at,
    },
  };
}

/** The check-ins of one key result, newest first, with the chart's series. */
export function getKeyResultHistory(keyResultId: unknown): KeyResultHistory {
  const spreadsheet = activeSpreadsheet();
  const settings = readSettingsOf(spreadsheet);
  const id = loadSchemas().shortTextSchema(200).safeParse(keyResultId);
  if (!id.success) fail('badRequest', { detail: 'ID' });
  const tables = workbookTables(spreadsheet);
  const keyResults = tables.required(KEY_RESULTS_SHEET, ['id']);
  const checkIns = tables.required(CHECK_INS_SHEET, ['timestamp', 'keyResultId']);
  const keyResultRow = record(keyResults, findKeyResult(keyResults, id.data));
  const keyResult = keyResultView(keyResultRow, {
    expected: null,
    settings,
    nameByEmail: new Map(),
  });
  // A carried key result's history begins with the check-ins of the ones it continues.
  const chain = keyResults.rows.map((row) => ({
    id: cell(keyResults, row, 'id'),
    continues: cell(keyResults, row, 'continues'),
    period: '',
  }));
  const earlier = predecessorIds(chain, keyResult.id);
  return keyResultHistory(records(checkIns), keyResult, settings, earlier);
}
