// Every public entry point of the add-on, in the order its stub appears in dist/Code.js.
// To add one: write it in its feature's registry list and include that list here.
import { customFunctions } from './customFunctions';
import { cycleFunctions } from './cycle/entryPoints';
import { menuFunctions } from './menu';
import { okrReviewFunctions } from './okrReview';
import type { PublicFunction } from './publicFunction';
import { reminderFunctions } from './reminders';
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
];
