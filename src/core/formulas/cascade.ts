import { idKey } from '../keyResults/identity';
import { describeValue, FormulaInputError } from './errors';
import { withoutNoise } from './numbers';

/** One node of the alignment tree: an objective or a key result. */
export interface CascadeNode {
  readonly id: string;
  /** Blank, or an id that is not a node, makes this node a root. */
  readonly parentId: string;
  /** A leaf's own progress (`null` = blank); ignored for nodes with children. */
  readonly progress: number | null;
  /** Weight among its siblings (blank = 1 is decided by the caller). */
  readonly weight: number;
  /** Why this node's own row is unusable; the node and every node above it get it. */
  readonly invalid?: FormulaInputError;
}

/** Per-node result: a progress, `null` (nothing measured below it), or why it is invalid. */
type CascadeValue = number | null | FormulaInputError;

/** Ids are compared by the one identity rule, as group ids in OKR_ROLLUP. */
function cascadeKey(id: string): string {
  return idKey(id);
}

/**
 * Evaluates every node, keeping going past problems: the nodes of a cycle, and every
 * node above an invalid one, get that error; every other node gets its value.
 */
export function evaluateCascade(nodes: readonly CascadeNode[]): Map<string, CascadeValue> {
  const count = nodes.length;
  // Index-based, so 100,000 nodes cost a few passes over arrays rather than map lookups.
  const indexByKey = new Map<string, number>();
  const repeated = new Uint8Array(count);
  const ignored = new Uint8Array(count);
  // Non-null assertions below index arrays of length `count` (or `count + 1`) with an index
  // in range by construction: no checks or allocations are added to these loops.
  for (let index = 0; index < count; index++) {
    const key = cascadeKey(nodes[index]!.id);
    const first = indexByKey.get(key);
    if (first === undefined) indexByKey.set(key, index);
    else {
      repeated[first] = 1;
      ignored[index] = 1;
    }
  }
  const parent = new Int32Array(count).fill(-1);
  const childCount = new Int32Array(count + 1);
  for (let index = 0; index < count; index++) {
    if (ignored[index]) continue;
    const parentIndex = indexByKey.get(cascadeKey(nodes[index]!.parentId));
    if (parentIndex === undefined) continue;
    parent[index] = parentIndex;
    childCount[parentIndex]!++;
  }
  // Children of node i are children[childStart[i] .. childStart[i + 1]).
  const childStart = new Int32Array(count + 1);
  for (let index = 0; index < count; index++) {
    childStart[index + 1] = childStart[index]! + childCount[index]!;
  }
  const children = new Int32Array(childStart[count]!);
  const filled = childStart.slice(0, count);
  for (let index = 0; index < count; index++) {
    const parentIndex = parent[index]!;
    if (parentIndex >= 0) children[filled[parentIndex]!++] = index;
  }

  const values: CascadeValue[] = new Array(count).fill(null);
  const done = new Uint8Array(count);

  const nodeValue = (index: number): CascadeValue => {
    // `index` is a node's index and `at` runs over its children's slots: both in range.
    const node = nodes[index]!;
    if (repeated[index]) {
      return new FormulaInputError(`id ${describeValue(node.id)} appears more than once in ids`);
    }
    if (node.invalid) return node.invalid;
    if (childStart[index] === childStart[index + 1]) return node.progress;
    let weightedSum = 0;
    let totalWeight = 0;
    for (let at = childStart[index]!; at < childStart[index + 1]!; at++) {
      const child = children[at]!;
      const value = values[child] as CascadeValue; // `!` would also drop `null`
      if (value instanceof FormulaInputError) return value;
      if (value === null) continue;
      const weight = nodes[child]!.weight;
      if (!Number.isFinite(weight) || weight < 0) {
        return new FormulaInputError(
          `weight of ${describeValue(nodes[child]!.id)} is ${describeValue(weight)}; weights must be 0 or more`,
        );
      }
      if (weight === 0) continue;
      weightedSum += value * weight;
      totalWeight += weight;
    }
    return totalWeight === 0 ? null : withoutNoise(weightedSum / totalWeight);
  };

  // Iterative post-order walk: deep trees must not overflow the call stack.
  const stack = new Int32Array(count);
  const cursor = new Int32Array(count);
  const walk = (root: number): void => {
    let top = 0;
    stack[0] = root;
    // The stack holds node indices and `top` stays within it: the assertions are in range.
    cursor[root] = childStart[root]!;
    while (top >= 0) {
      const index = stack[top]!;
      if (cursor[index]! < childStart[index + 1]!) {
        const child = children[cursor[index]!++]!;
        if (!done[child]) {
          stack[++top] = child;
          cursor[child] = childStart[child]!;
        }
        continue;
      }
      values[index] = nodeValue(index);
      done[index] = 1;
      top--;
    }
  };

  for (let index = 0; index < count; index++) {
    if (!ignored[index] && parent[index]! < 0) walk(index);
  }
  // What no root reaches hangs from a cycle (each node has one parent). Following parents
  // from such a node finds the cycle; the subtrees below it still compute.
  for (let index = 0; index < count; index++) {
    if (ignored[index] || done[index]) continue;
    // A node no root reaches has a parent (>= 0), so following parents stays in range.
    const seen = new Set<number>();
    let member = index;
    while (!seen.has(member)) {
      seen.add(member);
      member = parent[member]!;
    }
    const cycle: number[] = [];
    let next = member;
    do {
      cycle.push(next);
      next = parent[next]!;
    } while (next !== member);
    const ids = cycle.map((at) => nodes[at]!.id);
    const error = new FormulaInputError(`parent_ids form a cycle: ${[...ids, ids[0]].join(' → ')}`);
    for (const at of cycle) {
      values[at] = error;
      done[at] = 1;
    }
    for (const at of cycle) {
      for (let position = childStart[at]!; position < childStart[at + 1]!; position++) {
        const child = children[position]!;
        if (!done[child]) walk(child);
      }
    }
  }

  // Ids are reported as written in `ids` (the first time each is written).
  const byId = new Map<string, CascadeValue>();
  for (let index = 0; index < count; index++) {
    if (!ignored[index]) byId.set(nodes[index]!.id, values[index] as CascadeValue);
  }
  return byId;
}

/**
 * The progress of every node through the alignment tree (docs/functions.md, OKR_CASCADE): a
 * node with children gets the weighted mean of its children's values (children without
 * a value are skipped, weight 0 excludes); a leaf keeps its own progress. Throws a
 * FormulaInputError naming the ids of a cycle, or the first other problem.
 */
export function cascadeProgress(
  nodes: readonly { id: string; parentId: string; progress: number | null; weight: number }[],
): Map<string, number | null> {
  const values = evaluateCascade(nodes);
  const result = new Map<string, number | null>();
  for (const [id, value] of values) {
    if (value instanceof FormulaInputError) throw value;
    result.set(id, value);
  }
  return result;
}
