// Texts shipped beside the script as dist/<name>.html rather than inside it: every
// execution (each custom-function recalculation included) loads Code.js, while an asset is
// read only by the action that needs it.
import type { HeaderNoteCatalogue } from '../core/workbook/headerNoteTexts';

/** The header notes (see core/workbook/headerNoteTexts.ts); none when the asset is unreadable. */
export function readHeaderNotes(): HeaderNoteCatalogue {
  try {
    const parsed: unknown = JSON.parse(
      HtmlService.createHtmlOutputFromFile('HeaderNotes').getContent(),
    );
    return parsed !== null && typeof parsed === 'object' ? (parsed as HeaderNoteCatalogue) : {};
  } catch {
    // A missing or damaged asset must not stop create/upgrade: the notes are a help.
    return {};
  }
}
