// Thin adapter over ScriptApp: authorization and the one daily trigger per document.

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

/**
 * Installs the daily time-driven trigger of this document at `hour` (the spreadsheet's
 * time zone), replacing an earlier one: an add-on may hold only one trigger of each
 * type per user and document.
 */
export function installDailyTrigger(spreadsheet: Spreadsheet, handler: string, hour: number): void {
  removeTriggers(spreadsheet, handler);
  ScriptApp.newTrigger(handler)
    .timeBased()
    .atHour(hour)
    .everyDays(1)
    .inTimezone(spreadsheet.getSpreadsheetTimeZone())
    .create();
}

/** Removes this document's triggers for `handler`; returns how many there were. */
export function removeTriggers(spreadsheet: Spreadsheet, handler: string): number {
  const triggers = triggersFor(spreadsheet, handler);
  for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
  return triggers.length;
}
