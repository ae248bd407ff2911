// The emulator's public types: its options, how an execution is asked for and how it ended.
// index.ts exports them all.

import type { BundleSource } from './bundle';
import type { CustomFunctionDefinition } from './customFunctionPlugin';
import type { AuthModeName, EmulatedUser } from './runtime';

/** The Apps Script globals the bundle sees, typed as @types/google-apps-script declares them. */
export interface EmulatorGlobals {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly MailApp: GoogleAppsScript.Mail.MailApp;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly CacheService: GoogleAppsScript.Cache.CacheService;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly Logger: GoogleAppsScript.Base.Logger;
  readonly Charts: GoogleAppsScript.Charts.Charts;
  readonly Date: DateConstructor;
  readonly console: Console;
}

export interface EmulatorOptions {
  /** Spreadsheet locale (getSpreadsheetLocale, display formats, date parsing). Default `en_US`. */
  readonly locale?: string;
  /** Spreadsheet time zone. Default: the manifest's (dist/appsscript.json). */
  readonly timeZone?: string;
  /** Session.getScriptTimeZone(). Default: the manifest's. */
  readonly scriptTimeZone?: string;
  /** The clock's start. Default 2026-01-15T12:00:00Z (fixed, so tests are repeatable). */
  readonly now?: Date;
  /** The person at the keyboard, who also owns the document. Default owner@example.com, locale `en`. */
  readonly user?: EmulatedUser;
  /** MailApp recipients per day. Default 100 (consumer account). */
  readonly mailQuota?: number;
  /** Compiled dist scripts (compileBundle()); compiled once per process by default. */
  readonly sources?: readonly BundleSource[];
  readonly distDir?: string;
  /**
   * The script's custom functions (top-level functions of the bundle usable in cells).
   * Default: the registry's entries of kind `customFunction`.
   */
  readonly scriptCustomFunctions?: readonly Omit<CustomFunctionDefinition, 'implementation'>[];
  /** Extra custom functions for the formula engine, implemented in the test itself. */
  readonly customFunctions?: readonly CustomFunctionDefinition[];
  readonly spreadsheetName?: string;
  /** Echo the bundle's console output to the real console. */
  readonly echoConsole?: boolean;
}

export interface RunOptions {
  /** Default FULL. onOpen runs in NONE before the add-on is enabled in the document, LIMITED after. */
  readonly authMode?: Exclude<AuthModeName, 'CUSTOM_FUNCTION'>;
  /** Who runs it. Default: the emulator's user. */
  readonly user?: EmulatedUser;
  /** Mark the execution as run by an installable trigger. */
  readonly trigger?: boolean;
}

export interface ExecutionSpec {
  readonly name: string;
  readonly args?: readonly unknown[];
  readonly options?: RunOptions;
}

export type Outcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: Error };

export interface ExecutionRecord {
  readonly name: string;
  readonly authMode: AuthModeName;
  readonly user: string;
  readonly trigger: boolean;
  readonly startedAt: Date;
  readonly outcome: Outcome;
}

export interface TriggerRun {
  readonly triggerId: string;
  readonly handler: string;
  readonly at: Date;
  readonly outcome: Outcome;
}
