import { isDone } from '../cells';
import { foldText } from '../text';
import { describeValue, FormulaInputError } from './errors';
import { lookup } from './lookup';
import { withoutNoise } from './numbers';

/** How a key result's progress is measured (docs/functions.md, KR_PROGRESS). */
export type KeyResultType = 'increase' | 'decrease' | 'at_least' | 'at_most' | 'binary';

// Folded spellings (lower case, no accents, `_` for spaces and hyphens) of every type
// word in English and Spanish.
const TYPE_WORDS: Readonly<Record<string, KeyResultType | 'auto'>> = {
  auto: 'auto',
  automatico: 'auto',
  increase: 'increase',
  aumentar: 'increase',
  decrease: 'decrease',
  reducir: 'decrease',
  at_least: 'at_least',
  al_menos: 'at_least',
  at_most: 'at_most',
  como_maximo: 'at_most',
  binary: 'binary',
  binario: 'binary',
};

/** Every word accepted as a type, for error messages and the docs. */
export const KEY_RESULT_TYPE_WORDS = Object.keys(TYPE_WORDS);

/**
 * Reads a type word in English or Spanish, ignoring case, accents, and spaces or hyphens
 * in place of `_` (`Al menos`, `cómo_máximo`). Blank means `auto`; any other word gives
 * `undefined`.
 */
export function parseKeyResultType(word: unknown): KeyResultType | 'auto' | undefined {
  if (word === undefined || word === null) return 'auto';
  if (typeof word !== 'string') return undefined;
  // Most cells hold a word exactly as listed; folding (Unicode normalisation) costs more.
  const exact = lookup(TYPE_WORDS, word);
  if (exact !== undefined) return exact;
  const folded = foldText(word).replace(/[\s-]+/g, '_');
  if (folded === '') return 'auto';
  return lookup(TYPE_WORDS, folded);
}

function requireNumber(value: unknown, argument: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new FormulaInputError(`${argument} is ${describeValue(value)}, not a number`);
}

/**
 * The fraction of the way from `start` to `target` that `current` has covered
 * (docs/functions.md, KR_PROGRESS). `current` is known not to be blank; `start` is `null`
 * when blank (it counts as 0 for increase and auto). With `cap`, the result is clamped
 * to [0, 1]; without it only the floor 0 applies.
 */
export function keyResultProgress(
  start: number | null,
  target: number,
  current: unknown,
  type: KeyResultType | 'auto' = 'auto',
  cap = true,
): number {
  if (type === 'binary') return isDone(current) ? 1 : 0;
  const targetValue = requireNumber(target, 'target');
  const currentValue = requireNumber(current, 'current');
  if (type === 'at_least') return currentValue >= targetValue ? 1 : 0;
  if (type === 'at_most') return currentValue <= targetValue ? 1 : 0;
  if (start === null && type === 'decrease') {
    throw new FormulaInputError('start is blank: a decrease key result needs a start value');
  }
  const startValue = start === null ? 0 : requireNumber(start, 'start');
  const direction = type === 'auto' ? (targetValue >= startValue ? 'increase' : 'decrease') : type;
  let progress: number;
  if (startValue === targetValue) {
    const reached =
      direction === 'increase' ? currentValue >= targetValue : currentValue <= targetValue;
    progress = reached ? 1 : 0;
  } else if (direction === 'increase') {
    progress = withoutNoise((currentValue - startValue) / (targetValue - startValue));
  } else {
    progress = withoutNoise((startValue - currentValue) / (startValue - targetValue));
  }
  if (progress < 0) return 0;
  return cap && progress > 1 ? 1 : progress;
}
