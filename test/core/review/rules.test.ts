import { parseOneOnOneSchedule } from '../../../src/core/reminders/schedule';
import {
  assignKeyResultIds,
  assignObjectiveIds,
  takenIds,
} from '../../../src/core/review/assignIds';
import { describeFinding } from '../../../src/core/review/messages';
import {
  type Finding,
  type KeyResultRow,
  numericValue,
  type ObjectiveRow,
  type PersonRow,
  type ReviewInput,
  reviewOkrs,
} from '../../../src/core/review/rules';

const asOf = new Date(2026, 10, 22);
const daysAgo = (days: number) => new Date(asOf.getTime() - days * 86_400_000);

const objective = (
  rowNumber: number,
  id: string,
  more: Partial<ObjectiveRow> = {},
): ObjectiveRow => ({
  rowNumber,
  id,
  objective: `Objective ${id}`,
  team: 'Sales',
  owner: 'ana@x.com',
  parentId: '',
  ...more,
});

const keyResult = (
  rowNumber: number,
  id: string,
  objectiveId: string,
  more: Partial<KeyResultRow> = {},
): KeyResultRow => ({
  rowNumber,
  id,
  objectiveId,
  keyResult: `KR ${id}`,
  owner: 'ana@x.com',
  type: '',
  start: 0,
  target: 10,
  current: 5,
  lastCheckIn: daysAgo(2),
  ...more,
});

const people: PersonRow[] = [
  { rowNumber: 2, name: 'Ana', email: 'ana@x.com', managerEmail: '', oneOnOneSchedule: '' },
];

function review(overrides: Partial<ReviewInput>): Finding[] {
  return reviewOkrs({
    objectives: [objective(2, 'O1')],
    keyResults: [keyResult(2, 'KR1', 'O1'), keyResult(3, 'KR2', 'O1'), keyResult(4, 'KR3', 'O1')],
    checkIns: [],
    people,
    asOf,
    periodStart: daysAgo(40),
    isValidSchedule: (text) => parseOneOnOneSchedule(text) !== null,
    ...overrides,
  });
}

const rules = (findings: Finding[]) =>
  findings.map((finding) => `${finding.rule}@${finding.sheet}:${finding.rowNumber}`);

describe('reviewOkrs', () => {
  it('finds nothing wrong in well-written OKRs', () => {
    expect(review({})).toEqual([]);
  });

  it('flags objectives with fewer than 3, more than 5, or no key results', () => {
    const keyResults = [
      keyResult(2, 'KR1', 'O1'),
      keyResult(3, 'KR2', 'O1'),
      ...[1, 2, 3, 4, 5, 6].map((n) => keyResult(3 + n, `KR2.${n}`, 'O2')),
    ];
    const findings = review({
      objectives: [objective(2, 'O1'), objective(3, 'O2'), objective(4, 'O3')],
      keyResults,
    });
    expect(rules(findings)).toEqual([
      'tooFewKeyResults@objectives:2',
      'tooManyKeyResults@objectives:3',
      'noKeyResults@objectives:4',
    ]);
    expect(findings[0].values.count).toBe(2);
  });

  it('flags an owner and a team with more than 5 objectives, once each', () => {
    const objectives = [1, 2, 3, 4, 5, 6].map((n) =>
      objective(n + 1, `O${n}`, { owner: ' ANA@x.com ' }),
    );
    const keyResults = objectives.flatMap((item, index) =>
      [1, 2, 3].map((k) => keyResult(index * 3 + k + 1, `KR${index}.${k}`, String(item.id))),
    );
    const findings = review({ objectives, keyResults });
    expect(rules(findings)).toEqual([
      'ownerTooManyObjectives@objectives:2',
      'teamTooManyObjectives@objectives:2',
    ]);
    expect(findings[0].values).toMatchObject({ count: 6, max: 5 });
  });

  it('flags KRs with no numeric target, start equal to target, text in numeric columns', () => {
    const findings = review({
      keyResults: [
        keyResult(2, 'KR1', 'O1', { target: '' }),
        keyResult(3, 'KR2', 'O1', { target: 'lots' }),
        keyResult(4, 'KR3', 'O1', { start: 10, target: 10 }),
        keyResult(5, 'KR4', 'O1', { start: 'zero', current: 'n/a' }),
        keyResult(6, 'KR5', 'O1', { type: 'binario', start: '', target: '', current: 'sí' }),
        keyResult(7, 'KR6', 'O1', { start: '12%', target: '7%', current: '9,5%' }),
      ],
    });
    expect(rules(findings)).toEqual([
      'tooManyKeyResults@objectives:2',
      'targetNotNumber@keyResults:2',
      'targetNotNumber@keyResults:3',
      'startEqualsTarget@keyResults:4',
      'startNotNumber@keyResults:5',
      'currentNotNumber@keyResults:5',
    ]);
  });

  it('quotes a value as its cell shows it (7%, not 0.07)', () => {
    const findings = review({
      keyResults: [
        keyResult(2, 'KR1', 'O1', {
          start: 0.07,
          target: 0.07,
          displayed: { start: '7%', target: '7%' },
        }),
        keyResult(3, 'KR2', 'O1', { start: 5, target: 5 }),
        keyResult(4, 'KR3', 'O1', { current: 'n/a', displayed: { current: 'n/a ' } }),
      ],
    });
    const values = findings
      .filter((finding) => finding.sheet === 'keyResults')
      .map((finding) => `${finding.rule}: ${finding.values.value}`);
    expect(values).toEqual([
      'startEqualsTarget: 7%',
      'startEqualsTarget: 5',
      'currentNotNumber: n/a',
    ]);
  });

  it('flags KRs without owner and owners missing from People (email or name, any case)', () => {
    const findings = review({
      keyResults: [
        keyResult(2, 'KR1', 'O1', { owner: '' }),
        keyResult(3, 'KR2', 'O1', { owner: 'bob@x.com' }),
        keyResult(4, 'KR3', 'O1', { owner: 'ana' }),
      ],
    });
    expect(rules(findings)).toEqual(['noOwner@keyResults:2', 'ownerNotInPeople@keyResults:3']);
    expect(findings[1].values.owner).toBe('bob@x.com');
  });

  it('flags duplicate IDs across objectives and KRs, and rows without ID', () => {
    const findings = review({
      objectives: [objective(2, 'O1'), objective(3, 'o1'), objective(4, '')],
      keyResults: [keyResult(2, 'KR1', 'O1'), keyResult(3, 'O1', 'O1'), keyResult(4, 'KR3', 'O1')],
    });
    expect(rules(findings)).toEqual([
      'duplicateId@objectives:3',
      'missingId@objectives:4',
      'duplicateId@keyResults:3',
    ]);
    expect(findings[2].values).toMatchObject({ id: 'O1', firstSheet: 'objectives', firstRow: 2 });
  });

  it('flags parent cycles once per objective with the whole loop, and unknown parents', () => {
    const objectives = [
      objective(2, 'A', { parentId: 'C' }),
      objective(3, 'B', { parentId: 'A' }),
      objective(4, 'C', { parentId: 'B' }),
      objective(5, 'D', { parentId: 'A' }),
      objective(6, 'E', { parentId: 'E' }),
      objective(7, 'F', { parentId: 'Nope' }),
    ];
    const keyResults = objectives.flatMap((item, index) =>
      [1, 2, 3].map((k) => keyResult(index * 3 + k + 1, `KR${index}.${k}`, String(item.id))),
    );
    const findings = review({ objectives, keyResults });
    expect(
      rules(findings).filter((rule) => !rule.startsWith('owner') && !rule.startsWith('team')),
    ).toEqual([
      'parentCycle@objectives:2',
      'parentCycle@objectives:3',
      'parentCycle@objectives:4',
      'parentCycle@objectives:6',
      'unknownParent@objectives:7',
    ]);
    expect(findings.find((finding) => finding.rowNumber === 6)?.values.cycle).toBe('E → E');
    expect(
      String(findings.find((finding) => finding.rule === 'parentCycle')?.values.cycle),
    ).toMatch(/^(A|B|C) → (A|B|C) → (A|B|C) → (A|B|C)$/);
  });

  it('flags KRs with no check-in for 14 days, by Check-ins or the Last check-in column', () => {
    const findings = review({
      keyResults: [
        keyResult(2, 'KR1', 'O1', { lastCheckIn: daysAgo(20) }),
        keyResult(3, 'KR2', 'O1', { lastCheckIn: '' }),
        keyResult(4, 'KR3', 'O1', { lastCheckIn: daysAgo(30) }),
      ],
      checkIns: [
        { keyResultId: 'kr3', timestamp: daysAgo(3) },
        { keyResultId: 'KR1', timestamp: daysAgo(15) },
      ],
    });
    expect(rules(findings)).toEqual(['staleCheckIn@keyResults:2', 'noCheckIn@keyResults:3']);
    expect(findings[0].values.days).toBe(15);
  });

  it('does not count a withdrawn check-in as one', () => {
    const findings = review({
      keyResults: [keyResult(2, 'KR1', 'O1', { lastCheckIn: daysAgo(20) })],
      checkIns: [
        { keyResultId: 'KR1', timestamp: daysAgo(20), value: 4 },
        { keyResultId: 'KR1', timestamp: daysAgo(3), value: 400 },
        { keyResultId: 'KR1', timestamp: daysAgo(2), value: '', corrects: daysAgo(3) },
      ],
    });
    const stale = findings.filter((finding) => finding.rule === 'staleCheckIn');
    expect(stale.map((finding) => [finding.rowNumber, finding.values.days])).toEqual([[2, 20]]);
  });

  it('does not ask for a first check-in in the first two weeks of the period', () => {
    const findings = review({
      keyResults: [
        keyResult(2, 'KR1', 'O1', { lastCheckIn: '' }),
        keyResult(3, 'KR2', 'O1'),
        keyResult(4, 'KR3', 'O1'),
      ],
      periodStart: daysAgo(5),
    });
    expect(findings).toEqual([]);
  });

  it('flags unreadable 1:1 schedules and managers missing from People', () => {
    const findings = review({
      people: [
        ...people,
        {
          rowNumber: 3,
          name: 'Bo',
          email: 'bo@x.com',
          managerEmail: 'ana@x.com',
          oneOnOneSchedule: 'primer martes',
        },
        {
          rowNumber: 4,
          name: 'Cy',
          email: 'cy@x.com',
          managerEmail: 'boss@x.com',
          oneOnOneSchedule: 'whenever',
        },
        {
          rowNumber: 5,
          name: 'Di',
          email: 'di@x.com',
          managerEmail: 'ana@x.com',
          oneOnOneSchedule: 15,
        },
      ],
    });
    expect(rules(findings)).toEqual(['invalidSchedule@people:4', 'managerNotInPeople@people:4']);
  });

  it('tolerates blanks everywhere', () => {
    const blankObjective = objective(2, '', { objective: '', team: '', owner: '', parentId: '' });
    const blankKr = keyResult(2, '', '', {
      owner: '',
      start: '',
      target: '',
      current: '',
      lastCheckIn: '',
    });
    expect(() =>
      review({
        objectives: [blankObjective],
        keyResults: [blankKr],
        people: [],
        periodStart: null,
      }),
    ).not.toThrow();
  });

  it('stays fast at 10,000 KRs', () => {
    const objectives = Array.from({ length: 2500 }, (_, n) =>
      objective(n + 2, `O${n}`, { owner: `p${n}@x.com`, team: `T${n}` }),
    );
    const keyResults = Array.from({ length: 10_000 }, (_, n) =>
      keyResult(n + 2, `KR${n}`, `O${n % 2500}`, { owner: `x${n}@x.com` }),
    );
    const findings = review({ objectives, keyResults });
    expect(findings.filter((finding) => finding.rule === 'ownerNotInPeople')).toHaveLength(10_000);
    expect(findings.filter((finding) => finding.rule === 'tooFewKeyResults')).toEqual([]);
  });
});

describe('describeFinding', () => {
  it('writes the problem and the advice in the workbook language', () => {
    const finding: Finding = {
      rule: 'duplicateId',
      sheet: 'keyResults',
      rowNumber: 3,
      values: { id: 'O1', firstSheet: 'objectives', firstRow: 2 },
    };
    expect(describeFinding(finding, 'en', { objectives: 'Objectives' }).problem).toBe(
      'ID O1 is used again (first in Objectives, row 2).',
    );
    expect(describeFinding(finding, 'es', { objectives: 'Objetivos' }).problem).toBe(
      'El ID O1 se repite (primero en Objetivos, fila 2).',
    );
    const owners: Finding = {
      rule: 'ownerTooManyObjectives',
      sheet: 'objectives',
      rowNumber: 2,
      values: { name: 'ana', count: 6, max: 5 },
    };
    expect(describeFinding(owners, 'en', {}).advice).toContain(
      'When everything is a priority, nothing is',
    );
    expect(describeFinding(owners, 'es', {}).advice).toContain(
      'Cuando todo es prioridad, nada lo es',
    );
  });
});

describe('numericValue', () => {
  it.each([
    [12, 12],
    ['12%', 0.12],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['9,5', 9.5],
    ['abc', null],
    ['', null],
    [true, null],
  ])('%p → %p', (value, expected) => {
    expect(numericValue(value)).toBe(expected);
  });
});

describe('assign missing IDs', () => {
  it('numbers objectives O<n> and KRs KR<n>.<k> after the ones in use, never reusing an ID', () => {
    const objectives = [
      { rowNumber: 2, id: 'O1' },
      { rowNumber: 3, id: '' },
      { rowNumber: 4, id: 'O3' },
      { rowNumber: 5, id: '  ' },
    ];
    const keyResults = [
      { rowNumber: 2, id: 'KR1.1', objectiveId: 'O1' },
      { rowNumber: 3, id: '', objectiveId: 'o1' },
      { rowNumber: 4, id: '', objectiveId: 'Growth' },
      { rowNumber: 5, id: 'KR1', objectiveId: '' },
      { rowNumber: 6, id: '', objectiveId: '' },
    ];
    const taken = takenIds(objectives, keyResults);
    expect(assignObjectiveIds(objectives, taken)).toEqual([
      { rowNumber: 3, id: 'O2' },
      { rowNumber: 5, id: 'O4' },
    ]);
    expect(assignKeyResultIds(keyResults, taken)).toEqual([
      { rowNumber: 3, id: 'KR1.2' },
      { rowNumber: 4, id: 'KR2' },
      { rowNumber: 6, id: 'KR3' },
    ]);
  });

  it('assigns 10,000 IDs', () => {
    const rows = Array.from({ length: 10_000 }, (_, n) => ({ rowNumber: n + 2, id: '' }));
    const assigned = assignObjectiveIds(rows, takenIds(rows));
    expect(new Set(assigned.map((item) => item.id)).size).toBe(10_000);
    expect(assigned[9999].id).toBe('O10000');
  });
});
