// Thin adapter over the spreadsheet UI: menus, sidebars, and everything that tells or asks
// a person something. Every message helper takes the title first, then the text.
import type { LabelledMenuEntry } from '../core/menu';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Add-on menus appear under Extensions with the add-on's name (OKRs). */
export function addMenu(items: readonly LabelledMenuEntry[]): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const item of items) {
    if (item === 'separator') menu.addSeparator();
    else if ('items' in item) {
      const subMenu = ui.createMenu(item.label);
      for (const subItem of item.items) subMenu.addItem(subItem.label, subItem.functionName);
      menu.addSubMenu(subMenu);
    } else menu.addItem(item.label, item.functionName);
  }
  menu.addToUi();
}

/** Opens dist/<file>.html as the sidebar, titled in the user's language. */
export function showSidebar(file: string, title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** A message the person closes with OK. */
export function alert(title: string, body: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, body, ui.ButtonSet.OK);
}

/** A toast in the spreadsheet's corner; it never blocks the person. */
export function toast(spreadsheet: Spreadsheet, title: string, message: string): void {
  spreadsheet.toast(message, title, 10);
}

/** Asks a yes/no question; true only when the person answers Yes. */
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

/** Opens dist/<file>.html as a modal dialog. */
export function showDialogFromFile(
  file: string,
  title: string,
  width: number,
  height: number,
): void {
  const output = HtmlService.createHtmlOutputFromFile(file).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}
