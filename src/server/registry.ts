// Every public entry point of the add-on, in the order its stub appears in dist/Code.js.
// To add one: write it in its feature's registry list and include that list here.
import type { input } from 'zod/mini';
import type { MenuFunctionName } from '../core/menu';
import type {
  chooseIdentity,
  getCheckInContext,
  getKeyResultHistory,
  saveCheckIn,
} from './checkIn';
import type { correctCheckIn } from './checkInCorrection';
import type { checkInPayloadSchema, correctionPayloadSchema } from './checkInSchemas';
import { customFunctions } from './customFunctions';
import { cycleFunctions } from './cycle/entryPoints';
import { menuFunctions } from './menu';
import { okrReviewFunctions } from './okrReview';
import type { PublicFunction } from './publicFunction';
import { type PreviewResult, reminderFunctions } from './reminders';
import { type SetupCheckResult, setupCheckFunctions } from './setupCheck';
import { sidebarFunctions } from './sidebar';
import { workbookFunctions } from './workbook';

export const PUBLIC_FUNCTIONS: readonly PublicFunction[] = [
  ...customFunctions,
  ...menuFunctions,
  ...workbookFunctions,
  ...okrReviewFunctions,
  ...sidebarFunctions,
  ...reminderFunctions,
  ...cycleFunctions,
  ...setupCheckFunctions,
];

/**
 * The `clientCall` entries as a page calls them through google.script.run: what it sends
 * and what comes back. The server functions take `unknown` because they check whatever
 * arrives; these are the shapes a page must send. Pages import this type only, so no
 * server code reaches them. test/bundle/registryNames.test.ts holds it to the entries.
 */
export interface ClientCalls {
  getCheckInContext(): ReturnType<typeof getCheckInContext>;
  chooseIdentity(email: string): ReturnType<typeof chooseIdentity>;
  saveCheckIn(
    payload: input<ReturnType<typeof checkInPayloadSchema>>,
  ): ReturnType<typeof saveCheckIn>;
  getKeyResultHistory(keyResultId: string): ReturnType<typeof getKeyResultHistory>;
  correctCheckIn(
    payload: input<ReturnType<typeof correctionPayloadSchema>>,
  ): ReturnType<typeof correctCheckIn>;
  previewRemindersOn(day: string): PreviewResult;
  getSetupCheck(): SetupCheckResult;
}

/** The names of the `menuAction` entries (held to them by the same test). */
export type MenuActionName =
  | 'createOrUpgradeWorkbook'
  | 'insertExampleOkrs'
  | 'showCheckInSidebar'
  | 'reviewOkrs'
  | 'assignMissingIds'
  | 'refreshAsOfDate'
  | 'midPeriodReview'
  | 'closePeriod'
  | 'togglePastPeriods'
  | 'setUpReminders'
  | 'previewReminders'
  | 'sendRemindersNow'
  | 'turnOffReminders'
  | 'recordLiveKeyResultsDaily'
  | 'showHelp'
  | 'showSetupCheck';

// Every item of the OKRs menu must call a menu action: a name in src/core/menu.ts that is
// not one fails the typecheck here, naming it.
type NoneLeft<Names extends never> = Names;
export type MenuItemsWithoutAction = NoneLeft<Exclude<MenuFunctionName, MenuActionName>>;
