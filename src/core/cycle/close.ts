import { duplicateIds } from '../keyResults/identity';
// Closing a period, decided before anything is written: refuse a period History already
// holds; otherwise the History rows, the scores and the exact confirmation text. The
// sheets layer asks, then appends the rows in one write.

import { daysBetween, type IsoDay } from '../dates';
import { interpolate, type Language } from '../i18n/language';
import { dayInLocale } from '../workbook/dateFormats';
import { isUnfinished } from './carryOver';
import { type ClosedPeriod, findClosed, type HistoryEntry, historyEntries } from './history';
import { CYCLE_DIALOGS, REVIEW_TEXTS, SWEET_SPOT_VERDICTS } from './messages';
import type { CycleKeyResult, CycleOkrs, SheetRow } from './okrs';
import type { Period } from './period';
import { formatScore, type ScoreSummary, summarizeScores, sweetSpotVerdict } from './scores';

interface Dialog {
  readonly title: string;
  readonly body: string;
}

type ClosePlan =
  | { readonly kind: 'alreadyClosed'; readonly closed: ClosedPeriod; readonly dialog: Dialog }
  | { readonly kind: 'duplicateIds'; readonly dialog: Dialog }
  | {
      readonly kind: 'ready';
      readonly period: Period;
      readonly closedOn: IsoDay;
      readonly entries: readonly HistoryEntry[];
      readonly scores: ScoreSummary;
      readonly unfinished: readonly CycleKeyResult[];
      readonly confirmation: Dialog;
    };

function scoreText(score: number | null, language: Language): string {
  return score === null ? CYCLE_DIALOGS[language].noScore : formatScore(score, language);
}

export function planClose(
  okrs: CycleOkrs,
  period: Period,
  historyRows: readonly SheetRow[],
  closedOn: IsoDay,
  language: Language,
  historySheetName: string,
  timeZone = '',
  locale = '',
): ClosePlan {
  const texts = CYCLE_DIALOGS[language];
  const shown = (day: IsoDay) => (locale === '' ? day : dayInLocale(day, locale));
  const closed = findClosed(historyRows, period, timeZone);
  if (closed) {
    return {
      kind: 'alreadyClosed',
      closed,
      dialog: {
        title: texts.alreadyClosedTitle,
        body: interpolate(texts.alreadyClosed, {
          period: period.name,
          closedOn: closed.closedOn ?? '?',
          history: historySheetName,
          rows: closed.rows,
        }),
      },
    };
  }
  // History keeps each objective and key result by its ID, and the next period carries
  // them over by it: two rows with one ID would be two scores nobody can tell apart.
  const shared = [
    ...duplicateIds(
      okrs.objectives,
      (row) => row.id,
      (row) => row.rowNumber,
    ),
    ...duplicateIds(
      okrs.keyResults,
      (row) => row.id,
      (row) => row.rowNumber,
    ),
  ];
  if (shared.length > 0) {
    return {
      kind: 'duplicateIds',
      dialog: {
        title: texts.duplicateIdsTitle,
        body: interpolate(texts.duplicateIds, {
          period: period.name,
          ids: shared
            .map((entry) =>
              interpolate(texts.duplicateIdRows, {
                id: entry.id,
                rows: entry.rowNumbers.join(', '),
              }),
            )
            .join('; '),
        }),
      },
    };
  }
  // `okrs` holds this period's key results only (readOkrs leaves out closed ones).
  const current = okrs;
  const entries = historyEntries(current);
  const scores = summarizeScores(current.keyResults);
  return {
    kind: 'ready',
    period,
    closedOn,
    entries,
    scores,
    unfinished: current.keyResults.filter(isUnfinished),
    confirmation: {
      title: interpolate(texts.closeTitle, { period: period.name }),
      // Closing early is allowed (a quarter wrapped up before its last days) but said first.
      body:
        (closedOn < period.end
          ? interpolate(texts.closeEarly, {
              end: shown(period.end),
              days: daysBetween(closedOn, period.end),
            })
          : '') +
        interpolate(texts.closeBody, {
          rows: entries.length,
          history: historySheetName,
          objectives: current.objectives.length,
          keyResults: current.keyResults.length,
          period: period.name,
          start: shown(period.start),
          end: shown(period.end),
          company: scoreText(scores.company, language),
        }),
    },
  };
}

/** What the person reads once the period is closed: every team's score beside the sweet spot. */
export function closedDialog(
  period: Period,
  rows: number,
  scores: ScoreSummary,
  language: Language,
  historySheetName: string,
): Dialog {
  const texts = CYCLE_DIALOGS[language];
  const verdicts = SWEET_SPOT_VERDICTS[language];
  const verdict = (score: number | null) =>
    score === null ? texts.noScore : verdicts[sweetSpotVerdict(score)];
  const noTeam = REVIEW_TEXTS[language].noTeam;
  const lines = [
    interpolate(texts.companyScoreLine, {
      score: scoreText(scores.company, language),
      verdict: verdict(scores.company),
    }),
    ...scores.teams.map((team) =>
      interpolate(texts.scoreLine, {
        team: team.team === '' ? noTeam : team.team,
        score: scoreText(team.score, language),
        verdict: verdict(team.score),
        keyResults: team.keyResults,
      }),
    ),
  ];
  return {
    title: interpolate(texts.closedTitle, { period: period.name }),
    body: interpolate(texts.closedBody, {
      rows,
      history: historySheetName,
      scores: lines.join('\n'),
    }),
  };
}
