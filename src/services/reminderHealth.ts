// Where the daily reminders leave word of how they ran: the trigger's unique id and the
// problems of runs that could not reach their workbook in the creator's user properties
// (a run without a document has no document properties), the last run in the document's.
import {
  afterRun,
  type RunRecord,
  readProblems,
  readRunRecord,
  type TriggerProblem,
  withProblem,
} from '../core/reminders/health';

const TRIGGER_IDS = 'okrSheets.reminderTriggerIds';
const PROBLEMS = 'okrSheets.reminderProblems';
const RUNS = 'okrSheets.reminderRuns';

type Properties = GoogleAppsScript.Properties.Properties;

function idsIn(properties: Properties): Record<string, string> {
  try {
    const ids: unknown = JSON.parse(properties.getProperty(TRIGGER_IDS) ?? '{}');
    return typeof ids === 'object' && ids !== null ? (ids as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Keeps (or, with null, forgets) this user's trigger id for a document. */
export function keepTriggerId(documentId: string, triggerId: string | null): void {
  const properties = PropertiesService.getUserProperties();
  const ids = idsIn(properties);
  if (triggerId) ids[documentId] = triggerId;
  else delete ids[documentId];
  properties.setProperty(TRIGGER_IDS, JSON.stringify(ids));
}

/** This user's kept trigger id for a document, or null. */
export function keptTriggerId(documentId: string): string | null {
  const id = idsIn(PropertiesService.getUserProperties())[documentId];
  return typeof id === 'string' ? id : null;
}

/** The document a kept trigger id belongs to ('' when none is known). */
export function documentOfTrigger(triggerId: string): string {
  const ids = idsIn(PropertiesService.getUserProperties());
  return Object.keys(ids).find((documentId) => ids[documentId] === triggerId) ?? '';
}

export function recordProblem(problem: TriggerProblem): void {
  const properties = PropertiesService.getUserProperties();
  properties.setProperty(PROBLEMS, withProblem(properties.getProperty(PROBLEMS), problem));
}

// A run that knew neither its spreadsheet nor a kept trigger id (one set up before ids were
// kept) names no workbook: it is told in the first one its creator opens.
const concerns = (problem: TriggerProblem, documentId: string) =>
  problem.documentId === documentId || problem.documentId === '';

/** This document's recorded problems, oldest first (the store is left as it is). */
export function problemsOf(documentId: string): TriggerProblem[] {
  return readProblems(PropertiesService.getUserProperties().getProperty(PROBLEMS)).filter(
    (problem) => concerns(problem, documentId),
  );
}

/** Forgets this document's recorded problems, once a person has been told of them. */
export function clearProblemsOf(documentId: string): void {
  const properties = PropertiesService.getUserProperties();
  const rest = readProblems(properties.getProperty(PROBLEMS)).filter(
    (problem) => !concerns(problem, documentId),
  );
  if (rest.length) properties.setProperty(PROBLEMS, JSON.stringify(rest));
  else properties.deleteProperty(PROBLEMS);
}

export function recordRun(at: string, outcome: Parameters<typeof afterRun>[2]): void {
  const properties = PropertiesService.getDocumentProperties();
  properties.setProperty(RUNS, afterRun(properties.getProperty(RUNS), at, outcome));
}

export function runRecord(): RunRecord {
  return readRunRecord(PropertiesService.getDocumentProperties().getProperty(RUNS));
}
