// The sidebar's server calls. Each reads every sheet it needs once, hands plain records
// to core, and writes in a fixed number of calls. Errors are thrown as CheckInError with
// a message in the workbook's language: google.script.run hands it to the failure handler.
import {
  buildCheckInContext,
  type CheckInContext,
  type KeyResultView,
  keyResultView,
  type RowRecord,
  textOf,
} from '../core/checkIn/context';
import {
  HISTORY_LIMIT,
  type HistoryEntry,
  historyEntries,
  historySeries,
  type KeyResultHistory,
} from '../core/checkIn/history';
import { CHECK_IN_MESSAGES, type CheckInMessages } from '../core/checkIn/messages';
import { type CheckInField, type ValidCheckIn, validateCheckIn } from '../core/checkIn/validation';
import { calendarDayIn, type IsoDay } from '../core/dates';
import { statusLabel } from '../core/formulas/status';
import { interpolate, type Language } from '../core/i18n/language';
import { expectedOn } from '../core/keyResults/expected';
import { findById } from '../core/keyResults/identity';
import { keyResultStatusOf, progressOfCells } from '../core/keyResults/model';
import { foldText } from '../core/text';
import {
  CHECK_INS_SHEET,
  KEY_RESULTS_SHEET,
  OBJECTIVES_SHEET,
  PEOPLE_SHEET,
  type SheetSpec,
} from '../core/workbook/schema';
import { asOfDay, periodCalendar, type Settings } from '../core/workbook/settings';
import { chosenEmail, rememberChosenEmail, sessionEmail } from '../services/identity';
import { LockTimeoutError, withDocumentLock } from '../services/lock';
import {
  activeSpreadsheet,
  appendRecord,
  findSheets,
  MissingColumnsError,
  updateRowCells,
} from '../sheets/checkIns';
import { readSettings, spreadsheetToday, timeZoneOf, writeAsOf } from '../sheets/settings';
import { readSheetTable, record, type Table } from '../sheets/table';
import type * as CheckInSchemas from './checkInSchemas';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** An error whose message a person can read and act on, in the workbook language. */
export class CheckInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckInError';
  }
}

/** The key result's cells a check-in writes, besides the appended Check-ins row. */
const KEY_RESULT_WRITES = ['current', 'confidence', 'lastCheckIn', 'lastComment'] as const;
const CHECK_IN_COLUMNS = ['timestamp', 'keyResultId', 'value', 'confidence', 'comment', 'author'];

// The workbook language of this execution, known once Settings is read; errors before
// that are in English.
let languageOfThisRun: Language = 'en';

function readSettingsOf(spreadsheet: Spreadsheet): Settings {
  const settings = readSettings(spreadsheet);
  languageOfThisRun = settings.language;
  return settings;
}

/**
 * Wraps a public call so that whatever goes wrong reaches the person as a message in the
 * workbook language: CheckInErrors as they are, anything unexpected (a service failing
 * mid-run) with its own text inside a localized sentence.
 */
export function withLocalizedErrors<A extends unknown[], T>(
  work: (...args: A) => T,
): (...args: A) => T {
  return (...args: A) => {
    languageOfThisRun = 'en';
    try {
      return work(...args);
    } catch (error) {
      if (error instanceof CheckInError) throw error;
      // Errors from Apps Script services may come from another realm: read the message as is.
      const message = (error as { message?: unknown } | null)?.message;
      const detail = typeof message === 'string' ? message : String(error);
      throw new CheckInError(
        interpolate(CHECK_IN_MESSAGES[languageOfThisRun].unexpected, { detail }),
      );
    }
  };
}

function fail(template: string, values: Record<string, string | number> = {}): never {
  throw new CheckInError(interpolate(template, values));
}

/**
 * Reads each sheet once. Sheets in `optional` may be missing (a workbook without People
 * still gets its KRs); any other missing sheet, or a missing required column, is an
 * error that names it.
 */
function requireTables(
  spreadsheet: Spreadsheet,
  specs: readonly SheetSpec[],
  language: Language,
  required: Partial<Record<string, readonly string[]>> = {},
  optional: readonly SheetSpec[] = [],
): Map<SheetSpec, Table> {
  const messages = CHECK_IN_MESSAGES[language];
  const sheets = findSheets(spreadsheet, specs);
  const tables = new Map<SheetSpec, Table>();
  for (const spec of specs) {
    const sheet = sheets.get(spec);
    if (!sheet && optional.includes(spec)) continue;
    if (!sheet) fail(messages.missingSheet, { sheet: spec.name[language] });
    const table = readSheetTable(sheet, spec);
    const missing = (required[spec.key] ?? []).filter((key) => table.missing.includes(key));
    if (missing.length) fail(messages.missingColumns, missingColumnValues(spec, missing, language));
    tables.set(spec, table);
  }
  return tables;
}

function missingColumnValues(spec: SheetSpec, keys: readonly string[], language: Language) {
  const headers = keys.map(
    (key) => spec.columns.find((column) => column.key === key)?.header[language] ?? key,
  );
  return { sheet: spec.name[language], columns: headers.join(', ') };
}

function records(table: Table): RowRecord[] {
  return table.rows.map((row) => record(table, row));
}

/**
 * The Key Results row with this ID (core/keyResults/identity.ts), or a message naming the
 * ID; two rows with it are refused with both row numbers, never a silent pick.
 */
function findKeyResult(keyResults: Table, id: string, language: Language): Table['rows'][number] {
  const match = findById(
    keyResults.rows,
    id,
    (candidate) => candidate.cells[keyResults.indexByKey.id],
    (candidate) => candidate.rowNumber,
  );
  if (match.kind === 'duplicate') {
    fail(CHECK_IN_MESSAGES[language].duplicateKeyResult, {
      id: match.duplicate.id.slice(0, 40),
      sheet: KEY_RESULTS_SHEET.name[language],
      rows: match.duplicate.rowNumbers.join(', '),
    });
  }
  if (match.kind === 'missing') {
    fail(CHECK_IN_MESSAGES[language].unknownKeyResult, {
      id: id.slice(0, 40),
      sheet: KEY_RESULTS_SHEET.name[language],
    });
  }
  return match.row;
}

/** Expected progress on `day` by the one rule (core/keyResults/expected.ts). */
function expectedOnDay(settings: Settings, timeZone: string, day: IsoDay): number | null {
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
function checkInAuthor(spreadsheet: Spreadsheet, language: Language): string {
  const { email, identity } = identify(null);
  if (!email) fail(CHECK_IN_MESSAGES[language].identityNeeded);
  if (identity !== 'chosen') return email;
  const people = requireTables(spreadsheet, [PEOPLE_SHEET], language, {}, [PEOPLE_SHEET]).get(
    PEOPLE_SHEET,
  );
  const listed = (people ? records(people) : []).some(
    (row) => foldText(row.email) === foldText(email),
  );
  if (!listed) fail(CHECK_IN_MESSAGES[language].identityNeeded);
  return email;
}

/** Everything the sidebar shows when it opens. */
export function getCheckInContext(): CheckInContext {
  const spreadsheet = activeSpreadsheet();
  const settings = readSettingsOf(spreadsheet);
  const tables = requireTables(
    spreadsheet,
    [KEY_RESULTS_SHEET, OBJECTIVES_SHEET, PEOPLE_SHEET],
    settings.language,
    { keyResults: ['id'] },
    [OBJECTIVES_SHEET, PEOPLE_SHEET],
  );
  const optionalRecords = (spec: SheetSpec) => {
    const table = tables.get(spec);
    return table ? records(table) : [];
  };
  const people = optionalRecords(PEOPLE_SHEET);
  const { email, identity } = identify(people);
  return buildCheckInContext({
    settings,
    keyResults: records(tables.get(KEY_RESULTS_SHEET)!),
    objectives: optionalRecords(OBJECTIVES_SHEET),
    people,
    email,
    identity,
    today: new Date(),
    timeZone: timeZoneOf(spreadsheet),
  });
}

/** Remembers which person of People this user is (accounts that hide their email). */
export function chooseIdentity(email: unknown): CheckInContext {
  const spreadsheet = activeSpreadsheet();
  const settings = readSettingsOf(spreadsheet);
  const messages = CHECK_IN_MESSAGES[settings.language];
  const parsed = loadSchemas().shortTextSchema(320).safeParse(email);
  if (!parsed.success) fail(messages.badRequest, { detail: 'email' });
  const tables = requireTables(spreadsheet, [PEOPLE_SHEET], settings.language, {
    people: ['email'],
  });
  const person = records(tables.get(PEOPLE_SHEET)!).find(
    (row) => foldText(row.email) === foldText(parsed.data),
  );
  if (!person) fail(messages.unknownPerson, { email: parsed.data.slice(0, 80) });
  rememberChosenEmail(textOf(person.email));
  return getCheckInContext();
}

/** What a save returns: the key result as it now stands, and the check-in recorded. */
export interface SaveResult {
  readonly keyResult: KeyResultView;
  readonly entry: HistoryEntry;
}

let schemas: typeof CheckInSchemas | undefined;
let payloadSchema: ReturnType<typeof CheckInSchemas.checkInPayloadSchema> | undefined;

// require, not import: the bundler then initialises zod on the first validation instead
// of at load, which every custom-function cell and every sidebar call pays.
function loadSchemas(): typeof CheckInSchemas {
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

function fieldErrorMessage(
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
  const messages = CHECK_IN_MESSAGES[language];
  const parsed = checkInPayloadSchema().safeParse(payload);
  if (!parsed.success) {
    const path = String(parsed.error.issues[0]?.path?.[0] ?? '');
    const field = FIELD_OF_PATH[path];
    if (field === 'value') fail(`${messages.newValue}: ${messages.valueNotNumber}`);
    if (field === 'confidence') fail(`${messages.confidence}: ${messages.confidenceRequired}`);
    fail(messages.badRequest, { detail: field ? fieldLabel(field, messages) : '—' });
  }
  const email = checkInAuthor(spreadsheet, language);
  const now = new Date();
  const timeZone = timeZoneOf(spreadsheet);
  const expected = expectedOnDay(
    settings,
    timeZone,
    asOfDay(settings, timeZone) ?? calendarDayIn(now, timeZone),
  );
  let saved: {
    keyResults: Table;
    row: Table['rows'][number];
    before: KeyResultView;
    checkIn: ValidCheckIn;
  };
  try {
    saved = withDocumentLock(() => {
      // Read under the lock: a row inserted or a sort since the sidebar opened must not
      // send these values to another KR's row.
      const tables = requireTables(spreadsheet, [KEY_RESULTS_SHEET], language, {
        keyResults: ['id', 'current'],
      });
      const keyResults = tables.get(KEY_RESULTS_SHEET)!;
      const row = findKeyResult(keyResults, parsed.data.keyResultId, language);
      const before = keyResultView(record(keyResults, row), {
        expected,
        settings,
        nameByEmail: new Map(),
      });
      const validation = validateCheckIn(parsed.data, before.kind, language);
      if (!validation.ok) fail(fieldErrorMessage(validation.errors, messages));
      const valid = validation.checkIn;
      const confidenceLabel = statusLabel(valid.confidence, language);
      const [checkInsSheet] = findSheets(spreadsheet, [CHECK_INS_SHEET]).values();
      if (!checkInsSheet) fail(messages.missingSheet, { sheet: CHECK_INS_SHEET.name[language] });
      appendRecord(
        checkInsSheet,
        CHECK_INS_SHEET,
        {
          timestamp: now,
          keyResultId: before.id,
          value: valid.value,
          confidence: confidenceLabel,
          comment: valid.comment,
          author: email,
        },
        CHECK_IN_COLUMNS,
      );
      const values: Partial<Record<(typeof KEY_RESULT_WRITES)[number], unknown>> = {
        current: valid.value,
        confidence: confidenceLabel,
        lastCheckIn: now,
      };
      // An empty comment keeps the last one: it still says why the KR is where it is.
      if (valid.comment) values.lastComment = valid.comment;
      updateRowCells(keyResults, row.rowNumber, values);
      writeAsOf(spreadsheet, settings, spreadsheetToday(spreadsheet, now));
      return { keyResults, row, before, checkIn: valid };
    });
  } catch (error) {
    if (error instanceof LockTimeoutError) fail(messages.lockTimeout);
    if (error instanceof MissingColumnsError) {
      fail(messages.missingColumns, missingColumnValues(CHECK_INS_SHEET, error.missing, language));
    }
    throw error;
  }
  const { before, checkIn } = saved;
  // The save moved As of to today: what the sheet's Expected column now says.
  const expectedToday = expectedOnDay(settings, timeZone, calendarDayIn(now, timeZone));
  return afterSave({ before, checkIn, settings, now, author: email, expected: expectedToday });
}

function afterSave(input: {
  readonly before: KeyResultView;
  readonly checkIn: {
    value: number | string;
    confidence: KeyResultView['status'];
    comment: string;
  };
  readonly settings: Settings;
  readonly now: Date;
  readonly author: string;
  readonly expected: number | null;
}): SaveResult {
  const { before, checkIn, settings, now, author, expected } = input;
  const at = now.toISOString();
  const progress = progressOfCells({
    type: before.type,
    start: before.start,
    target: before.target,
    current: checkIn.value,
  });
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
    },
  };
}

/** The check-ins of one key result, newest first, with the chart's series. */
export function getKeyResultHistory(keyResultId: unknown): KeyResultHistory {
  const spreadsheet = activeSpreadsheet();
  const settings = readSettingsOf(spreadsheet);
  const language = settings.language;
  const messages = CHECK_IN_MESSAGES[language];
  const id = loadSchemas().shortTextSchema(200).safeParse(keyResultId);
  if (!id.success) fail(messages.badRequest, { detail: 'ID' });
  const tables = requireTables(spreadsheet, [KEY_RESULTS_SHEET, CHECK_INS_SHEET], language, {
    keyResults: ['id'],
    checkIns: ['timestamp', 'keyResultId'],
  });
  const keyResults = tables.get(KEY_RESULTS_SHEET)!;
  const keyResultRow = record(keyResults, findKeyResult(keyResults, id.data, language));
  const keyResult = keyResultView(keyResultRow, {
    expected: null,
    settings,
    nameByEmail: new Map(),
  });
  const all = historyEntries(records(tables.get(CHECK_INS_SHEET)!), keyResult.id);
  const entries = all.slice(0, HISTORY_LIMIT);
  return {
    keyResultId: keyResult.id,
    entries,
    series: historySeries(entries, keyResult, settings),
    omitted: all.length - entries.length,
  };
}
