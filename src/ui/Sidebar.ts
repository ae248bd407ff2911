// The check-in sidebar: my KRs, my team's KRs (red first), search, and the check-in
// form with its history. Sheet text is only ever set through textContent (see dom.ts).
import { chartGeometry } from '../core/checkIn/chart';
import type { CheckInContext, KeyResultView } from '../core/checkIn/context';
import type { HistoryEntry, KeyResultHistory } from '../core/checkIn/history';
import { CHECK_IN_MESSAGES, type CheckInMessages } from '../core/checkIn/messages';
import { formatPercent, formatValue } from '../core/checkIn/numbers';
import { compareForOneOnOne, searchKeyResults } from '../core/checkIn/search';
import { SIDEBAR_MESSAGES, type SidebarMessages } from '../core/checkIn/sidebarMessages';
import {
  type CheckInField,
  type CheckInFields,
  COMMENT_MAX_LENGTH,
  CONFIDENCES,
  validateCheckIn,
} from '../core/checkIn/validation';
import { STATUS_LABELS, type Status } from '../core/formulas/status';
import { interpolate, type Language, languageFromTag } from '../core/i18n/language';
import type { SaveResult } from '../server/checkIn';
import { el, svg } from './dom';
import { callServer } from './serverCall';

type Tab = 'mine' | 'team';

let language: Language = languageFromTag(navigator.language);
let t = messagesIn(language);

function messagesIn(which: Language): CheckInMessages & SidebarMessages {
  return { ...CHECK_IN_MESSAGES[which], ...SIDEBAR_MESSAGES[which] };
}
let context: CheckInContext | null = null;
let byId = new Map<string, KeyResultView>();
let objectiveTitles = new Map<string, string>();
let tab: Tab = 'mine';
let query = '';
let selectedId: string | null = null;
let history: KeyResultHistory | null = null;
let announceTimer: ReturnType<typeof setTimeout> | undefined;
let searchTimer: ReturnType<typeof setTimeout> | undefined;

const app = document.getElementById('app') as HTMLElement;
const live = document.getElementById('live') as HTMLElement;

/**
 * While an announcement is still to come, the live region says so (`data-pending`), so
 * anything that waits for the sidebar to be quiet (a test, a screen reader's user) has a
 * condition to wait on rather than a guess of the delay.
 */
function markPending(): void {
  if (announceTimer !== undefined || searchTimer !== undefined) live.dataset.pending = 'true';
  else delete live.dataset.pending;
}

/** Says `message` through the ARIA live region (cleared first so a repeat is read too). */
function announce(message: string, delay = 30): void {
  clearTimeout(announceTimer);
  live.textContent = '';
  announceTimer = setTimeout(() => {
    announceTimer = undefined;
    live.textContent = message;
    markPending();
  }, delay);
  markPending();
}

function setBusy(busy: boolean): void {
  app.setAttribute('aria-busy', busy ? 'true' : 'false');
}

function setContext(next: CheckInContext): void {
  context = next;
  language = next.language;
  t = messagesIn(language);
  document.documentElement.lang = language;
  byId = new Map(next.keyResults.map((keyResult) => [keyResult.id, keyResult]));
  objectiveTitles = new Map(next.objectives.map((objective) => [objective.id, objective.title]));
  if (!next.isManager) tab = 'mine';
}

// ---------- formatting ----------

function percent(value: number | null): string {
  return value === null ? '–' : formatPercent(value, language);
}

function formatDate(iso: string | null, withTime = false): string {
  if (!iso) return t.never;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return t.never;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
  if (date.getFullYear() !== new Date().getFullYear()) options.year = 'numeric';
  if (withTime) {
    options.hour = '2-digit';
    options.minute = '2-digit';
  }
  return date.toLocaleString(language === 'es' ? 'es-ES' : 'en-US', options);
}

function statusText(status: Status | null): string {
  return status ? STATUS_LABELS[language][status] : t.noStatus;
}

function unitSuffix(keyResult: KeyResultView): string {
  return keyResult.kind === 'number' && keyResult.unit ? ` ${keyResult.unit}` : '';
}

function targetText(keyResult: KeyResultView): string {
  if (keyResult.kind === 'binary') return t.yes;
  return formatValue(keyResult.target, keyResult.kind, language) + unitSuffix(keyResult);
}

function progressSummary(keyResult: KeyResultView): string {
  return interpolate(t.progressSummary, {
    progress: percent(keyResult.progress),
    expected: percent(keyResult.expected),
    status: statusText(keyResult.status),
  });
}

// ---------- pieces ----------

function chip(status: Status | null): HTMLElement {
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
function keyResultLines(
  keyResult: KeyResultView,
  options: { owner?: boolean; comment?: boolean; title?: boolean } = {},
): HTMLElement[] {
  const lines: HTMLElement[] = [
    el(
      'span',
      { class: 'objective' },
      objectiveTitles.get(keyResult.objectiveId) || keyResult.objectiveId,
    ),
  ];
  if (options.title !== false) lines.push(el('span', { class: 'title' }, keyResult.title));
  if (options.owner) lines.push(el('span', { class: 'owner' }, keyResult.ownerName));
  lines.push(progressBar(keyResult));
  lines.push(
    el(
      'span',
      { class: 'numbers' },
      el(
        'span',
        { class: 'values' },
        `${formatValue(keyResult.current, keyResult.kind, language)} → ${targetText(keyResult)}`,
      ),
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

// ---------- list screen ----------

function visibleKeyResults(): KeyResultView[] {
  if (!context) return [];
  if (query.trim()) {
    return searchKeyResults(context.keyResults, objectiveTitles, query, Number.POSITIVE_INFINITY);
  }
  const ids = tab === 'team' ? context.team : context.mine;
  return ids.map((id) => byId.get(id)).filter((kr): kr is KeyResultView => kr !== undefined);
}

// Lists longer than this (a manager of hundreds) would only slow the sidebar down; search narrows them.
const LIST_LIMIT = 100;

function resultsList(): HTMLElement {
  const all = visibleKeyResults();
  const items = all.slice(0, LIST_LIMIT);
  if (items.length === 0) {
    const empty = query.trim()
      ? t.noMatches
      : tab === 'team'
        ? t.noTeamKeyResults
        : t.noMyKeyResults;
    return el('p', { class: 'empty' }, empty);
  }
  const showTeam = tab === 'team' || query.trim() !== '';
  const list = el(
    'ul',
    { class: 'kr-list' },
    ...items.map((keyResult) => {
      const button = el(
        'button',
        { type: 'button', class: 'kr-card', 'data-id': keyResult.id },
        ...keyResultLines(keyResult, { owner: showTeam, comment: tab === 'team' }),
      );
      button.addEventListener('click', () => openDetail(keyResult.id));
      return el('li', {}, button);
    }),
  );
  if (all.length <= items.length) return list;
  return el(
    'div',
    {},
    list,
    el(
      'p',
      { class: 'hint' },
      interpolate(t.showingFirst, { shown: items.length, total: all.length }),
    ),
  );
}

function tabButton(which: Tab, label: string, count: number): HTMLButtonElement {
  const selected = tab === which;
  const button = el(
    'button',
    {
      type: 'button',
      role: 'tab',
      id: `tab-${which}`,
      'aria-selected': selected ? 'true' : 'false',
      'aria-controls': 'panel',
      tabindex: selected ? 0 : -1,
    },
    `${label} (${count})`,
  );
  button.addEventListener('click', () => selectTab(which));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      selectTab(which === 'mine' ? 'team' : 'mine');
    }
  });
  return button;
}

function selectTab(which: Tab): void {
  tab = which;
  renderList(`#tab-${which}`);
}

function identityLine(): HTMLElement | null {
  if (!context?.me) return null;
  const line = el('p', { class: 'identity' }, interpolate(t.signedInAs, { name: context.me.name }));
  if (context.identity === 'chosen') {
    const change = el('button', { type: 'button', class: 'link' }, t.changePerson);
    change.addEventListener('click', () => renderIdentity());
    line.append(' ', change);
  }
  return line;
}

function renderList(focusSelector?: string): void {
  if (!context) return;
  selectedId = selectedId ?? null;
  const panel = el(
    'div',
    {
      id: 'panel',
      role: context.isManager ? 'tabpanel' : null,
      'aria-labelledby': context.isManager ? `tab-${tab}` : null,
    },
    resultsList(),
  );
  const search = el('input', {
    id: 'search',
    type: 'search',
    placeholder: t.searchPlaceholder,
    autocomplete: 'off',
  });
  search.value = query;
  search.addEventListener('input', () => {
    query = search.value;
    panel.replaceChildren(resultsList());
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      searchTimer = undefined;
      markPending();
      // Only while the list is still shown: a KR opened meanwhile has its own announcements.
      if (search.isConnected && query.trim()) {
        const count = visibleKeyResults().length;
        announce(count === 1 ? t.oneResult : interpolate(t.results, { count }));
      }
    }, 400);
    markPending();
  });
  const heading = context.isManager
    ? el(
        'div',
        { role: 'tablist', 'aria-label': t.views, class: 'tabs' },
        tabButton('mine', t.myKeyResults, context.mine.length),
        tabButton('team', t.myTeam, context.team.length),
      )
    : el('h2', {}, t.myKeyResults);
  app.replaceChildren(
    el('h1', {}, t.title),
    identityLine() ?? '',
    el(
      'div',
      { class: 'search', role: 'search' },
      el('label', { for: 'search' }, t.search),
      search,
    ),
    heading,
    panel,
  );
  setBusy(false);
  if (focusSelector) (app.querySelector(focusSelector) as HTMLElement | null)?.focus();
}

// ---------- identity screen ----------

function renderIdentity(): void {
  if (!context) return;
  const select = el(
    'select',
    { id: 'person', required: true },
    ...context.people.map((person) => el('option', { value: person.email }, person.name)),
  );
  const error = el('p', { id: 'person-error', class: 'error', role: 'alert' });
  const submit = el('button', { type: 'submit', class: 'primary' }, t.choose);
  const form = el(
    'form',
    { novalidate: true },
    el('label', { for: 'person' }, t.person),
    select,
    error,
    submit,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    setBusy(true);
    try {
      setContext(await callServer('chooseIdentity', select.value));
      renderList('#search');
    } catch (failure) {
      error.textContent = (failure as Error).message;
      announce(error.textContent);
      submit.disabled = false;
      setBusy(false);
    }
  });
  app.replaceChildren(
    el('h1', {}, t.title),
    el('h2', { id: 'who' }, t.whoAreYou),
    el('p', { class: 'help' }, t.whoAreYouHelp),
    form,
  );
  setBusy(false);
  select.focus();
}

// ---------- detail screen ----------

function radio(
  name: string,
  value: string,
  label: string,
  checked: boolean,
  extra = '',
): HTMLElement {
  const id = `${name}-${value}`;
  return el(
    'div',
    { class: `option ${extra}` },
    el('input', { type: 'radio', name, id, value, checked }),
    el('label', { for: id }, label),
  );
}

function fieldError(field: CheckInField): HTMLElement {
  return el('p', { id: `${field}-error`, class: 'error' });
}

function openDetail(id: string): void {
  selectedId = id;
  history = null;
  renderDetail();
  loadHistory(id);
}

function backToList(): void {
  const id = selectedId;
  selectedId = null;
  history = null;
  renderList(id ? `.kr-card[data-id="${CSS.escape(id)}"]` : '#search');
}

function valueField(keyResult: KeyResultView): HTMLElement {
  if (keyResult.kind === 'binary') {
    return el(
      'fieldset',
      { class: 'field', id: 'value', 'aria-describedby': 'value-error' },
      el('legend', {}, t.newValue),
      el(
        'div',
        { class: 'options inline' },
        radio('value', 'yes', t.yes, false),
        radio('value', 'no', t.no, false),
      ),
      fieldError('value'),
    );
  }
  const hint = interpolate(keyResult.kind === 'number' ? t.valueHintNumber : t.valueHintPercent, {
    target: targetText(keyResult),
  });
  return el(
    'div',
    { class: 'field' },
    el('label', { for: 'value' }, t.newValue),
    el('input', {
      id: 'value',
      name: 'value',
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      'aria-describedby': 'value-hint value-error',
    }),
    el('p', { id: 'value-hint', class: 'hint' }, hint),
    fieldError('value'),
  );
}

function readFields(form: HTMLFormElement): CheckInFields & { value: string; comment: string } {
  const data = new FormData(form);
  return {
    value: String(data.get('value') ?? ''),
    confidence: String(data.get('confidence') ?? ''),
    comment: String(data.get('comment') ?? ''),
  };
}

function showErrors(form: HTMLFormElement, errors: Partial<Record<CheckInField, string>>): void {
  for (const field of ['value', 'confidence', 'comment'] as const) {
    const message = errors[field] ?? '';
    const error = form.querySelector(`#${field}-error`) as HTMLElement;
    error.textContent = message;
    const control = form.querySelector(`#${field}`) as HTMLElement;
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }
}

function firstInvalidControl(form: HTMLFormElement): HTMLElement | null {
  const invalid = form.querySelector('[aria-invalid="true"]') as HTMLElement | null;
  if (!invalid) return null;
  return invalid.tagName === 'FIELDSET'
    ? (invalid.querySelector('input') as HTMLElement | null)
    : invalid;
}

function renderDetail(): void {
  const keyResult = selectedId ? byId.get(selectedId) : undefined;
  if (!keyResult) {
    backToList();
    return;
  }
  const back = el('button', { type: 'button', class: 'back link' }, `← ${t.back}`);
  back.addEventListener('click', backToList);
  const summary = el('div', { id: 'summary', class: 'summary' }, ...summaryLines(keyResult));
  const form = checkInForm(keyResult, summary);
  const historySection = el(
    'section',
    { 'aria-labelledby': 'history-heading', class: 'history' },
    el('h3', { id: 'history-heading' }, t.history),
    el('div', { id: 'history-body' }, ...historyBody(keyResult)),
  );
  const screen = el(
    'div',
    { class: 'detail' },
    back,
    el('h2', { id: 'kr-title', tabindex: -1 }, keyResult.title),
    summary,
    form,
    historySection,
  );
  app.replaceChildren(screen);
  setBusy(false);
  const first = form.querySelector('#value') as HTMLElement;
  (first.tagName === 'FIELDSET' ? (first.querySelector('input') as HTMLElement) : first).focus();
}

function summaryLines(keyResult: KeyResultView): HTMLElement[] {
  return keyResultLines(keyResult, { title: false, owner: true, comment: true });
}

function checkInForm(keyResult: KeyResultView, summary: HTMLElement): HTMLFormElement {
  const comment = el('textarea', {
    id: 'comment',
    name: 'comment',
    rows: 4,
    'aria-describedby': 'comment-hint comment-count comment-error',
  });
  const count = el('p', { id: 'comment-count', class: 'hint count' });
  const updateCount = () => {
    count.textContent = interpolate(t.charactersLeft, {
      count: COMMENT_MAX_LENGTH - comment.value.length,
    });
  };
  updateCount();
  const status = el('p', { id: 'form-status', class: 'form-status' });
  const save = el('button', { type: 'submit', class: 'primary', id: 'save' }, t.save);
  const form = el(
    'form',
    { novalidate: true, class: 'check-in', 'aria-labelledby': 'kr-title' },
    valueField(keyResult),
    el(
      'fieldset',
      { class: 'field', id: 'confidence', 'aria-describedby': 'confidence-error' },
      el('legend', {}, t.confidence),
      el(
        'div',
        { class: 'options' },
        ...CONFIDENCES.map((confidence) =>
          radio(
            'confidence',
            confidence,
            STATUS_LABELS[language][confidence],
            keyResult.confidence === confidence,
            `status-${confidence}`,
          ),
        ),
      ),
      fieldError('confidence'),
    ),
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'comment' }, t.comment),
      el('p', { id: 'comment-hint', class: 'hint' }, t.commentPrompt),
      comment,
      count,
      fieldError('comment'),
    ),
    status,
    save,
  );
  let submitted = false;
  let saving = false;
  // Errors appear when a field is left or the form is sent, and clear as soon as fixed.
  const revalidate = (field: CheckInField, always: boolean) => {
    const current = form.querySelector(`#${field}-error`)?.textContent;
    if (!always && !current && !submitted) return;
    const result = validateCheckIn(readFields(form), keyResult.kind, language);
    const errors = result.ok ? {} : result.errors;
    const element = form.querySelector(`#${field}-error`) as HTMLElement;
    element.textContent = errors[field] ?? '';
    const control = form.querySelector(`#${field}`) as HTMLElement;
    if (errors[field]) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  };
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.id === 'comment') updateCount();
    status.textContent = '';
    const field = (target.name || target.id) as CheckInField;
    if (field === 'value' || field === 'confidence' || field === 'comment')
      revalidate(field, false);
  });
  form.querySelector('input#value')?.addEventListener('blur', () => {
    if ((form.querySelector('input#value') as HTMLInputElement).value.trim()) {
      revalidate('value', true);
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (saving) return;
    submitted = true;
    const fields = readFields(form);
    const result = validateCheckIn(fields, keyResult.kind, language);
    showErrors(form, result.ok ? {} : result.errors);
    if (!result.ok) {
      status.textContent = t.fixErrors;
      announce(t.fixErrors);
      firstInvalidControl(form)?.focus();
      return;
    }
    // aria-disabled rather than disabled: a disabled button would drop keyboard focus.
    saving = true;
    save.setAttribute('aria-disabled', 'true');
    save.textContent = t.saving;
    form.setAttribute('aria-busy', 'true');
    status.textContent = '';
    try {
      const saved = await callServer('saveCheckIn', {
        keyResultId: keyResult.id,
        value: fields.value,
        confidence: result.checkIn.confidence,
        comment: fields.comment,
      });
      const updated = applySaved(saved);
      summary.replaceChildren(...summaryLines(updated));
      form.reset();
      submitted = false;
      for (const input of form.querySelectorAll('input[name="confidence"]')) {
        (input as HTMLInputElement).checked =
          (input as HTMLInputElement).value === saved.keyResult.confidence;
      }
      updateCount();
      const message = interpolate(t.saved, {
        progress: percent(saved.keyResult.progress),
        status: statusText(saved.keyResult.status),
      });
      status.textContent = message;
      announce(message);
      document.getElementById('history-body')?.replaceChildren(...historyBody(updated));
    } catch (failure) {
      status.textContent = (failure as Error).message;
      announce(status.textContent);
    } finally {
      saving = false;
      save.removeAttribute('aria-disabled');
      save.textContent = t.save;
      form.removeAttribute('aria-busy');
    }
  });
  return form;
}

function applySaved(result: SaveResult): KeyResultView {
  let saved = result;
  if (!context) return saved.keyResult;
  // The save does not read People; keep the name the list already knows.
  const updated = { ...saved.keyResult, ownerName: byId.get(saved.keyResult.id)?.ownerName ?? '' };
  saved = { ...saved, keyResult: updated };
  const keyResults = context.keyResults.map((kr) => (kr.id === updated.id ? updated : kr));
  byId.set(updated.id, updated);
  const team = context.team
    .map((id) => byId.get(id))
    .filter((kr): kr is KeyResultView => kr !== undefined)
    .sort(compareForOneOnOne)
    .map((kr) => kr.id);
  context = { ...context, keyResults, team };
  if (history && history.keyResultId === updated.id) {
    history = {
      ...history,
      entries: [saved.entry, ...history.entries],
      series: {
        ...history.series,
        actual: [
          ...history.series.actual,
          ...(typeof saved.entry.value === 'number'
            ? [{ at: saved.entry.at, value: saved.entry.value }]
            : updated.kind === 'binary'
              ? [{ at: saved.entry.at, value: updated.progress === 1 ? 1 : 0 }]
              : []),
        ],
      },
    };
  }
  return updated;
}

// ---------- history ----------

async function loadHistory(id: string): Promise<void> {
  try {
    const loaded = await callServer('getKeyResultHistory', id);
    if (selectedId !== id) return;
    history = loaded;
  } catch (failure) {
    if (selectedId !== id) return;
    document
      .getElementById('history-body')
      ?.replaceChildren(el('p', { class: 'error', role: 'alert' }, (failure as Error).message));
    return;
  }
  const keyResult = byId.get(id);
  if (keyResult)
    document.getElementById('history-body')?.replaceChildren(...historyBody(keyResult));
}

function historyBody(keyResult: KeyResultView): HTMLElement[] {
  if (!history || history.keyResultId !== keyResult.id) {
    return [el('p', { class: 'hint', 'aria-busy': 'true' }, t.loadingHistory)];
  }
  if (history.entries.length === 0) return [el('p', { class: 'empty' }, t.noHistory)];
  const parts: HTMLElement[] = [];
  const chart = historyChart(keyResult);
  if (chart) parts.push(chart);
  parts.push(
    el(
      'ol',
      { class: 'entries' },
      ...history.entries.map((entry) => historyItem(entry, keyResult)),
    ),
  );
  return parts;
}

function historyChart(keyResult: KeyResultView): HTMLElement | null {
  if (!history) return null;
  const geometry = chartGeometry(history.series, 268, 90);
  if (!geometry) return null;
  const drawing = svg(
    'svg',
    {
      viewBox: `0 0 ${geometry.width} ${geometry.height}`,
      width: '100%',
      role: 'img',
      'aria-label': t.historyChart,
      class: 'chart',
    },
    svg('title', {}, t.historyChart),
    svg('polyline', { points: geometry.expectedPoints, class: 'expected-line' }),
    svg('polyline', { points: geometry.actualPoints, class: 'actual-line' }),
    ...geometry.dots.map((dot) => svg('circle', { cx: dot.x, cy: dot.y, r: 2.5, class: 'dot' })),
    keyResult.kind === 'binary'
      ? null
      : svg(
          'text',
          { x: 4, y: 11, class: 'axis', 'aria-hidden': 'true' },
          formatValue(geometry.maxValue, keyResult.kind, language),
        ),
    keyResult.kind === 'binary'
      ? null
      : svg(
          'text',
          { x: 4, y: geometry.height - 4, class: 'axis', 'aria-hidden': 'true' },
          formatValue(geometry.minValue, keyResult.kind, language),
        ),
  );
  return el(
    'figure',
    { class: 'chart-box' },
    drawing as unknown as HTMLElement,
    el(
      'figcaption',
      { class: 'legend' },
      el('span', { class: 'key actual' }, t.actualLine),
      el('span', { class: 'key expected' }, t.expectedLine),
    ),
  );
}

function historyItem(entry: HistoryEntry, keyResult: KeyResultView): HTMLElement {
  const value =
    typeof entry.value === 'number' || keyResult.kind === 'binary'
      ? formatValue(entry.value, keyResult.kind, language) + unitSuffix(keyResult)
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
    entry.author
      ? el('span', { class: 'meta' }, interpolate(t.by, { author: entry.author }))
      : null,
  );
}

// ---------- start ----------

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && selectedId !== null && app.querySelector('.detail')) backToList();
});

async function start(): Promise<void> {
  app.replaceChildren(el('p', { class: 'loading' }, t.loading));
  setBusy(true);
  try {
    setContext(await callServer('getCheckInContext'));
  } catch (failure) {
    const retry = el('button', { type: 'button', class: 'primary' }, '↻');
    retry.setAttribute('aria-label', t.loading);
    retry.addEventListener('click', () => void start());
    app.replaceChildren(
      el('h1', {}, t.title),
      el('p', { class: 'error', role: 'alert' }, (failure as Error).message),
      retry,
    );
    setBusy(false);
    return;
  }
  if (context?.identity === 'unknown') renderIdentity();
  else renderList();
}

void start();
