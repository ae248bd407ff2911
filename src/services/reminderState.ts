// What the reminders keep in the user properties of the person who set them up, one set of
// keys per spreadsheet: the manager addresses they approved, sends the Reminder log could
// not record, and a notice for their next open. Only that account reads or writes its
// user properties (an editor cannot approve an address for someone else's mailbox), and
// its trigger runs as it.
import type { LogEntry } from '../core/reminders/log';

const PREFIX = 'okrSheets.reminders.';
const APPROVED = `${PREFIX}approved.`;
const UNLOGGED = `${PREFIX}unlogged.`;
/** The notice shown (a toast) on the next open by the person who set up the reminders. */
export const REMINDER_NOTICE = `${PREFIX}notice.`;
// A Properties value holds 9 KB: the approved list is split across numbered keys.
const CHUNK_BYTES = 8000;

function userProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

function parsed(text: string | undefined): unknown[] {
  try {
    const value: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

export interface ReminderUserState {
  readonly approved: ReadonlySet<string>;
  /** Sent emails whose log rows could not be written (outcome `sent`). */
  readonly unlogged: readonly LogEntry[];
  /** Whether a notice waits for the next open. */
  readonly notice: boolean;
}

/** One read of the user properties. */
export function readReminderUserState(spreadsheetId: string): ReminderUserState {
  const all = userProperties().getProperties();
  const approved = new Set<string>();
  for (let chunk = 0; all[`${APPROVED}${spreadsheetId}.${chunk}`] !== undefined; chunk++) {
    for (const email of parsed(all[`${APPROVED}${spreadsheetId}.${chunk}`]))
      if (typeof email === 'string') approved.add(email);
  }
  const unlogged = parsed(all[`${UNLOGGED}${spreadsheetId}`]).filter(
    (entry): entry is LogEntry =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as LogEntry).manager === 'string' &&
      typeof (entry as LogEntry).oneOnOneDate === 'string',
  );
  return {
    approved,
    unlogged: unlogged.map((entry) => ({ ...entry, outcome: 'sent' })),
    notice: all[`${REMINDER_NOTICE}${spreadsheetId}`] !== undefined,
  };
}

/** Replaces the approved addresses of this spreadsheet (two calls). */
export function saveApproved(spreadsheetId: string, emails: readonly string[]): void {
  const properties = userProperties();
  const chunks: string[][] = [[]];
  let bytes = 2;
  for (const email of emails) {
    const size = email.length + 3;
    if (bytes + size > CHUNK_BYTES) {
      chunks.push([]);
      bytes = 2;
    }
    chunks[chunks.length - 1]?.push(email);
    bytes += size;
  }
  const values: Record<string, string> = {};
  chunks.forEach((chunk, index) => {
    values[`${APPROVED}${spreadsheetId}.${index}`] = JSON.stringify(chunk);
  });
  // The chunk after the last one is removed, so an older, longer list ends here.
  properties.setProperties(values);
  properties.deleteProperty(`${APPROVED}${spreadsheetId}.${chunks.length}`);
}

/** Keeps sent emails the log could not record, for the next run to write (one call). */
export function saveUnlogged(spreadsheetId: string, entries: readonly LogEntry[]): void {
  userProperties().setProperty(`${UNLOGGED}${spreadsheetId}`, JSON.stringify(entries));
}

export function clearUnlogged(spreadsheetId: string): void {
  userProperties().deleteProperty(`${UNLOGGED}${spreadsheetId}`);
}

/** Leaves a notice for the next open of this spreadsheet by this person (one call). */
export function saveNotice(spreadsheetId: string, text: string): void {
  userProperties().setProperty(`${REMINDER_NOTICE}${spreadsheetId}`, text.slice(0, 2000));
}

export function clearNotice(spreadsheetId: string): void {
  userProperties().deleteProperty(`${REMINDER_NOTICE}${spreadsheetId}`);
}

/** The notice left for this person, removed as it is read; null when there is none. */
export function takeNotice(spreadsheetId: string): string | null {
  const properties = userProperties();
  const key = `${REMINDER_NOTICE}${spreadsheetId}`;
  const text = properties.getProperty(key);
  if (text !== null) properties.deleteProperty(key);
  return text;
}
