// Typing into a cell, as a person in Sheets would: Enter writes it, Escape leaves it. A
// formula is typed and shown in the spreadsheet locale's syntax (`;` and `,` in es_ES) and
// written in the English syntax setFormula takes, as Sheets' own editor does.
import { toEnglishFormula, toLocaleFormula } from '../../src/core/i18n/formulaLocale';
import type { Language } from '../../src/core/i18n/language';
import type { FunctionHelpView } from '../functionHelp';
import { attachAutocomplete } from './autocomplete';

const helpByLanguage = new Map<Language, Promise<readonly FunctionHelpView[]>>();

/** The add-on's functions in that language, fetched once (the page bundle has no registry). */
function functionHelp(language: Language): Promise<readonly FunctionHelpView[]> {
  let help = helpByLanguage.get(language);
  if (!help) {
    help = fetch(`/api/functions?language=${language}`)
      .then((response) => response.json() as Promise<FunctionHelpView[]>)
      .catch(() => []);
    helpByLanguage.set(language, help);
  }
  return help;
}

export interface CellEditorOptions {
  readonly cell: HTMLTableCellElement;
  readonly label: string;
  /** What the cell shows, for a value cell. */
  readonly shown: string;
  /** The cell's formula in English syntax, if it has one. */
  readonly formula: string | undefined;
  readonly locale: string;
  readonly language: Language;
  /** Called once: with the value to write (English syntax), or undefined to leave the cell. */
  readonly finish: (value: string | undefined) => void;
}

export function openCellEditor(options: CellEditorOptions): HTMLInputElement {
  const initial =
    options.formula !== undefined
      ? toLocaleFormula(options.formula, options.locale)
      : options.shown;
  const input = document.createElement('input');
  input.className = 'cell-editor';
  input.type = 'text';
  input.setAttribute('aria-label', options.label);
  input.value = initial;
  let functions: readonly FunctionHelpView[] = [];
  const autocomplete = attachAutocomplete(input, {
    functions: () => functions,
    locale: options.locale,
    language: options.language,
  });
  void functionHelp(options.language).then((help) => {
    functions = help;
    if (document.activeElement === input) autocomplete.refresh();
  });
  options.cell.replaceChildren(input);
  input.focus();
  input.select();
  let done = false;
  const finish = (save: boolean) => {
    if (done) return;
    done = true;
    autocomplete.close();
    const typed = input.value;
    options.finish(save && typed !== initial ? toEnglishFormula(typed, options.locale) : undefined);
  };
  input.addEventListener('keydown', (event) => {
    if (autocomplete.keydown(event)) return;
    if (event.key === 'Enter') finish(true);
    else if (event.key === 'Escape') finish(false);
  });
  input.addEventListener('blur', () => finish(false));
  return input;
}
