// Toasts and yes/no questions in the spreadsheet's UI.

/** A toast in the spreadsheet's corner; it never blocks the person. */
export function toast(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  message: string,
  title: string,
): void {
  spreadsheet.toast(message, title, 10);
}

/** Asks a yes/no question; true only when the person answers yes. */
export function confirm(title: string, body: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, body, ui.ButtonSet.YES_NO) === ui.Button.YES;
}
