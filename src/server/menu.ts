import { HELP_TEXT, menuIn } from '../core/menu';
import { userLanguage } from '../services/session';
import { addMenu, alert } from '../services/ui';
import { definePublicFunction, type PublicFunction } from './publicFunction';

/**
 * Builds the OKRs menu. May run in AuthMode.NONE (before the add-on is authorised in
 * this document), so it touches no spreadsheet data and no properties.
 */
function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addMenu(menuIn(userLanguage()));
}

function showHelp(): void {
  const help = HELP_TEXT[userLanguage()];
  alert(help.title, help.body);
}

export const menuFunctions: readonly PublicFunction[] = [
  definePublicFunction({
    name: 'onOpen',
    kind: 'simpleTrigger',
    summary: 'Adds the OKRs menu when the spreadsheet opens.',
    params: [{ name: 'event', type: 'Object', description: 'The open event.', optional: true }],
    implementation: onOpen,
  }),
  definePublicFunction({
    name: 'onInstall',
    kind: 'simpleTrigger',
    summary: 'Adds the OKRs menu right after the add-on is installed.',
    params: [{ name: 'event', type: 'Object', description: 'The install event.', optional: true }],
    implementation: onOpen,
  }),
  definePublicFunction({
    name: 'showHelp',
    kind: 'menuAction',
    summary: 'Shows what OKR Sheets does and where to start.',
    params: [],
    implementation: showHelp,
  }),
];
