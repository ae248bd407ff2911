// The OKR cycle's public entry points: the Mid-period review and Close period menu
// actions, and the KPI_STATUS custom function.
import { CYCLE_DIALOGS } from '../../core/cycle/messages';
import { textsOf } from '../../core/i18n/userFacingError';
import { toast } from '../../services/ui';
import { LANGUAGE_RULE } from '../customFunctions';
import { definePublicFunction, type PublicFunction } from '../publicFunction';
import { menuAction } from '../userFacing';
import { runClosePeriod } from './closePeriod';
import { KPI_STATUS } from './kpiStatus';
import { runMidPeriodReview } from './midPeriodReview';
import { readCycleState } from './workbookState';

// A problem the person can fix, or a busy lock, becomes an alert; anything else is left
// for Apps Script to show.
const busy = textsOf(CYCLE_DIALOGS, 'busy');

function midPeriodReview(): void {
  const title = textsOf(CYCLE_DIALOGS, 'reviewDoneTitle');
  menuAction({ title, busy, shownAs: 'alert' }, (spreadsheet) => {
    const state = readCycleState(spreadsheet);
    const summary = runMidPeriodReview(state);
    toast(spreadsheet, title[state.settings.language], summary);
  });
}

function closePeriod(): void {
  const title = textsOf(CYCLE_DIALOGS, 'closeActionTitle');
  menuAction({ title, busy, shownAs: 'alert' }, (spreadsheet) =>
    runClosePeriod(readCycleState(spreadsheet)),
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
      LANGUAGE_RULE,
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
        description:
          "en or es; any tag or name starting with es (es-AR, Español) is Spanish. Blank: the spreadsheet's locale.",
        optional: true,
      },
    ],
    returns: 'Healthy or Unhealthy (Saludable or No saludable), or "" when current is blank.',
    examples: [
      '=KPI_STATUS(4, 6) → Unhealthy (runway of 4 months, at least 6 is healthy)',
      '=KPI_STATUS(0.03, , 0.05, "es") → Saludable',
      '=KPI_STATUS(D2:D, E2:E, F2:F, Settings!B1)',
    ],
    resultShape: { from: 'broadcast' },
    implementation: KPI_STATUS,
  }),
];
