// The OKR cycle's public entry points: the Mid-period review and Close period menu
// actions, and the KPI_STATUS custom function.
import { CYCLE_DIALOGS } from '../../core/cycle/messages';
import type { Language } from '../../core/i18n/language';
import { LockTimeoutError } from '../../services/lock';
import { readSettings } from '../../sheets/settings';
import { definePublicFunction, type PublicFunction } from '../publicFunction';
import { runClosePeriod } from './closePeriod';
import { showAlert, showToast } from './dialogs';
import { KPI_STATUS } from './kpiStatus';
import { runMidPeriodReview } from './midPeriodReview';
import { CycleProblem, readCycleState } from './workbookState';

/** Runs a cycle action; a problem the person can fix, or a busy lock, becomes an alert. */
function cycleAction(title: (language: Language) => string, work: () => void): void {
  try {
    work();
  } catch (error) {
    const language = readSettings(SpreadsheetApp.getActiveSpreadsheet()).language;
    if (error instanceof CycleProblem) showAlert(title(language), error.message);
    else if (error instanceof LockTimeoutError)
      showAlert(title(language), CYCLE_DIALOGS[language].busy);
    else throw error;
  }
}

function midPeriodReview(): void {
  cycleAction(
    (language) => CYCLE_DIALOGS[language].reviewDoneTitle,
    () => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const state = readCycleState(spreadsheet);
      const summary = runMidPeriodReview(state);
      showToast(spreadsheet, CYCLE_DIALOGS[state.settings.language].reviewDoneTitle, summary);
    },
  );
}

function closePeriod(): void {
  cycleAction(
    (language) => CYCLE_DIALOGS[language].closeActionTitle,
    () => runClosePeriod(readCycleState(SpreadsheetApp.getActiveSpreadsheet())),
  );
}

export const cycleFunctions: readonly PublicFunction[] = [
  definePublicFunction({
    name: 'midPeriodReview',
    kind: 'menuAction',
    summary:
      'Writes the mid-period review sheet: status counts per team and objective, status changes, stale check-ins and time elapsed.',
    params: [],
    implementation: midPeriodReview,
  }),
  definePublicFunction({
    name: 'closePeriod',
    kind: 'menuAction',
    summary:
      'Closes the period into History after confirmation, shows the scores, and offers to start the next period.',
    params: [],
    implementation: closePeriod,
  }),
  definePublicFunction({
    name: 'KPI_STATUS',
    kind: 'customFunction',
    summary: 'Health of a KPI: Healthy within its healthy minimum and/or maximum, else Unhealthy.',
    details: [
      'Healthy when current ≥ healthy_min (if given) and current ≤ healthy_max (if given), bounds included; with neither bound every value is healthy. healthy_min above healthy_max is invalid.',
      'Labels: en Healthy / Unhealthy; es Saludable / No saludable. Blank current gives "" (not measured yet).',
      'Every argument may be a single value or a range; ranges are broadcast together, so one formula fills a column. A row with bad input shows a text starting with #VALUE!; a call on single values raises that error.',
    ],
    params: [
      {
        name: 'current',
        type: 'number|Array<Array<number>>',
        description: 'The KPI’s current value.',
      },
      {
        name: 'healthy_min',
        type: 'number|Array<Array<number>>',
        description: 'Lowest healthy value (blank: no minimum).',
        optional: true,
      },
      {
        name: 'healthy_max',
        type: 'number|Array<Array<number>>',
        description: 'Highest healthy value (blank: no maximum).',
        optional: true,
      },
      {
        name: 'language',
        type: 'string',
        description: 'en (default) or es; any tag starting with es (es-AR) is Spanish.',
        optional: true,
      },
    ],
    returns: 'Healthy or Unhealthy (Saludable or No saludable), or "" when current is blank.',
    examples: [
      '=KPI_STATUS(4, 6) → Unhealthy (runway of 4 months, at least 6 is healthy)',
      '=KPI_STATUS(0.03, , 0.05, "es") → Saludable',
      '=KPI_STATUS(D2:D, E2:E, F2:F, Settings!B2)',
    ],
    resultShape: { from: 'broadcast' },
    implementation: KPI_STATUS,
  }),
];
