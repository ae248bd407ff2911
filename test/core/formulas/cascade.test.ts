import { cascadeProgress, evaluateCascade } from '../../../src/core/formulas/cascade';
import { FormulaInputError } from '../../../src/core/formulas/errors';

const node = (id: string, parentId: string, progress: number | null, weight = 1) => ({
  id,
  parentId,
  progress,
  weight,
});

describe('cascadeProgress', () => {
  it('docs/functions.md: O with KRs 0.27 and 0.18 and a child objective whose KR is 0.73 → 0.3933…', () => {
    const result = cascadeProgress([
      node('O', '', null),
      node('KR1', 'O', 0.27),
      node('KR2', 'O', 0.18),
      node('O2', 'O', 0.99),
      node('KR3', 'O2', 0.73),
    ]);
    expect(result.get('O')).toBeCloseTo(0.393333333333, 12);
    // A node with children ignores its own progress cell.
    expect(result.get('O2')).toBe(0.73);
    expect(result.get('KR1')).toBe(0.27);
  });

  it('weights children among their siblings; weight 0 excludes', () => {
    const result = cascadeProgress([
      node('O', '', null),
      node('A', 'O', 1, 3),
      node('B', 'O', 0, 1),
      node('C', 'O', 0.2, 0),
    ]);
    expect(result.get('O')).toBe(0.75);
  });

  it('skips leaves with blank progress; a parent with nothing measured is null', () => {
    const result = cascadeProgress([
      node('O', '', null),
      node('A', 'O', null),
      node('B', 'O', 0.4),
      node('P', '', 0.9),
      node('Q', 'P', null),
    ]);
    expect(result.get('O')).toBe(0.4);
    expect(result.get('A')).toBeNull();
    expect(result.get('P')).toBeNull();
  });

  it('makes a node whose parent is unknown a root; ids match trimmed and in any case', () => {
    const result = cascadeProgress([
      node('O-1', '', null),
      node('KR-1', ' o-1 ', 0.6),
      node('KR-2', 'O-404', 0.1),
    ]);
    expect(result.get('O-1')).toBe(0.6);
    expect(result.get('KR-2')).toBe(0.1);
  });

  it('rejects a cycle, naming its ids', () => {
    const nodes = [node('A', 'C', null), node('B', 'A', null), node('C', 'B', 0.5)];
    expect(() => cascadeProgress(nodes)).toThrow(FormulaInputError);
    expect(() => cascadeProgress(nodes)).toThrow(/^#VALUE! parent_ids form a cycle: /);
    try {
      cascadeProgress(nodes);
    } catch (error) {
      const message = (error as Error).message;
      for (const id of ['A', 'B', 'C']) expect(message).toContain(id);
    }
    expect(() => cascadeProgress([node('X', 'X', 0.5)])).toThrow('parent_ids form a cycle: X → X');
  });

  it('keeps the rest of the tree when some nodes form a cycle', () => {
    const values = evaluateCascade([
      node('Other', '', null),
      node('KR', 'Other', 0.3),
      node('A', 'B', null),
      node('B', 'A', null),
      node('Leaf', 'A', 0.8),
    ]);
    expect(values.get('Other')).toBe(0.3);
    expect(values.get('Leaf')).toBe(0.8);
    expect(values.get('A')).toBeInstanceOf(FormulaInputError);
    expect((values.get('B') as Error).message).toBe('#VALUE! parent_ids form a cycle: A → B → A');
  });

  it('passes an invalid row up to every node above it', () => {
    const invalid = new FormulaInputError('progress is "abc", not a number');
    const values = evaluateCascade([
      node('O', '', null),
      node('O2', 'O', null),
      { ...node('KR', 'O2', null), invalid },
      node('P', '', null),
      node('KR2', 'P', 0.5),
    ]);
    expect(values.get('O')).toBe(invalid);
    expect(values.get('O2')).toBe(invalid);
    expect(values.get('P')).toBe(0.5);
  });

  it('rejects repeated ids and negative weights', () => {
    expect(() => cascadeProgress([node('A', '', 0.1), node('a', '', 0.2)])).toThrow(
      /appears more than once/,
    );
    expect(() => cascadeProgress([node('O', '', null), node('A', 'O', 0.5, -2)])).toThrow(
      /weight of "A" is -2/,
    );
  });

  it('handles deep chains without overflowing the stack', () => {
    const nodes = [node('n0', '', null)];
    for (let index = 1; index < 20000; index++) {
      nodes.push(node(`n${index}`, `n${index - 1}`, index === 19999 ? 0.42 : null));
    }
    expect(cascadeProgress(nodes).get('n0')).toBe(0.42);
  });
});
