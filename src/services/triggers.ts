// Thin adapter over ScriptApp: authorization and the one daily trigger per document.
import { messageOf } from '../core/reminders/run';
import { keepTriggerId, keptTriggerId } from './reminderHealth';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

/**
 * Whether the add-on may still act for the person who set it up. A trigger keeps
 * firing after access was revoked; without this check it would fail on the first
 * service call, and Apps Script sends add-on trigger failures to nobody.
 */
export function isAuthorized(): boolean {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED;
}

/** This user's triggers of this document that run `handler`. */
function triggersFor(spreadsheet: Spreadsheet, handler: string): Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter(
    (trigger) => trigger.getHandlerFunction() === handler,
  );
}

/** Whether the trigger now exists, or what Apps Script said when it refused to create it. */
type TriggerInstall = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Installs the daily time-driven trigger of this document at `hour` (the spreadsheet's
 * time zone), replacing an earlier one: an add-on may hold only one trigger of each
 * type per user and document. Creating it fails when the account has reached Apps
 * Script's limit of triggers per script; that is reported, not thrown.
 */
export function installDailyTrigger(
  spreadsheet: Spreadsheet,
  handler: string,
  hour: number,
): TriggerInstall {
  removeTriggers(spreadsheet, handler);
  try {
    const trigger = ScriptApp.newTrigger(handler)
      .timeBased()
      .atHour(hour)
      .everyDays(1)
      .inTimezone(spreadsheet.getSpreadsheetTimeZone())
      .create();
    // Kept so Turn off and the setup check find it even where listing the document's
    // triggers would not show it, and so a run without a document knows its workbook.
    keepTriggerId(spreadsheet.getId(), trigger.getUniqueId());
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: messageOf(error) };
  }
}

/** This user's project trigger with the id kept for this document, or null. */
function keptTrigger(documentId: string): Trigger | null {
  const id = keptTriggerId(documentId);
  if (!id) return null;
  return ScriptApp.getProjectTriggers().find((trigger) => trigger.getUniqueId() === id) ?? null;
}

/** Whether this person has this document's daily trigger for `handler`, listed or by id. */
export function hasDailyTrigger(spreadsheet: Spreadsheet, handler: string): boolean {
  const byId = keptTrigger(spreadsheet.getId());
  return byId
    ? byId.getHandlerFunction() === handler
    : triggersFor(spreadsheet, handler).length > 0;
}

/**
 * Removes this document's triggers for `handler`, found by listing the document's
 * triggers and by the id kept when it was created; returns how many there were.
 */
export function removeTriggers(spreadsheet: Spreadsheet, handler: string): number {
  const documentId = spreadsheet.getId();
  const triggers = triggersFor(spreadsheet, handler);
  const byId = keptTrigger(documentId);
  if (byId && !triggers.some((trigger) => trigger.getUniqueId() === byId.getUniqueId()))
    triggers.push(byId);
  for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
  if (keptTriggerId(documentId)) keepTriggerId(documentId, null);
  return triggers.length;
}

/** The reminders trigger as the setup check reports it: by its kept id and by listing. */
export interface TriggerFinding {
  readonly keptId: string | null;
  readonly foundById: boolean;
  readonly listed: number;
}

export function findReminderTrigger(spreadsheet: Spreadsheet, handler: string): TriggerFinding {
  const keptId = keptTriggerId(spreadsheet.getId());
  return {
    keptId,
    foundById: keptTrigger(spreadsheet.getId()) !== null,
    listed: triggersFor(spreadsheet, handler).length,
  };
}

// A trigger belongs to the account that created it: nobody else sees or deletes it.
// The document remembers who set one up, so another editor can be told whom to ask.
const SET_UP_BY_PROPERTY = 'okrSheets.remindersSetUpBy';

/** The email of the person at the keyboard ('' when the account does not share it). */
function currentUserEmail(): string {
  try {
    const email = Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
    return String(email ?? '')
      .trim()
      .toLowerCase();
  } catch (_error) {
    // Without the email scope nobody can be named; the reminders work all the same.
    return '';
  }
}

function readSetUpBy(properties: GoogleAppsScript.Properties.Properties): string[] {
  try {
    const stored: unknown = JSON.parse(properties.getProperty(SET_UP_BY_PROPERTY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((item) => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Records whether the person at the keyboard now has the daily trigger of this
 * document, and returns the other people who set one up (by email).
 */
export function recordReminderTrigger(on: boolean): string[] {
  const properties = PropertiesService.getDocumentProperties();
  const me = currentUserEmail();
  const others = readSetUpBy(properties).filter((email) => email !== me);
  const next = on && me ? [...others, me] : others;
  if (next.length) properties.setProperty(SET_UP_BY_PROPERTY, JSON.stringify(next));
  else properties.deleteProperty(SET_UP_BY_PROPERTY);
  return others;
}

/** Who set up reminders in this document (by email), as the document remembers. */
export function remindersSetUpBy(): string[] {
  return readSetUpBy(PropertiesService.getDocumentProperties());
}
