// Correcting or withdrawing the latest check-in of a KR, from the sidebar. Check-ins stays
// append-only: the correction is a new row naming the row it corrects (Corrects), and the
// KR's cells go back to what the corrected history says (core/checkIn/corrections.ts).
import { type KeyResultView, keyResultView } from '../core/checkIn/context';
import { keyResultCellsAfter } from '../core/checkIn/corrections';
import { type KeyResultHistory, keyResultHistory } from '../core/checkIn/history';
import { CHECK_IN_MESSAGES, CORRECTION_MESSAGES } from '../core/checkIn/messages';
import { refuseUnconfirmed } from '../core/checkIn/sanity';
import { validateCheckIn } from '../core/checkIn/validation';
import { statusLabel } from '../core/formulas/status';
import { UserFacingError, userFacingError } from '../core/i18n/userFacingError';
import { keyResultStatusOf, progressOfCells } from '../core/keyResults/model';
import { foldText } from '../core/text';
import { CHECK_INS_SHEET, KEY_RESULTS_SHEET } from '../core/workbook/schema';
import { asOfDay } from '../core/workbook/settings';
import { withDocumentLock } from '../services/lock';
import { timeZoneOf } from '../sheets/settings';
import { activeSpreadsheet, record, records } from '../sheets/tables';
import { updateRowCells } from '../sheets/writes';
import {
  checkInAuthor,
  expectedOnDay,
  fail,
  fieldErrorMessage,
  findKeyResult,
  loadSchemas,
  readSettingsOf,
  refuseClosedKeyResult,
  workbookTables,
} from './checkIn';

/** What a correction returns: the KR as it now stands and its history as corrected. */
export interface CorrectionResult {
  readonly keyResult: KeyResultView;
  readonly history: KeyResultHistory;
}

/**
 * Corrects (new value, confidence, comment) or withdraws the latest check-in of a KR. Only
 * its author may, and only while it is still the latest (`corrects` is the `ref` the
 * sidebar was shown). Reads Settings, Key Results and Check-ins once each; writes the
 * Check-ins row and the KR's cells: three writes.
 */
export function correctCheckIn(payload: unknown): CorrectionResult {
  const spreadsheet = activeSpreadsheet();
  const settings = readSettingsOf(spreadsheet);
  const language = settings.language;
  const parsed = loadSchemas().correctionPayloadSchema().safeParse(payload);
  if (!parsed.success) {
    fail('badRequest', { detail: String(parsed.error.issues[0]?.path?.[0] ?? '—') });
  }
  const request = parsed.data;
  const author = checkInAuthor(spreadsheet);
  const timeZone = timeZoneOf(spreadsheet);
  const expected = expectedOnDay(settings, timeZone, asOfDay(settings, timeZone));
  const now = new Date();
  return withDocumentLock(() => {
    // Everything found again under the lock (docs/architecture.md, Data flow).
    const tables = workbookTables(spreadsheet);
    const keyResults = tables.required(KEY_RESULTS_SHEET, ['id', 'current']);
    const row = findKeyResult(keyResults, request.keyResultId);
    refuseClosedKeyResult(keyResults, row, settings);
    const cells = record(keyResults, row);
    const before = keyResultView(cells, { expected, settings, nameByEmail: new Map() });
    const checkIns = tables.required(CHECK_INS_SHEET, ['timestamp', 'keyResultId']);
    if (checkIns.missing.includes('corrects')) {
      throw userFacingError(CORRECTION_MESSAGES, 'correctsColumn', { sheet: CHECK_INS_SHEET.name });
    }
    const rows = records(checkIns);
    const shown = keyResultHistory(rows, before, settings);
    const [latest, previous] = shown.entries;
    // The check-in shown, and no row of the KR added since (even in the same millisecond).
    if (!latest || latest.ref !== request.corrects || shown.rows !== request.rows) {
      throw userFacingError(CORRECTION_MESSAGES, 'notLatest', { id: before.id });
    }
    if (foldText(latest.author) !== foldText(author)) {
      throw userFacingError(CORRECTION_MESSAGES, 'notAuthor', {
        author: latest.author.slice(0, 80),
        id: before.id,
      });
    }
    const named = new Date(latest.ref);
    const added: Record<string, unknown> = {
      // After the row it names, even on a clock that has not moved since (the second is
      // what a correction's reference is matched by: core/checkIn/corrections.ts).
      timestamp: new Date(Math.max(now.getTime(), named.getTime() + 1)),
      keyResultId: before.id,
      value: '',
      confidence: '',
      comment: '',
      author,
      corrects: named,
    };
    if (!request.withdraw) {
      const validation = validateCheckIn(
        { value: request.value, confidence: request.confidence, comment: request.comment },
        before.kind,
        language,
      );
      if (!validation.ok) {
        throw new UserFacingError(
          'invalidCheckIn',
          { en: '{problems}', es: '{problems}' },
          { problems: fieldErrorMessage(validation.errors, CHECK_IN_MESSAGES[language]) },
        );
      }
      const valid = validation.checkIn;
      // Judged against what the KR showed before the check-in being corrected.
      const earlier = typeof previous?.value === 'number' ? previous.value : null;
      refuseUnconfirmed(valid.value, { ...before, current: earlier }, request.confirmed);
      added.value = valid.value;
      added.confidence = statusLabel(valid.confidence, language);
      added.comment = valid.comment;
    }
    // The columns a check-in needs (as saveCheckIn does), and Corrects.
    tables.appender(CHECK_INS_SHEET, Object.keys(added))(added);
    const history = keyResultHistory([...rows, added], before, settings);
    const entries = history.entries;
    const written = keyResultCellsAfter(entries, latest, cells.lastComment, language);
    updateRowCells(keyResults, row.rowNumber, written);
    const after = { ...cells, ...written };
    const progress = progressOfCells(after);
    return {
      keyResult: {
        ...before,
        current: entries[0]?.value ?? null,
        progress,
        status: keyResultStatusOf(progress, expected, settings),
        confidence: entries[0]?.confidence ?? null,
        lastCheckIn: entries[0]?.at ?? null,
        lastComment: String(after.lastComment ?? ''),
      },
      history,
    };
  });
}
