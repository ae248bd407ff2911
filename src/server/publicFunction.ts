/**
 * The registry entry of one public entry point: the single source of truth for the
 * generated top-level stubs in dist/Code.js, the functions reference in docs/, the
 * formula-engine plugin used in tests, and the public-surface test.
 */
type PublicFunctionKind =
  /** A custom function typed in a cell (`@customfunction`). */
  | 'customFunction'
  /** onOpen / onInstall. */
  | 'simpleTrigger'
  /** Called by an item of the OKRs menu. */
  | 'menuAction'
  /** Called by the sidebar or a dialog through google.script.run. */
  | 'clientCall'
  /** Run by an installable (time-driven) trigger. */
  | 'installableTrigger';

interface ParameterDoc {
  readonly name: string;
  /** JSDoc type, e.g. `number|Array<Array<number>>`. */
  readonly type: string;
  readonly description: string;
  readonly optional?: boolean;
}

/**
 * How Sheets (and the test engine) sizes the result of a custom function:
 * `broadcast` = the largest range among the arguments (only those at `indexes` when
 * given: a list argument such as holidays does not shape the result); `argument` = the
 * shape of the first of these arguments that is given (a single cell when none is).
 */
export type ResultShape =
  | { readonly from: 'broadcast'; readonly indexes?: readonly number[] }
  | { readonly from: 'argument'; readonly indexes: readonly number[] };

export interface PublicFunction {
  readonly name: string;
  readonly kind: PublicFunctionKind;
  /** One line: the Sheets autocomplete description. */
  readonly summary: string;
  /** Further paragraphs of the JSDoc and the docs page. */
  readonly details?: readonly string[];
  readonly params: readonly ParameterDoc[];
  readonly returns?: string;
  /** Formulas or calls, e.g. `=KR_PROGRESS(12%, 7%, 9%)` → `0.6`. */
  readonly examples?: readonly string[];
  readonly resultShape?: ResultShape;
  // biome-ignore lint/suspicious/noExplicitAny: entry points receive whatever Apps Script passes.
  readonly implementation: (...args: any[]) => unknown;
}

/** Identity helper that keeps each registry entry type-checked where it is written. */
export function definePublicFunction(entry: PublicFunction): PublicFunction {
  return entry;
}
