import { buildExamples, elapsedShare, exampleIds } from '../../../src/core/examples/buildExamples';
import { keyResultProgress, parseKeyResultType } from '../../../src/core/formulas/progress';
import { keyResultStatus, statusFromLabel } from '../../../src/core/formulas/status';
import { parseOneOnOneSchedule } from '../../../src/core/reminders/schedule';

const period = {
  start: new Date(2026, 9, 1),
  end: new Date(2026, 11, 31),
  asOf: new Date(2026, 10, 22),
};

describe.each(['en', 'es'] as const)('example OKRs in %s', (language) => {
  const examples = buildExamples(language, period);

  it('cascade a company objective into Marketing, Sales and Customer service', () => {
    expect(examples.objectives.map((objective) => [objective.id, objective.parentId])).toEqual([
      ['O1', ''],
      ['O2', 'O1'],
      ['O3', 'O1'],
      ['O4', 'O1'],
    ]);
    expect(examples.objectives.map((objective) => objective.team)).toEqual(
      language === 'es'
        ? ['Dirección', 'Marketing', 'Ventas', 'Atención al cliente']
        : ['Management', 'Marketing', 'Sales', 'Customer service'],
    );
  });

  it('carry the key results of the OKR guides, 3 per objective, each with an owner from People', () => {
    const texts = examples.keyResults.map((keyResult) => String(keyResult.keyResult));
    const expectations =
      language === 'es'
        ? [
            '10.000.000',
            'un 20%',
            '100 leads calientes al mes de clientes nuevos',
            'remarketing',
            '100%',
            '80%',
            'del 12% al 7%',
            'recompra trimestral un 25%',
            '9/10',
          ]
        : [
            '10,000,000',
            'by 20%',
            '100 hot leads a month from new customers',
            'remarketing',
            '100%',
            '80%',
            'from 12% to 7%',
            'quarterly repurchases by 25%',
            '9/10',
          ];
    for (const text of expectations)
      expect(texts.some((candidate) => candidate.includes(text))).toBe(true);
    const emails = new Set(examples.people.map((person) => person.email));
    for (const keyResult of examples.keyResults)
      expect(emails.has(String(keyResult.owner))).toBe(true);
    const perObjective = new Map<unknown, number>();
    for (const keyResult of examples.keyResults)
      perObjective.set(keyResult.objectiveId, (perObjective.get(keyResult.objectiveId) ?? 0) + 1);
    expect([...perObjective.values()]).toEqual([3, 3, 3, 3]);
  });

  it('produce a mix of green, yellow and red on the day they are inserted', () => {
    const elapsed = elapsedShare(period);
    const statuses = examples.keyResults.map((keyResult) => {
      const progress = keyResultProgress(
        keyResult.start as number,
        keyResult.target as number,
        keyResult.current,
        parseKeyResultType(keyResult.type) ?? 'auto',
      );
      return keyResultStatus(progress, elapsed);
    });
    expect(new Set(statuses)).toEqual(new Set(['green', 'yellow', 'red']));
    // The confidence recorded with the check-ins tells the same story.
    expect(examples.keyResults.map((keyResult) => statusFromLabel(keyResult.confidence))).toEqual(
      statuses,
    );
  });

  it('give every manager readable monthly 1:1 schedules', () => {
    const managed = examples.people.filter((person) => person.managerEmail !== '');
    expect(managed.length).toBeGreaterThanOrEqual(4);
    for (const person of managed)
      expect(parseOneOnOneSchedule(person.oneOnOneSchedule)).not.toBeNull();
  });

  it('record three check-ins per key result, in time order, ending at the current value', () => {
    expect(examples.checkIns).toHaveLength(36);
    const times = examples.checkIns.map((checkIn) => (checkIn.timestamp as Date).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBeLessThanOrEqual(period.asOf.getTime());
    for (const keyResult of examples.keyResults) {
      const history = examples.checkIns.filter((checkIn) => checkIn.keyResultId === keyResult.id);
      expect(history[history.length - 1].value).toBe(keyResult.current);
    }
  });

  it('include KPIs beside the OKRs, one of them unhealthy', () => {
    expect(examples.kpis).toHaveLength(4);
    const unhealthy = examples.kpis.filter(
      (kpi) =>
        (kpi.healthyMin !== '' && Number(kpi.current) < Number(kpi.healthyMin)) ||
        (kpi.healthyMax !== '' && Number(kpi.current) > Number(kpi.healthyMax)),
    );
    expect(unhealthy).toHaveLength(1);
  });
});

describe('example IDs', () => {
  it('take a prefix when the plain ones are in use', () => {
    const examples = buildExamples('en', period, 'EX-');
    expect(examples.objectives[1]).toMatchObject({ id: 'EX-O2', parentId: 'EX-O1' });
    expect(examples.keyResults[0]).toMatchObject({ id: 'EX-KR1.1', objectiveId: 'EX-O1' });
    expect(
      examples.checkIns.every((checkIn) => String(checkIn.keyResultId).startsWith('EX-KR')),
    ).toBe(true);
    expect(examples.kpis.every((kpi) => String(kpi.relatedObjective).startsWith('EX-O'))).toBe(
      true,
    );
    expect(exampleIds()).toHaveLength(16);
  });

  it('work with a period that has not started or is unusable', () => {
    expect(() => buildExamples('es', { start: null, end: null, asOf: period.asOf })).not.toThrow();
    expect(elapsedShare({ start: period.end, end: period.start, asOf: period.asOf })).toBe(0.5);
  });
});
