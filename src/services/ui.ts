// Thin adapter over the spreadsheet UI (menus, sidebars, alerts, toasts).
import type { LabelledMenuItem } from '../core/menu';

/** Add-on menus appear under Extensions with the add-on's name (OKRs). */
export function addMenu(items: readonly (LabelledMenuItem | 'separator')[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.label, item.functionName);
  }
  menu.addToUi();
}

/** Opens dist/<file>.html as the sidebar, titled in the user's language. */
export function showSidebar(file: string, title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function alert(title: string, body: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, body, ui.ButtonSet.OK);
}
