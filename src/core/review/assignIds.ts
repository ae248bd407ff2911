import { idKey } from '../keyResults/identity';
import { foldText, isBlank } from '../text';

/**
 * IDs for the rows that lack one: objectives get the next free `O<n>`; a key result gets
 * `KR<n>.<k>` when its objective is `O<n>` (the next free k), else the next free `KR<n>`.
 * IDs already in the workbook are never reused.
 */

export interface RowToIdentify {
  readonly rowNumber: number;
  readonly id: unknown;
  /** For key results: the objective's ID. */
  readonly objectiveId?: unknown;
}

export interface AssignedId {
  readonly rowNumber: number;
  readonly id: string;
}

// Where the search for each ID pattern resumes, so 10,000 blank IDs stay linear.
const resumeAt = new WeakMap<Set<string>, Map<string, number>>();

function nextFree(taken: Set<string>, pattern: string, make: (n: number) => string): string {
  const counters = resumeAt.get(taken) ?? new Map<string, number>();
  resumeAt.set(taken, counters);
  for (let n = counters.get(pattern) ?? 1; ; n++) {
    const candidate = make(n);
    if (!taken.has(foldText(candidate))) {
      taken.add(foldText(candidate));
      counters.set(pattern, n + 1);
      return candidate;
    }
  }
}

/** Every ID in use, folded, across objectives and key results (they share one tree). */
export function takenIds(...sheets: readonly (readonly RowToIdentify[])[]): Set<string> {
  const taken = new Set<string>();
  for (const rows of sheets) for (const row of rows) if (!isBlank(row.id)) taken.add(idKey(row.id));
  return taken;
}

export function assignObjectiveIds(
  rows: readonly RowToIdentify[],
  taken: Set<string>,
): AssignedId[] {
  return rows
    .filter((row) => isBlank(row.id))
    .map((row) => ({ rowNumber: row.rowNumber, id: nextFree(taken, 'O', (n) => `O${n}`) }));
}

export function assignKeyResultIds(
  rows: readonly RowToIdentify[],
  taken: Set<string>,
): AssignedId[] {
  return rows
    .filter((row) => isBlank(row.id))
    .map((row) => {
      const objective = /^o(\d+)$/.exec(idKey(row.objectiveId));
      const id = objective
        ? nextFree(taken, `KR${objective[1]}.`, (k) => `KR${objective[1]}.${k}`)
        : nextFree(taken, 'KR', (n) => `KR${n}`);
      return { rowNumber: row.rowNumber, id };
    });
}
