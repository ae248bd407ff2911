// The add-on's custom functions as the playground's formula autocomplete offers them, in
// the workbook language: the registry's entries (the same that write the Apps Script JSDoc
// help) with the Spanish texts of docs/funciones.md. Built here, on the server side, so the
// page bundle never imports the registry; the page fetches it from /api/functions.
import { CUSTOM_FUNCTIONS_SPANISH } from '../src/core/i18n/customFunctionsSpanish';
import type { Language } from '../src/core/i18n/language';
import { customFunctions } from '../src/server/customFunctions';

export interface FunctionHelpView {
  readonly name: string;
  readonly summary: string;
  readonly params: readonly {
    readonly name: string;
    readonly description: string;
    readonly optional: boolean;
  }[];
}

export function functionHelp(language: Language): FunctionHelpView[] {
  return customFunctions
    .filter((entry) => entry.kind === 'customFunction')
    .map((entry) => {
      const spanish = language === 'es' ? CUSTOM_FUNCTIONS_SPANISH[entry.name] : undefined;
      return {
        name: entry.name,
        summary: spanish?.summary ?? entry.summary,
        params: entry.params.map((param) => ({
          name: param.name,
          description: spanish?.params[param.name] ?? param.description,
          optional: param.optional === true,
        })),
      };
    });
}
