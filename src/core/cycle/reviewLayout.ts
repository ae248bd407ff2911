// The mid-period review as one rectangular block of cells (values, number formats, bold
// and status colours), so the sheets layer writes it with a constant number of calls
// however many key results there are; and the reverse: the previous review's statuses
// read back from its "all key results" table, found by header name.
import { idKey } from '../cells';
import { inertText } from '../checkIn/inertText';
import { dateOfDay, type IsoDay } from '../dates';
import { type Status, statusFromLabel, statusLabel } from '../formulas/status';
import { interpolate, type Language } from '../i18n/language';
import { isBlank } from '../text';
import { localeDateFormat } from '../workbook/dateFormats';
import { mapColumns, requiredIndex } from '../workbook/headers';
import type { ColumnSpec, SheetSpec } from '../workbook/schema';
import { REVIEW_TEXTS, type ReviewTexts } from './messages';
import type { CycleKeyResult } from './okrs';
import { type MidPeriodReview, STALE_AFTER_DAYS, type StatusCounts } from './review';

/** Where the key results live, for the links from the review to their rows. */
export interface KeyResultLinks {
  readonly sheetId: number;
  /** Column letter of the Key Results ID column. */
  readonly idColumn: string;
}

export interface ReviewBlock {
  readonly values: unknown[][];
  readonly numberFormats: string[][];
  readonly fontWeights: ('bold' | 'normal')[][];
  readonly backgrounds: (string | null)[][];
  readonly width: number;
}

const REVIEW_WIDTH = 8;
const AUTOMATIC_FORMAT = '0.###############';
const PERCENT_FORMAT = '0%';
const STATUS_BACKGROUNDS: Readonly<Record<Status, string>> = {
  green: '#d9ead3',
  yellow: '#fff2cc',
  red: '#f4cccc',
};

type Cell = { value: unknown; format?: string; bold?: boolean; background?: string | null };

/** A text formula literal: quotes doubled. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A link to the key result's row in the Key Results sheet, labelled with its ID. */
export function keyResultLink(keyResult: CycleKeyResult, links: KeyResultLinks): string {
  const label = keyResult.id === '' ? `#${keyResult.rowNumber}` : keyResult.id;
  return `=HYPERLINK(${literal(`#gid=${links.sheetId}&range=${links.idColumn}${keyResult.rowNumber}`)}, ${literal(label)})`;
}

function text(value: string): Cell {
  return { value: inertText(value) };
}

function statusCell(status: Status | null, texts: ReviewTexts, language: Language): Cell {
  if (status === null) return { value: texts.notMeasured };
  return { value: statusLabel(status, language), background: STATUS_BACKGROUNDS[status] };
}

function countCells(counts: StatusCounts): Cell[] {
  return [counts.green, counts.yellow, counts.red, counts.none, counts.total].map((value) => ({
    value,
    format: '0',
  }));
}

/** The "all key results" table's columns: their key, and the text that heads each. */
const SNAPSHOT_COLUMNS: readonly (readonly [key: string, header: keyof ReviewTexts])[] = [
  ['id', 'keyResultId'],
  ['objectiveId', 'objectiveId'],
  ['keyResult', 'keyResult'],
  ['team', 'team'],
  ['owner', 'owner'],
  ['progress', 'progress'],
  ['status', 'status'],
  ['lastCheckIn', 'lastCheckIn'],
];

function snapshotColumns(texts: ReviewTexts): string[] {
  return SNAPSHOT_COLUMNS.map(([, header]) => texts[header]);
}

/** The review sheet's cells, top to bottom; dates in the spreadsheet `locale`'s order. */
export function reviewBlock(
  review: MidPeriodReview,
  language: Language,
  links: KeyResultLinks,
  timeZone = '',
  locale = '',
): ReviewBlock {
  const texts = REVIEW_TEXTS[language];
  const dateFormat = localeDateFormat(locale);
  const day = (value: IsoDay | null, never: string): Cell =>
    value === null ? text(never) : { value: dateOfDay(value, timeZone), format: dateFormat };
  const labels = (status: Status) => statusLabel(status, language);
  const teamName = (team: string) => (team === '' ? texts.noTeam : team);
  const rows: Cell[][] = [];
  const heading = (value: string) => rows.push([{ value, bold: true }]);
  const header = (values: readonly string[]) =>
    rows.push(values.map((value) => ({ value, bold: true, background: '#e8eaed' })));
  const section = (title: string, columns: readonly string[], body: Cell[][]) => {
    rows.push([]);
    heading(title);
    if (body.length === 0) {
      rows.push([text(texts.none)]);
      return;
    }
    header(columns);
    for (const row of body) rows.push(row);
  };
  const link = (keyResult: CycleKeyResult): Cell => ({ value: keyResultLink(keyResult, links) });

  rows.push([{ value: interpolate(texts.title, { period: review.period.name }), bold: true }]);
  rows.push([text(texts.reviewDate), day(review.day, '')]);
  rows.push([
    text(texts.period),
    text(review.period.name),
    text(texts.from),
    day(review.period.start, ''),
    text(texts.to),
    day(review.period.end, ''),
  ]);
  rows.push([
    text(texts.timeElapsed),
    { value: review.elapsed, format: PERCENT_FORMAT },
    text(interpolate(texts.daysOf, { elapsed: review.elapsedDays, total: review.totalDays })),
  ]);
  rows.push([
    text(texts.previousReview),
    review.previousDay === null ? text(texts.noPreviousReview) : day(review.previousDay, ''),
  ]);

  const countHeaders = [
    labels('green'),
    labels('yellow'),
    labels('red'),
    texts.notMeasured,
    texts.total,
  ];
  section(
    texts.byTeam,
    [texts.team, ...countHeaders],
    review.byTeam.map((team) => [text(teamName(team.team)), ...countCells(team.counts)]),
  );
  section(
    texts.byObjective,
    [texts.objectiveId, texts.objective, texts.team, ...countHeaders],
    review.byObjective.map((objective) => [
      text(objective.objectiveId),
      text(objective.title),
      text(teamName(objective.team)),
      ...countCells(objective.counts),
    ]),
  );
  if (review.previousDay === null) {
    rows.push([]);
    heading(texts.changes);
    rows.push([text(texts.noPreviousReview)]);
  } else {
    section(
      texts.changes,
      [texts.keyResultId, texts.keyResult, texts.team, texts.owner, texts.before, texts.now],
      review.changes.map((change) => [
        link(change.keyResult),
        text(change.keyResult.title),
        text(teamName(change.keyResult.team)),
        text(change.keyResult.owner),
        statusCell(change.before, texts, language),
        statusCell(change.now, texts, language),
      ]),
    );
  }
  section(
    interpolate(texts.stale, { days: STALE_AFTER_DAYS }),
    [
      texts.keyResultId,
      texts.keyResult,
      texts.team,
      texts.owner,
      texts.lastCheckIn,
      texts.daysSince,
    ],
    review.stale.map((stale) => [
      link(stale.keyResult),
      text(stale.keyResult.title),
      text(teamName(stale.keyResult.team)),
      text(stale.keyResult.owner),
      day(stale.keyResult.lastCheckIn, texts.never),
      stale.days === null ? text('') : { value: stale.days, format: '0' },
    ]),
  );
  section(
    texts.allKeyResults,
    snapshotColumns(texts),
    review.keyResults.map((keyResult) => [
      link(keyResult),
      text(keyResult.objectiveId),
      text(keyResult.title),
      text(teamName(keyResult.team)),
      text(keyResult.owner),
      keyResult.progress === null
        ? text('')
        : { value: keyResult.progress, format: PERCENT_FORMAT },
      statusCell(keyResult.status, texts, language),
      day(keyResult.lastCheckIn, texts.never),
    ]),
  );

  const block: ReviewBlock = {
    values: [],
    numberFormats: [],
    fontWeights: [],
    backgrounds: [],
    width: REVIEW_WIDTH,
  };
  for (const cells of rows) {
    const values: unknown[] = new Array(REVIEW_WIDTH);
    const formats: string[] = new Array(REVIEW_WIDTH);
    const weights: ('bold' | 'normal')[] = new Array(REVIEW_WIDTH);
    const backgrounds: (string | null)[] = new Array(REVIEW_WIDTH);
    for (let index = 0; index < REVIEW_WIDTH; index++) {
      const cell = cells[index];
      values[index] = cell?.value ?? '';
      formats[index] = cell?.format ?? AUTOMATIC_FORMAT;
      weights[index] = cell?.bold ? 'bold' : 'normal';
      backgrounds[index] = cell?.background ?? null;
    }
    block.values.push(values);
    block.numberFormats.push(formats);
    block.fontWeights.push(weights);
    block.backgrounds.push(backgrounds);
  }
  return block;
}

function snapshotSpec(): SheetSpec {
  const columns: ColumnSpec[] = SNAPSHOT_COLUMNS.map(([key, header]) => ({
    key,
    header: { en: REVIEW_TEXTS.en[header], es: REVIEW_TEXTS.es[header] },
  }));
  return { key: 'reviewSnapshot', name: { en: '', es: '' }, columns };
}

/**
 * The statuses a review sheet recorded, from its "all key results" table (found by its
 * header row, in either language). Key results shown as not measured map to null.
 */
export function statusesFromReview(
  values: readonly (readonly unknown[])[],
): Map<string, Status | null> {
  const spec = snapshotSpec();
  const statuses = new Map<string, Status | null>();
  // Row indices below are in range by the loops' bounds.
  for (let index = 0; index < values.length; index++) {
    const { indexByKey, missing } = mapColumns(values[index]!, spec);
    if (missing.length > 0) continue;
    const idIndex = requiredIndex(indexByKey, 'id');
    const statusIndex = requiredIndex(indexByKey, 'status');
    for (let rowIndex = index + 1; rowIndex < values.length; rowIndex++) {
      const row = values[rowIndex]!;
      if (row.every((cell) => isBlank(cell))) break;
      const key = idKey(row[idIndex]);
      if (key === '') continue;
      statuses.set(key, statusFromLabel(row[statusIndex]) ?? null);
    }
    break;
  }
  return statuses;
}
