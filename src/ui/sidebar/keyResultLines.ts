// The pieces every key result shows, in the list and in its detail.
import type { KeyResultView } from '../../core/checkIn/context';
import type { Status } from '../../core/formulas/status';
import { interpolate } from '../../core/i18n/language';
import { el } from '../dom';
import { formatDate, percent, progressSummary, statusText, valuesText } from './format';
import { state } from './state';

export function chip(status: Status | null): HTMLElement {
  return el('span', { class: `chip status-${status ?? 'none'}` }, statusText(status));
}

function progressBar(keyResult: KeyResultView): HTMLElement {
  const share = Math.max(0, Math.min(1, keyResult.progress ?? 0));
  const bar = el(
    'span',
    { class: 'bar', role: 'img', 'aria-label': progressSummary(keyResult) },
    el('span', {
      class: `fill status-${keyResult.status ?? 'none'}`,
      style: `width:${Math.round(share * 100)}%`,
    }),
  );
  if (keyResult.expected !== null) {
    const expected = Math.max(0, Math.min(1, keyResult.expected));
    bar.appendChild(
      el('span', { class: 'expected-mark', style: `left:${Math.round(expected * 100)}%` }),
    );
  }
  return bar;
}

/** The lines every KR shows: objective, title, bar, current → target, expected, last check-in. */
export function keyResultLines(
  keyResult: KeyResultView,
  options: { owner?: boolean; comment?: boolean; title?: boolean } = {},
): HTMLElement[] {
  const { t } = state;
  const lines: HTMLElement[] = [
    el(
      'span',
      { class: 'objective' },
      state.objectiveTitles.get(keyResult.objectiveId) || keyResult.objectiveId,
    ),
  ];
  if (options.title !== false) lines.push(el('span', { class: 'title' }, keyResult.title));
  if (options.owner) lines.push(el('span', { class: 'owner' }, keyResult.ownerName));
  lines.push(progressBar(keyResult));
  lines.push(
    el(
      'span',
      { class: 'numbers' },
      el('span', { class: 'values' }, valuesText(keyResult)),
      chip(keyResult.status),
    ),
  );
  lines.push(
    el(
      'span',
      { class: 'meta' },
      `${interpolate(t.expected, { expected: percent(keyResult.expected) })} · ${
        keyResult.lastCheckIn
          ? interpolate(t.lastCheckIn, { date: formatDate(keyResult.lastCheckIn) })
          : t.noCheckInYet
      }`,
    ),
  );
  if (options.comment && keyResult.lastComment) {
    lines.push(el('span', { class: 'comment' }, `“${keyResult.lastComment}”`));
  }
  return lines;
}
