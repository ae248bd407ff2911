// SpreadsheetApp over the in-memory Workbook, with the method names and signatures of
// @types/google-apps-script. Every Spreadsheet/Sheet/Range method call is one counted
// service call (instrument()); builders are local objects and are not counted, except
// the SpreadsheetApp.new…() that creates them.
import { instrument } from '../runtime';
import { classifyApp, type SpreadsheetApi } from './api';
import { ConditionalFormatRuleBuilder } from './conditionalFormat';
import { DataValidationBuilder } from './dataValidation';
import { SPREADSHEET_ENUMS } from './enums';
import { SpreadsheetFacade } from './spreadsheet';

export function createSpreadsheetApp(api: SpreadsheetApi) {
  const env = api.env;
  const app = {
    ...SPREADSHEET_ENUMS,
    getActiveSpreadsheet: () => (env.runtime.triggerLacks('document') ? null : api.spreadsheet()),
    getActive: () => (env.runtime.triggerLacks('document') ? null : api.spreadsheet()),
    getActiveSheet: () => new SpreadsheetFacade(api).getActiveSheet(),
    openById: (id: string) => {
      if (id !== env.workbook.id)
        throw new Error('You do not have permission to access the requested document.');
      return api.spreadsheet();
    },
    getUi: () => env.getUi(),
    flush: () => undefined,
    newDataValidation: () => new DataValidationBuilder(api.criteriaValue),
    newConditionalFormatRule: () => new ConditionalFormatRuleBuilder(api.rangeFacade),
  };
  return instrument(app, 'SpreadsheetApp', env.runtime, classifyApp);
}
