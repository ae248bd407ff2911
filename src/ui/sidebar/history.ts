// A KR's check-in history: loaded once its detail opens, newest first, under its chart.
import type { KeyResultView } from '../../core/checkIn/context';
import type { HistoryEntry } from '../../core/checkIn/history';
import { interpolate } from '../../core/i18n/language';
import { el } from '../dom';
import { callServer } from '../serverCall';
import { formatDate, valueText } from './format';
import { historyChart } from './historyChart';
import { chip } from './keyResultLines';
import { state, update } from './state';

function historyItem(entry: HistoryEntry, keyResult: KeyResultView): HTMLElement {
  const value =
    typeof entry.value === 'number' || keyResult.kind === 'binary'
      ? valueText(keyResult, entry.value)
      : String(entry.value ?? '–');
  return el(
    'li',
    {},
    el(
      'span',
      { class: 'entry-head' },
      el('time', { datetime: entry.at }, formatDate(entry.at, true)),
      el('span', { class: 'entry-value' }, value),
      chip(entry.confidence),
    ),
    entry.comment ? el('span', { class: 'comment' }, entry.comment) : null,
    entry.author || entry.corrected
      ? el(
          'span',
          { class: 'meta' },
          [
            entry.author ? interpolate(state.t.by, { author: entry.author }) : '',
            entry.corrected ? state.t.correctedMark : '',
          ]
            .filter(Boolean)
            .join(' · '),
        )
      : null,
  );
}

/** What #history-body shows for `keyResult`: loading, nothing yet, or chart and entries. */
export function historyBody(keyResult: KeyResultView): HTMLElement[] {
  const { history, t } = state;
  if (!history || history.keyResultId !== keyResult.id) {
    return [el('p', { class: 'hint', 'aria-busy': 'true' }, t.loadingHistory)];
  }
  const earlier = history.earlier ?? [];
  if (history.entries.length === 0 && earlier.length === 0)
    return [el('p', { class: 'empty' }, t.noHistory)];
  const parts: HTMLElement[] = [];
  const chart = historyChart(keyResult, history);
  if (chart) parts.push(chart);
  if (history.entries.length === 0) parts.push(el('p', { class: 'empty' }, t.noHistory));
  else
    parts.push(
      el(
        'ol',
        { class: 'entries' },
        ...history.entries.map((entry) => historyItem(entry, keyResult)),
      ),
    );
  // The key results this one continues, each under its own ID (the trend before the carry).
  let shownId = '';
  const items: HTMLElement[] = [];
  for (const entry of earlier) {
    if (entry.keyResultId !== shownId) {
      shownId = entry.keyResultId;
      items.push(el('li', { class: 'earlier' }, interpolate(t.earlierHistory, { id: shownId })));
    }
    items.push(historyItem(entry, keyResult));
  }
  if (items.length > 0) parts.push(el('ol', { class: 'entries earlier-entries' }, ...items));
  return parts;
}

/** Loads the history of KR `id` into #history-body, unless another KR was opened meanwhile. */
export async function loadHistory(id: string): Promise<void> {
  try {
    const loaded = await callServer('getKeyResultHistory', id);
    if (state.selectedId !== id) return;
    update({ history: loaded });
  } catch (failure) {
    if (state.selectedId !== id) return;
    document
      .getElementById('history-body')
      ?.replaceChildren(el('p', { class: 'error', role: 'alert' }, (failure as Error).message));
    return;
  }
  const keyResult = state.byId.get(id);
  if (keyResult)
    document.getElementById('history-body')?.replaceChildren(...historyBody(keyResult));
}
