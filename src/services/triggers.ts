// Thin adapter over ScriptApp: authorization and the one daily trigger per document.
import { messageOf } from '../core/reminders/run';

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
    ScriptApp.newTrigger(handler)
      .timeBased()
      .atHour(hour)
      .everyDays(1)
      .inTimezone(spreadsheet.getSpreadsheetTimeZone())
      .create();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: messageOf(error) };
  }
}

/** Removes this document's triggers for `handler`; returns how many there were. */
export function removeTriggers(spreadsheet: Spreadsheet, handler: string): number {
  const triggers = triggersFor(spreadsheet, handler);
  for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
  return triggers.length;
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
