// The formula autocomplete under the cell editor: typing `=KR` offers the add-on's custom
// functions with their description and arguments, in the workbook language (as Sheets
// shows a custom function's JSDoc help). An ARIA combobox: arrow keys move, Enter or Tab
// accepts, Escape closes.
import { usesDecimalComma } from '../../src/core/i18n/formulaLocale';
import type { Language } from '../../src/core/i18n/language';
import type { FunctionHelpView } from '../functionHelp';

const WORDS: Readonly<Record<Language, { list: string; optional: string }>> = {
  es: { list: 'Funciones del complemento', optional: 'opcional' },
  en: { list: 'Add-on functions', optional: 'optional' },
};

/** The function name being typed just before the caret of a formula, if any. */
export function nameBeforeCaret(
  text: string,
  caret: number,
): { start: number; prefix: string } | undefined {
  if (!text.startsWith('=')) return undefined;
  const before = text.slice(0, caret);
  // Inside a string literal nothing is a function name.
  if ((before.match(/"/g) ?? []).length % 2 === 1) return undefined;
  const match = /(?:^=|[^A-Za-z0-9_.'!:$])([A-Za-z_][A-Za-z0-9_.]*)$/.exec(before);
  if (!match) return undefined;
  return { start: caret - match[1].length, prefix: match[1] };
}

/** The functions whose name starts with what is typed (any case). */
export function matchingFunctions(
  functions: readonly FunctionHelpView[],
  prefix: string,
): FunctionHelpView[] {
  const typed = prefix.toUpperCase();
  return functions.filter((entry) => entry.name.startsWith(typed));
}

/** `KR_PROGRESS(start; target; current; [type]; [cap])` with the locale's separator. */
export function signatureOf(entry: FunctionHelpView, locale: string): string {
  const separator = usesDecimalComma(locale) ? '; ' : ', ';
  const params = entry.params.map((param) => (param.optional ? `[${param.name}]` : param.name));
  return `${entry.name}(${params.join(separator)})`;
}

let lists = 0;

export interface Autocomplete {
  /** Handles a key in the editor; true when the list used it (the editor must not). */
  keydown(event: KeyboardEvent): boolean;
  /** Looks at the editor again (the function list arrived). */
  refresh(): void;
  close(): void;
}

/** Attaches the autocomplete to a cell editor. */
export function attachAutocomplete(
  input: HTMLInputElement,
  options: {
    readonly functions: () => readonly FunctionHelpView[];
    readonly locale: string;
    readonly language: Language;
  },
): Autocomplete {
  lists += 1;
  const listId = `formula-help-${lists}`;
  const words = WORDS[options.language];
  const list = document.createElement('div');
  list.id = listId;
  list.className = 'formula-help';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', words.list);
  list.hidden = true;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-expanded', 'false');
  // A click on an option must not blur the editor (that would cancel the edit).
  list.addEventListener('mousedown', (event) => event.preventDefault());
  document.body.append(list);

  let shown: FunctionHelpView[] = [];
  let active = 0;
  let typed: { start: number; prefix: string } | undefined;

  const close = () => {
    shown = [];
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const render = () => {
    list.replaceChildren(
      ...shown.map((entry, index) => {
        const option = document.createElement('div');
        option.id = `${listId}-${entry.name}`;
        option.className = 'formula-option';
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', String(index === active));
        option.dataset.function = entry.name;
        const signature = document.createElement('div');
        signature.className = 'formula-signature';
        signature.textContent = signatureOf(entry, options.locale);
        const summary = document.createElement('div');
        summary.className = 'formula-summary';
        summary.textContent = entry.summary;
        option.append(signature, summary);
        if (index === active) {
          // The arguments of the highlighted function, as Sheets' help card lists them.
          const params = document.createElement('dl');
          params.className = 'formula-params';
          for (const param of entry.params) {
            const term = document.createElement('dt');
            term.textContent = param.optional ? `${param.name} (${words.optional})` : param.name;
            const description = document.createElement('dd');
            description.textContent = param.description;
            params.append(term, description);
          }
          option.append(params);
        }
        option.addEventListener('click', () => {
          active = index;
          accept();
        });
        return option;
      }),
    );
    const rect = input.getBoundingClientRect();
    list.style.left = `${Math.round(rect.left)}px`;
    list.style.top = `${Math.round(rect.bottom + 2)}px`;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-activedescendant', `${listId}-${shown[active].name}`);
  };

  const update = () => {
    typed = nameBeforeCaret(input.value, input.selectionStart ?? input.value.length);
    const found = typed ? matchingFunctions(options.functions(), typed.prefix) : [];
    if (found.length === 0) return close();
    const previous = shown[active]?.name;
    shown = found;
    active = Math.max(
      0,
      found.findIndex((entry) => entry.name === previous),
    );
    render();
  };

  const accept = () => {
    const entry = shown[active];
    if (!entry || !typed) return;
    const caret = input.selectionStart ?? input.value.length;
    const after = input.value.slice(caret);
    const opening = after.startsWith('(') ? '' : '(';
    input.value = `${input.value.slice(0, typed.start)}${entry.name}${opening}${after}`;
    const position = typed.start + entry.name.length + 1;
    input.setSelectionRange(position, position);
    close();
  };

  input.addEventListener('input', update);

  return {
    keydown(event) {
      if (shown.length === 0) return false;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        active = (active + step + shown.length) % shown.length;
        render();
      } else if (event.key === 'Enter' || event.key === 'Tab') accept();
      else if (event.key === 'Escape') close();
      else return false;
      event.preventDefault();
      return true;
    },
    refresh: update,
    close() {
      close();
      list.remove();
    },
  };
}
