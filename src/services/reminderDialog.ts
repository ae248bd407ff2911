// The reminder preview dialog (dist/ReminderPreview.html).

/** Opens the preview as a modal dialog; the page asks the server for today's emails. */
export function showReminderPreview(title: string): void {
  const html = HtmlService.createHtmlOutputFromFile('ReminderPreview').setWidth(760).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}
