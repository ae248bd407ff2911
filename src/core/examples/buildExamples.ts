import { expectedProgress } from '../formulas/expected';
import { keyResultStatus, STATUS_LABELS } from '../formulas/status';
import type { Language } from '../i18n/language';
import { sheetPrefix } from '../workbook/formulas';
import { numberFormatForUnit } from '../workbook/layout';
import { isoDay } from '../workbook/plan';
import { KEY_RESULT_TYPE_CHOICES, LEVEL_WORDS } from '../workbook/vocabulary';
import {
  EXAMPLE_COMMENTS,
  EXAMPLE_KEY_RESULTS,
  EXAMPLE_KPIS,
  EXAMPLE_OBJECTIVES,
  EXAMPLE_PEOPLE,
  pick,
  teamName,
} from './exampleOkrs';

/** One row to write, by column key. */
export type ExampleRecord = Readonly<Record<string, unknown>>;

interface ExampleSet {
  readonly objectives: readonly ExampleRecord[];
  readonly keyResults: readonly ExampleRecord[];
  readonly checkIns: readonly ExampleRecord[];
  readonly people: readonly ExampleRecord[];
  readonly kpis: readonly ExampleRecord[];
  /** Number format of each KR row's start, target and current (money, %, count). */
  readonly keyResultFormats: readonly string[];
  /** The live KR: its row among keyResults and the small sheet its Current sums. */
  readonly live: LiveExample;
}

interface LiveExample {
  readonly index: number;
  readonly sheetName: string;
  readonly rows: readonly (readonly (string | number)[])[];
}

/** The live KR (KR1.1, revenue): its Current is the sum of a small sales sheet. */
export const LIVE_EXAMPLE_INDEX = 0;

/** The sales sheet's name, header and months: revenue so far split over three months. */
function liveExample(language: Language, current: number): LiveExample {
  const month = pick(['Month', 'Mes'], language);
  const first = Math.round(current * 0.3);
  const second = Math.round(current * 0.33);
  return {
    index: LIVE_EXAMPLE_INDEX,
    sheetName: pick(['Sales', 'Ventas'], language),
    rows: [
      [month, pick(['Revenue', 'Facturación'], language)],
      [`${month} 1`, first],
      [`${month} 2`, second],
      [`${month} 3`, current - first - second],
    ],
  };
}

/** Current of the live KR: the sum of the sales sheet's three months. */
export function liveExampleFormula(sheetName: string): string {
  return `=SUM(${sheetPrefix(sheetName)}B2:B4)`;
}

interface ExamplePeriod {
  readonly start: Date | null;
  readonly end: Date | null;
  readonly asOf: Date;
}

const CHECK_INS_PER_KEY_RESULT = 3;

/** The share of the period elapsed at As of; half way when the period is unusable. */
export function elapsedShare(period: ExamplePeriod): number {
  if (!period.start || !period.end || period.end <= period.start) return 0.5;
  return expectedProgress(period.start, period.end, period.asOf);
}

/** Rounds to a step that keeps three significant digits of the KR's range. */
function roundForRange(value: number, start: number, target: number): number {
  const span = Math.abs(target - start);
  const wholeNumbers = Number.isInteger(start) && Number.isInteger(target);
  const step = wholeNumbers
    ? Math.max(1, 10 ** Math.floor(Math.log10(span) - 2))
    : 10 ** Math.floor(Math.log10(span) - 2);
  return Number((Math.round(value / step) * step).toPrecision(12));
}

/**
 * The example OKRs in `language`, their values placed against the period so that the
 * statuses come out as a mix of green, yellow and red on the day they are inserted.
 * `idPrefix` keeps example IDs apart from IDs already in the workbook.
 */
export function buildExamples(
  language: Language,
  period: ExamplePeriod,
  idPrefix = '',
): ExampleSet {
  const id = (raw: string) => (raw === '' ? '' : idPrefix + raw);
  const elapsed = elapsedShare(period);
  const periodStart = period.start && period.start < period.asOf ? period.start : period.asOf;
  const span = Math.max(period.asOf.getTime() - periodStart.getTime(), 0);
  const typeWords = KEY_RESULT_TYPE_CHOICES[language];

  const objectives = EXAMPLE_OBJECTIVES.map(([objectiveId, level, team, owner, parent, text]) => ({
    id: id(objectiveId),
    objective: pick(text, language),
    level: LEVEL_WORDS[language][level],
    team: teamName(team, language),
    owner,
    parentId: id(parent),
    weight: 1,
  }));

  const keyResults: ExampleRecord[] = [];
  const checkIns: ExampleRecord[] = [];
  const keyResultFormats: string[] = [];
  EXAMPLE_KEY_RESULTS.forEach(
    ([krId, objectiveId, owner, type, start, target, unit, pace, text], index) => {
      const progress = Math.min(1, pace * elapsed);
      const current = roundForRange(start + (target - start) * progress, start, target);
      const measured = (current - start) / (target - start);
      const status = keyResultStatus(measured, elapsed);
      const comments = EXAMPLE_COMMENTS[status];
      let lastCheckIn = periodStart;
      for (let step = 1; step <= CHECK_INS_PER_KEY_RESULT; step++) {
        const share = step / CHECK_INS_PER_KEY_RESULT;
        // Spread over the elapsed part of the period, a few hours apart between KRs.
        const when = new Date(periodStart.getTime() + span * share - (index + 1) * 3_600_000);
        lastCheckIn = when < periodStart ? periodStart : when;
        checkIns.push({
          timestamp: lastCheckIn,
          keyResultId: id(krId),
          value: roundForRange(start + (current - start) * share, start, target),
          confidence: STATUS_LABELS[language][status],
          comment: pick(comments[step % comments.length]!, language), // index in range
          author: owner,
        });
      }
      keyResults.push({
        id: id(krId),
        objectiveId: id(objectiveId),
        keyResult: pick(text, language),
        owner,
        type: typeWords[type],
        start,
        target,
        current,
        unit: pick(unit, language),
        weight: 1,
        confidence: STATUS_LABELS[language][status],
        lastCheckIn: isoDay(lastCheckIn),
        lastComment: pick(comments[CHECK_INS_PER_KEY_RESULT % comments.length]!, language),
      });
      keyResultFormats.push(numberFormatForUnit(pick(unit, language)));
    },
  );
  checkIns.sort(
    (left, right) => (left.timestamp as Date).getTime() - (right.timestamp as Date).getTime(),
  );

  const people = EXAMPLE_PEOPLE.map(([name, email, team, manager, schedule]) => ({
    name,
    email,
    team: teamName(team, language),
    managerEmail: manager,
    oneOnOneSchedule: pick(schedule, language),
    nextOneOnOne: '',
  }));

  const kpis = EXAMPLE_KPIS.map(([kpi, team, owner, current, min, max, objectiveId]) => ({
    kpi: pick(kpi, language),
    team: teamName(team, language),
    owner,
    current,
    healthyMin: min,
    healthyMax: max,
    relatedObjective: id(objectiveId),
  }));

  const live = liveExample(language, keyResults[LIVE_EXAMPLE_INDEX]!.current as number);
  return { objectives, keyResults, checkIns, people, kpis, keyResultFormats, live };
}

/**
 * Every ID the examples use, before any prefix. A function, not a constant: the examples'
 * data ships beside the script (scripts/build.mjs, TEXT_ASSETS) and is read only when used.
 */
export function exampleIds(): readonly string[] {
  return [
    ...EXAMPLE_OBJECTIVES.map((objective) => objective[0]),
    ...EXAMPLE_KEY_RESULTS.map((keyResult) => keyResult[0]),
  ];
}
