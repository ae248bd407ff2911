// Everything the sidebar remembers between renders, in one object that only `update`
// writes. The other functions here compute changes; they write nothing themselves.
import type { CheckInContext, KeyResultView } from '../../core/checkIn/context';
import type { HistoryEntry, KeyResultHistory } from '../../core/checkIn/history';
import { CHECK_IN_MESSAGES, type CheckInMessages } from '../../core/checkIn/messages';
import { compareForOneOnOne } from '../../core/checkIn/search';
import { SIDEBAR_MESSAGES, type SidebarMessages } from '../../core/checkIn/sidebarMessages';
import { type Language, languageFromTag } from '../../core/i18n/language';
import { displayLike, shownValue } from '../../core/keyResults/display';
import type { SaveResult } from '../../server/checkIn';

export type Tab = 'mine' | 'team';
type Messages = CheckInMessages & SidebarMessages;

interface SidebarState {
  /** The browser's language until the context arrives, then the workbook's. */
  readonly language: Language;
  /** The texts in `language`. */
  readonly t: Messages;
  readonly context: CheckInContext | null;
  readonly byId: ReadonlyMap<string, KeyResultView>;
  readonly objectiveTitles: ReadonlyMap<string, string>;
  readonly tab: Tab;
  readonly query: string;
  /** The KR whose detail is open, if any. */
  readonly selectedId: string | null;
  /** The open KR's history once loaded. */
  readonly history: KeyResultHistory | null;
}

function messagesIn(language: Language): Messages {
  return { ...CHECK_IN_MESSAGES[language], ...SIDEBAR_MESSAGES[language] };
}

const browserLanguage = languageFromTag(navigator.language);

/** The sidebar's state, read-only everywhere: change it through `update`. */
export const state: SidebarState = {
  language: browserLanguage,
  t: messagesIn(browserLanguage),
  context: null,
  byId: new Map(),
  objectiveTitles: new Map(),
  tab: 'mine',
  query: '',
  selectedId: null,
  history: null,
};

export function update(change: Partial<SidebarState>): void {
  Object.assign(state, change);
}

/** A new context from the server, with the lookups and language that follow from it. */
export function contextChange(next: CheckInContext): Partial<SidebarState> {
  return {
    context: next,
    language: next.language,
    t: messagesIn(next.language),
    byId: new Map(next.keyResults.map((keyResult) => [keyResult.id, keyResult])),
    objectiveTitles: new Map(next.objectives.map((objective) => [objective.id, objective.title])),
    ...(next.isManager ? {} : { tab: 'mine' as const }),
  };
}

/** `history` with a newly saved check-in on top, and its point on the chart. */
function historyWith(
  history: KeyResultHistory,
  entry: HistoryEntry,
  keyResult: KeyResultView,
): KeyResultHistory {
  const point =
    typeof entry.value === 'number'
      ? [{ at: entry.at, value: entry.value }]
      : keyResult.kind === 'binary'
        ? [{ at: entry.at, value: keyResult.progress === 1 ? 1 : 0 }]
        : [];
  return {
    ...history,
    entries: [entry, ...history.entries],
    rows: history.rows + 1,
    series: { ...history.series, actual: [...history.series.actual, ...point] },
  };
}

/**
 * A saved check-in folded into the context (the team re-sorted, red first) and into the
 * open history, and the KR as it now stands.
 */
export function savedChange(result: {
  readonly keyResult: SaveResult['keyResult'];
  /** A check-in just recorded, put on top of the open history, */
  readonly entry?: HistoryEntry;
  /** or the whole history as the server now has it (after a correction). */
  readonly history?: KeyResultHistory;
}): {
  change: Partial<SidebarState>;
  updated: KeyResultView;
} {
  const { context, history } = state;
  if (!context) return { change: {}, updated: result.keyResult };
  // The save reads neither People nor what the cells show: keep the name the list knows,
  // and write the new value the way the KR's cells write theirs.
  const before = state.byId.get(result.keyResult.id);
  const updated: KeyResultView = {
    ...result.keyResult,
    ownerName: before?.ownerName ?? '',
    currentText:
      (before &&
        before.kind !== 'binary' &&
        (displayLike(
          shownValue(before.targetText, before.target, before.kind, state.language),
          before.target,
          result.keyResult.current,
        ) ??
          displayLike(
            shownValue(before.currentText, before.current, before.kind, state.language),
            before.current,
            result.keyResult.current,
          ))) ||
      '',
    targetText: before?.targetText ?? '',
  };
  const byId = new Map(state.byId).set(updated.id, updated);
  const keyResults = context.keyResults.map((kr) => (kr.id === updated.id ? updated : kr));
  const team = context.team
    .map((id) => byId.get(id))
    .filter((kr): kr is KeyResultView => kr !== undefined)
    .sort(compareForOneOnOne)
    .map((kr) => kr.id);
  const change: Partial<SidebarState> = {
    byId,
    context: { ...context, keyResults, team },
    ...(result.history
      ? { history: result.history }
      : history?.keyResultId === updated.id && result.entry
        ? { history: historyWith(history, result.entry, updated) }
        : {}),
  };
  return { change, updated };
}
