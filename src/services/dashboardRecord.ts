// Which sheet is the add-on's own Dashboard, kept in the document's properties: a sheet
// a person named "Dashboard" themselves must never be mistaken for it (and wiped).
const DASHBOARD_SHEET_ID_PROPERTY = 'okrSheets.dashboardSheetId';

/** The sheet id of the Dashboard the add-on created, or null when none was recorded. */
export function recordedDashboardSheetId(): number | null {
  const value = PropertiesService.getDocumentProperties().getProperty(DASHBOARD_SHEET_ID_PROPERTY);
  if (value === null || value.trim() === '') return null;
  const id = Number(value);
  return Number.isInteger(id) ? id : null;
}

export function recordDashboardSheetId(sheetId: number): void {
  PropertiesService.getDocumentProperties().setProperty(
    DASHBOARD_SHEET_ID_PROPERTY,
    String(sheetId),
  );
}
