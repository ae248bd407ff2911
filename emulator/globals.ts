// The Apps Script globals given to the bundle (SpreadsheetApp, MailApp, …, and the script's
// own Date), each wired to the emulator's state. Built once; every execution gets them.
import type vm from 'node:vm';
import type { Clock } from './clock';
import { zonedDateClass } from './clock';
import type { EmulatedUser, Runtime } from './runtime';
import { type CacheStores, createCacheService } from './services/cache';
import { createHtmlService } from './services/html';
import type { LockManager } from './services/lock';
import { createLockService } from './services/lock';
import type { LogEntry } from './services/logger';
import { createConsole, createLogger } from './services/logger';
import type { MailState } from './services/mail';
import { createMailApp } from './services/mail';
import type { PropertyStores } from './services/properties';
import { createPropertiesService } from './services/properties';
import type { TriggerStore } from './services/scriptApp';
import { createScriptApp } from './services/scriptApp';
import { createSession } from './services/session';
import { createUtilities } from './services/utilities';
import { SpreadsheetApi } from './spreadsheet/api';
import { CHART_TYPES } from './spreadsheet/enums';
import { createSpreadsheetApp } from './spreadsheet/spreadsheetApp';
import type { UiRecorder } from './ui';
import { createUi } from './ui';
import type { Workbook } from './workbook/workbook';

export interface EmulatorState {
  readonly runtime: Runtime;
  readonly clock: Clock;
  readonly workbook: Workbook;
  readonly ui: UiRecorder;
  /** The person at the keyboard, who owns the document. */
  readonly user: EmulatedUser;
  readonly scriptTimeZone: string;
  readonly documentId: string;
  readonly distDir: string;
  readonly mail: MailState;
  readonly properties: PropertyStores;
  readonly locks: LockManager;
  readonly cacheStores: CacheStores;
  readonly triggerStore: TriggerStore;
  readonly logs: LogEntry[];
  readonly echoConsole: boolean;
  /** The bundle as last loaded (HtmlService templates run in its scope). */
  readonly lastContext: () => vm.Context;
}

export function createGlobals(state: EmulatorState): Record<string, unknown> {
  const currentUser = () => state.runtime.current()?.user ?? state.user;
  const uiFacade = createUi(state.ui, state.runtime, 'OKRs');
  const spreadsheetApi = new SpreadsheetApi({
    runtime: state.runtime,
    workbook: state.workbook,
    ui: state.ui,
    ownerEmail: state.user.email,
    currentUserEmail: () => currentUser().email,
    getUi: () => uiFacade,
    activeSheetId: state.workbook.sheets[0].id,
  });
  const scriptTimeZone = state.scriptTimeZone;
  const ScriptDate = zonedDateClass(state.clock, () => scriptTimeZone);
  // Dates the script reads from cells are its own kind of Date, local time included.
  state.workbook.makeDate = (ms) => new ScriptDate(ms);
  return {
    Date: ScriptDate,
    SpreadsheetApp: createSpreadsheetApp(spreadsheetApi),
    Charts: { ChartType: CHART_TYPES },
    MailApp: createMailApp(state.mail, state.runtime, state.clock),
    ScriptApp: createScriptApp({
      runtime: state.runtime,
      store: state.triggerStore,
      documentId: state.documentId,
      scriptId: '1OkrSheetsEmulatorScript',
      now: () => state.clock.now(),
      timeZone: () => state.scriptTimeZone,
    }),
    PropertiesService: createPropertiesService(state.properties, state.runtime),
    LockService: createLockService(state.locks, state.runtime, state.documentId),
    CacheService: createCacheService(
      state.cacheStores,
      state.runtime,
      state.clock,
      state.documentId,
    ),
    Session: createSession(
      state.runtime,
      () => state.scriptTimeZone,
      () => state.user,
    ),
    Utilities: createUtilities(state.runtime, state.clock),
    HtmlService: createHtmlService(state.runtime, state.distDir, state.lastContext),
    Logger: createLogger(state.logs, state.runtime, state.clock),
    console: createConsole(state.logs, state.clock, state.echoConsole),
  };
}
