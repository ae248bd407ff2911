// The daily run's automatic check-ins for live key results (core/checkIn/live.ts), under
// the document lock. Called from the daily trigger; a failure is logged, never thrown, so
// the reminders' run is unaffected.
import { withDocumentLock } from '../services/lock';
import { recordAutomaticCheckIns } from '../sheets/liveCheckIns';
import { readSettings } from '../sheets/settings';
import { activeSpreadsheet } from '../sheets/tables';

export function recordLiveCheckIns(now = new Date()): number {
  try {
    const spreadsheet = activeSpreadsheet();
    const { language, period } = readSettings(spreadsheet);
    return withDocumentLock(() => recordAutomaticCheckIns(spreadsheet, now, language, period));
  } catch (error) {
    console.error('OKR Sheets: the automatic check-ins of live key results failed', error);
    return 0;
  }
}
