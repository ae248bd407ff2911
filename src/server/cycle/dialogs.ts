// The cycle's dialogs: alerts, yes/no questions and the next-period prompt.

export function showAlert(title: string, body: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, body, ui.ButtonSet.OK);
}

/** True only when the person answers Yes. */
export function askYesNo(title: string, body: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, body, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** The text typed, or null when the person cancels or closes the prompt. */
export function askText(title: string, body: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(title, body, ui.ButtonSet.OK_CANCEL);
  return response.getSelectedButton() === ui.Button.OK ? response.getResponseText() : null;
}

export function showToast(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  title: string,
  message: string,
): void {
  spreadsheet.toast(message, title, 10);
}
