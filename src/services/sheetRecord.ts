// Which sheets the add-on made for its reports, kept in the document's properties like
// the Dashboard's (dashboardRecord.ts): a person's sheet that happens to bear a report's
// name is never taken for it, and never written.

/** The report sheets the add-on makes and rewrites, and the examples' sales sheet. */
export type ReportKind = 'review' | 'midPeriodReview' | 'periodScores' | 'history' | 'exampleData';

const PROPERTY = 'okrSheets.reportSheetIds.';

/** The sheet ids recorded for `kind` (a mid-period review has one per review day). */
export function recordedSheetIds(kind: ReportKind): number[] {
  const value = PropertiesService.getDocumentProperties().getProperty(PROPERTY + kind);
  if (!value) return [];
  try {
    const ids: unknown = JSON.parse(value);
    return Array.isArray(ids) ? ids.filter((id): id is number => Number.isInteger(id)) : [];
  } catch {
    return [];
  }
}

/** Records that the add-on made (or adopted) this sheet for `kind`. */
export function recordSheetId(kind: ReportKind, sheetId: number, known = recordedSheetIds(kind)) {
  if (known.includes(sheetId)) return;
  // Within the 9 KB of a property value: the newest few hundred ids are plenty.
  const ids = [...known, sheetId].slice(-500);
  PropertiesService.getDocumentProperties().setProperty(PROPERTY + kind, JSON.stringify(ids));
}
