// The list screen: my KRs, my team's KRs (managers get two tabs) and search.
import type { KeyResultView } from '../../core/checkIn/context';
import { searchKeyResults } from '../../core/checkIn/search';
import { interpolate } from '../../core/i18n/language';
import { el } from '../dom';
import { keyResultLines } from './keyResultLines';
import { announce, later } from './live';
import { app, setBusy } from './page';
import { state, type Tab, update } from './state';

/** Where the list leads. */
interface ListExits {
  openDetail(id: string): void;
  changePerson(): void;
}

function visibleKeyResults(): KeyResultView[] {
  const { context, query, tab, byId } = state;
  if (!context) return [];
  if (query.trim()) {
    return searchKeyResults(
      context.keyResults,
      state.objectiveTitles,
      query,
      Number.POSITIVE_INFINITY,
    );
  }
  const ids = tab === 'team' ? context.team : context.mine;
  return ids.map((id) => byId.get(id)).filter((kr): kr is KeyResultView => kr !== undefined);
}

// Lists longer than this (a manager of hundreds) would only slow the sidebar down; search narrows them.
const LIST_LIMIT = 100;

function resultsList(exits: ListExits): HTMLElement {
  const { t, query, tab } = state;
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
      button.addEventListener('click', () => exits.openDetail(keyResult.id));
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

function tabButton(exits: ListExits, which: Tab, label: string, count: number): HTMLElement {
  const selected = state.tab === which;
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
  const select = (tab: Tab) => {
    update({ tab });
    renderList(exits, `#tab-${tab}`);
  };
  button.addEventListener('click', () => select(which));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      select(which === 'mine' ? 'team' : 'mine');
    }
  });
  return button;
}

function identityLine(exits: ListExits): HTMLElement | null {
  const { context, t } = state;
  if (!context?.me) return null;
  const line = el('p', { class: 'identity' }, interpolate(t.signedInAs, { name: context.me.name }));
  if (context.identity === 'chosen') {
    const change = el('button', { type: 'button', class: 'link' }, t.changePerson);
    change.addEventListener('click', () => exits.changePerson());
    line.append(' ', change);
  }
  return line;
}

function searchBox(panel: HTMLElement, exits: ListExits): HTMLInputElement {
  const { t } = state;
  const search = el('input', {
    id: 'search',
    type: 'search',
    placeholder: t.searchPlaceholder,
    autocomplete: 'off',
  });
  search.value = state.query;
  search.addEventListener('input', () => {
    update({ query: search.value });
    panel.replaceChildren(resultsList(exits));
    // The count is said once typing pauses, not on every key.
    later(
      'searchCount',
      () => {
        // Only while the list is still shown: a KR opened meanwhile has its own announcements.
        if (search.isConnected && state.query.trim()) {
          const count = visibleKeyResults().length;
          const { oneResult, results } = state.t;
          announce(count === 1 ? oneResult : interpolate(results, { count }));
        }
      },
      400,
    );
  });
  return search;
}

/** Draws the list screen; `focusSelector` names what gets focus afterwards. */
export function renderList(exits: ListExits, focusSelector?: string): void {
  const { context, t, tab } = state;
  if (!context) return;
  const panel = el(
    'div',
    {
      id: 'panel',
      role: context.isManager ? 'tabpanel' : null,
      'aria-labelledby': context.isManager ? `tab-${tab}` : null,
    },
    resultsList(exits),
  );
  const heading = context.isManager
    ? el(
        'div',
        { role: 'tablist', 'aria-label': t.views, class: 'tabs' },
        tabButton(exits, 'mine', t.myKeyResults, context.mine.length),
        tabButton(exits, 'team', t.myTeam, context.team.length),
      )
    : el('h2', {}, t.myKeyResults);
  app.replaceChildren(
    el('h1', {}, t.title),
    // The list is of this period's key results: say which one.
    context.period
      ? el('p', { class: 'period' }, interpolate(t.periodShown, { period: context.period }))
      : '',
    identityLine(exits) ?? '',
    el(
      'div',
      { class: 'search', role: 'search' },
      el('label', { for: 'search' }, t.search),
      searchBox(panel, exits),
    ),
    heading,
    panel,
  );
  setBusy(false);
  if (focusSelector) (app.querySelector(focusSelector) as HTMLElement | null)?.focus();
}
