// Texts shipped beside the script as dist/<name>.html rather than inside it: every
// execution (each custom-function recalculation included) loads Code.js, while an asset is
// read only by the action that needs it.
// The build writes each asset from a core module (scripts/build.mjs, ASSETS).
import type { HelpText } from '../core/helpText';
import type { HeaderNoteCatalogue } from '../core/workbook/headerNoteTexts';

/** dist/<name>.html parsed as JSON, or null when it is missing or damaged. */
function readAsset(name: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(HtmlService.createHtmlOutputFromFile(name).getContent());
    return parsed !== null && typeof parsed === 'object'
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    // A missing or damaged asset must not stop the action: the texts are a help.
    return null;
  }
}

/** The header notes (see core/workbook/headerNoteTexts.ts); none when the asset is unreadable. */
export function readHeaderNotes(): HeaderNoteCatalogue {
  return (readAsset('HeaderNotes') as HeaderNoteCatalogue | null) ?? {};
}

/** The Help text (see core/helpText.ts), or null when the asset is unreadable. */
export function readHelpText(): HelpText | null {
  return readAsset('Help') as HelpText | null;
}
