// The playground page: draws the emulated spreadsheet and forwards every click to the
// local server, which runs the built add-on. Workbook text only ever reaches the page
// through textContent (or a sandboxed iframe's srcdoc, for emails).
import { interpolate, type Language } from '../../src/core/i18n/language';
import { PLAYGROUND_MESSAGES, type PlaygroundMessages } from '../messages';
import {
  BUTTONS_OF_SET,
  type ButtonName,
  type ChartView,
  type EmailView,
  type MenuItemView,
  type PendingQuestion,
  type PlaygroundState,
  type SheetView,
} from '../state';
import { openCellEditor } from './cellEditor';
import { type ChartContext, chartList, drawCharts, scrollToChart } from './charts';
import { confirmInPage, setUpConfirm } from './confirm';
import { isDeveloper, labelDeveloper, onDeveloperChange } from './developer';
import { onViewingAsChange, personLabel, renderViewingAs } from './viewingAs';

type PanelName = keyof PlaygroundMessages['panels'];
const PANELS: readonly PanelName[] = ['outbox', 'counters', 'clock', 'charts', 'log'];

/** The panels offered: the service-call counters only with the Developer toggle on. */
function shownPanels(): readonly PanelName[] {
  return PANELS.filter((name) => name !== 'counters' || isDeveloper());
}

let state: PlaygroundState | undefined;
let activeSheet: string | undefined;
let activePanel: PanelName = 'outbox';
let selectedEmail = 0;
let question: PendingQuestion | null = null;
let busy: string | null = null;
let failure: string | null = null;
let sidebarKey = '';
let dialogKey = '';
const shownToasts = new Set<number>();

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing`);
  return element as T;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: { className?: string; text?: string; attributes?: Record<string, string> } = {},
  children: readonly Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (properties.className) node.className = properties.className;
  if (properties.text !== undefined) node.textContent = properties.text;
  for (const [name, value] of Object.entries(properties.attributes ?? {})) {
    node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

function language(): Language {
  return state?.language ?? 'es';
}

function messages(): PlaygroundMessages {
  return PLAYGROUND_MESSAGES[language()];
}

async function post(path: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as { ok: boolean; error?: string };
  if (!response.ok || !result.ok) throw new Error(result.error ?? response.statusText);
  return result;
}

/** Actions in flight: the page is busy (`data-busy`) until the last one has been drawn. */
let actionsInFlight = 0;

async function action(name: string, path: string, body: unknown = {}): Promise<void> {
  actionsInFlight += 1;
  busy = name;
  failure = null;
  document.body.dataset.busy = 'true';
  renderStatus();
  try {
    await post(path, body);
  } catch (error) {
    failure = interpolate(messages().failed, {
      name,
      message: error instanceof Error ? error.message : String(error),
    });
  } finally {
    actionsInFlight -= 1;
    if (actionsInFlight === 0) busy = null;
    await refresh();
    // An action that started meanwhile keeps the page busy until it, too, is drawn.
    if (actionsInFlight === 0) document.body.dataset.busy = 'false';
  }
}

async function refresh(): Promise<void> {
  const response = await fetch('/api/state');
  const next = (await response.json()) as PlaygroundState;
  if (state && next.revision < state.revision) return;
  state = next;
  render();
}

// ---- rendering --------------------------------------------------------------------------

/**
 * What each part of the page was last drawn from. A part is drawn again only when what it
 * shows changed: a state update that changes nothing (a read-only sidebar call, the
 * server's echo of a tab click) must not replace the grid under a reader or close an open
 * menu under the mouse.
 */
const drawnFrom = new Map<string, string>();
let redraws = 0;

function needsDrawing(part: string, source: unknown): boolean {
  const key = JSON.stringify(source);
  if (drawnFrom.get(part) === key) return false;
  drawnFrom.set(part, key);
  return true;
}

/** Counts every replacement of a part's DOM (`data-redraws`), so a test can see none happen. */
function countRedraw(): void {
  redraws += 1;
  document.body.dataset.redraws = String(redraws);
}

function render(): void {
  if (!state) return;
  const text = messages();
  document.body.dataset.revision = String(state.revision);
  document.body.dataset.outbox = String(state.outbox.length);
  if (needsDrawing('header', state.language)) {
    document.documentElement.lang = state.language;
    document.title = text.title;
    byId('title').textContent = text.title;
    byId('subtitle').textContent = text.subtitle;
    byId('language-label').textContent = text.language;
    const select = byId<HTMLSelectElement>('language');
    for (const option of Array.from(select.options)) {
      option.textContent = text.languageNames[option.value as Language];
    }
    select.value = state.language;
    byId('start-over').textContent = text.startOver;
    labelDeveloper(text);
  }
  if (needsDrawing('viewingAs', [state.language, state.people, state.user])) {
    renderViewingAs(state.people, state.user, text);
    countRedraw();
  }
  if (needsDrawing('menus', [state.language, state.menus])) renderMenus();
  renderStatus();
  const sheet = visibleSheet();
  if (needsDrawing('grid', [state.language, sheet])) renderGrid();
  else renderTabs();
  renderCharts();
  renderSidebar();
  renderDialog();
  renderToasts();
  if (needsDrawing('panels', panelSource())) renderPanels();
}

/** What the shown bottom panel is drawn from. */
function panelSource(): unknown {
  if (!state) return null;
  const counts = [state.outbox.length, state.charts.length];
  const shown =
    activePanel === 'outbox'
      ? [state.outbox, selectedEmail]
      : activePanel === 'charts'
        ? state.charts
        : activePanel === 'clock'
          ? [state.now, state.timeZone, state.triggers]
          : activePanel === 'counters'
            ? state.counters
            : state.log;
  return [state.language, activePanel, isDeveloper(), counts, shown];
}

function renderStatus(): void {
  const status = byId('status');
  status.classList.remove('error');
  const outcome = state?.lastAction;
  // A menu caption may end with its own "…": the running text adds one already.
  if (busy)
    status.textContent = interpolate(messages().running, { name: busy.replace(/(…|\.\.\.)$/, '') });
  else if (failure) {
    status.textContent = failure;
    status.classList.add('error');
  } else if (outcome && !outcome.ok) {
    status.textContent = interpolate(messages().failed, {
      name: outcome.name,
      message: outcome.error ?? '',
    });
    status.classList.add('error');
  } else status.textContent = '';
}

function closeMenus(): void {
  for (const button of Array.from(document.querySelectorAll('.menu > button'))) {
    button.setAttribute('aria-expanded', 'false');
    const list = button.nextElementSibling as HTMLElement | null;
    if (list) list.hidden = true;
  }
}

function menuEntries(items: readonly MenuItemView[]): Node[] {
  return items.flatMap((item): Node[] => {
    if (item.kind === 'separator') return [element('li', { className: 'separator' })];
    if (item.kind === 'subMenu') {
      return [
        element('li', { className: 'submenu-title', text: item.title }),
        ...menuEntries(item.items),
      ];
    }
    const button = element('button', {
      text: item.caption,
      attributes: { role: 'menuitem', type: 'button', 'data-function': item.functionName },
    });
    button.addEventListener('click', () => {
      closeMenus();
      void action(item.caption, '/api/menu', { functionName: item.functionName });
    });
    return [element('li', { attributes: { role: 'none' } }, [button])];
  });
}

function renderMenus(): void {
  const bar = byId('menubar');
  if (!state) return;
  const menus = state.menus.map((menu) => {
    const title = menu.addon ? `${messages().extensions} › ${menu.title}` : menu.title;
    const button = element('button', {
      text: title,
      attributes: { type: 'button', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
    });
    const list = element(
      'ul',
      { className: 'menu-list', attributes: { role: 'menu', 'aria-label': menu.title } },
      menuEntries(menu.items),
    );
    list.hidden = true;
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      const open = button.getAttribute('aria-expanded') === 'true';
      closeMenus();
      button.setAttribute('aria-expanded', String(!open));
      list.hidden = open;
    });
    return element('div', { className: 'menu' }, [button, list]);
  });
  if (menus.length === 0)
    menus.push(element('div', { className: 'muted', text: messages().noMenu }));
  bar.replaceChildren(...menus);
  countRedraw();
}

function visibleSheet(): SheetView | undefined {
  if (!state) return undefined;
  return (
    state.sheets.find((sheet) => sheet.name === activeSheet) ??
    state.sheets.find((sheet) => sheet.name === state?.activeSheet) ??
    state.sheets[0]
  );
}

function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

const ROW_HEIGHT = 22;
const ROW_NUMBER_WIDTH = 46;

function renderGrid(): void {
  const container = byId('grid');
  const note = byId('grid-note');
  const sheet = visibleSheet();
  if (!state || !sheet) {
    container.replaceChildren();
    return;
  }
  activeSheet = sheet.name;
  const frozenLeft: number[] = [];
  let left = ROW_NUMBER_WIDTH;
  for (let column = 0; column < sheet.frozenColumns; column += 1) {
    frozenLeft.push(left);
    left += sheet.columnWidths[column];
  }
  const colgroup = element('colgroup', {}, [
    element('col', { attributes: { style: `width:${ROW_NUMBER_WIDTH}px` } }),
    ...sheet.columnWidths.map((width) =>
      element('col', { attributes: { style: `width:${width}px` } }),
    ),
  ]);
  const headerRow = element('tr', {}, [
    element('th', { className: 'row-number' }),
    ...sheet.columnWidths.map((_width, index) => element('th', { text: columnLetters(index + 1) })),
  ]);
  const body = element('tbody');
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  sheet.cells.forEach((cells, rowIndex) => {
    const row = rowIndex + 1;
    const frozenRow = row <= sheet.frozenRows;
    const tr = element('tr', {
      attributes: { 'data-row': String(row) },
      className: row === sheet.frozenRows ? 'frozen-last' : '',
    });
    tr.hidden = hiddenRows.has(row);
    const number = element('th', { className: 'row-number', text: String(row) });
    if (frozenRow) number.style.top = `${ROW_HEIGHT * row}px`;
    if (frozenRow) number.style.zIndex = '4';
    tr.append(number);
    cells.forEach((text, columnIndex) => {
      const column = columnIndex + 1;
      const style = sheet.styles[sheet.styleIds[rowIndex][columnIndex]] ?? {};
      const cell = element('td', { attributes: { 'data-cell': `${columnLetters(column)}${row}` } });
      const control = sheet.controls[`${row},${column}`];
      if (control === 'checkbox') {
        cell.textContent = /^(true|verdadero)$/i.test(text) ? '☑' : '☐';
        cell.setAttribute('data-value', text);
      } else {
        cell.textContent = text;
        if (control === 'dropdown') cell.classList.add('dropdown');
      }
      const noteText = sheet.notes[`${row},${column}`];
      if (noteText) {
        cell.setAttribute('data-note', noteText);
        cell.classList.add('has-note');
      }
      if (style.background) cell.style.backgroundColor = style.background;
      if (style.color) cell.style.color = style.color;
      if (style.bold) cell.style.fontWeight = 'bold';
      if (style.italic) cell.style.fontStyle = 'italic';
      if (style.align) cell.style.textAlign = style.align;
      if (style.wrap) cell.classList.add('wrap');
      const frozenColumn = column <= sheet.frozenColumns;
      if (frozenRow || frozenColumn) {
        cell.classList.add('frozen');
        if (frozenRow) cell.style.top = `${ROW_HEIGHT * row}px`;
        if (frozenColumn) cell.style.left = `${frozenLeft[columnIndex]}px`;
        if (frozenRow && frozenColumn) cell.style.zIndex = '3';
        else if (frozenRow) cell.style.zIndex = '2';
      }
      tr.append(cell);
    });
    body.append(tr);
  });
  const table = element(
    'table',
    { className: 'grid', attributes: { 'aria-label': sheet.name, 'data-sheet': sheet.name } },
    [colgroup, element('thead', {}, [headerRow]), body],
  );
  // Sheets shows a cell's note in a box beside it while the pointer is over the cell.
  table.addEventListener('mouseover', (event) =>
    showNote((event.target as HTMLElement).closest('td')),
  );
  table.addEventListener('mouseleave', () => showNote(null));
  table.addEventListener('dblclick', (event) => {
    const cell = (event.target as HTMLElement).closest('td');
    if (cell) editCell(sheet.name, cell);
  });
  container.replaceChildren(table);
  countRedraw();
  renderCharts();
  drawnFrom.set('grid', JSON.stringify([state.language, sheet]));
  note.textContent =
    sheet.totalRows > sheet.cells.length
      ? `${interpolate(messages().rowsShown, { shown: sheet.cells.length, total: sheet.totalRows })} ${messages().editHint}`
      : messages().editHint;
  renderTabs();
}

function showNote(cell: HTMLElement | null): void {
  const popup = byId('note-popup');
  const text = cell?.getAttribute('data-note');
  if (!cell || !text) {
    popup.hidden = true;
    return;
  }
  const box = cell.getBoundingClientRect();
  popup.textContent = text;
  popup.style.left = `${Math.round(box.right + 4)}px`;
  popup.style.top = `${Math.round(box.top)}px`;
  popup.hidden = false;
}

/** Typing into a cell, as a person in Sheets would (cellEditor.ts): Enter writes it, Escape leaves it. */
function editCell(sheetName: string, cell: HTMLTableCellElement): void {
  const reference = cell.getAttribute('data-cell');
  if (!reference || cell.querySelector('input')) return;
  const row = Number(cell.closest('tr')?.getAttribute('data-row'));
  const column = cell.cellIndex ?? 0;
  const sheet = state?.sheets.find((candidate) => candidate.name === sheetName);
  openCellEditor({
    cell,
    label: `${sheetName}!${reference}`,
    shown: cell.getAttribute('data-value') ?? cell.textContent ?? '',
    formula: sheet?.formulas?.[`${row},${column}`],
    locale: state?.locale ?? 'es_ES',
    language: language(),
    finish: (value) => {
      if (value === undefined) return renderGrid();
      void action(`${sheetName}!${reference}`, '/api/edit', {
        sheet: sheetName,
        cell: reference,
        value,
      });
    },
  });
}

function renderTabs(): void {
  const tabs = byId('tabs');
  if (!state) return;
  const source = state.sheets.map((sheet) => [sheet.name, sheet.hidden, sheet.tabColor]);
  if (!needsDrawing('tabs', [state.language, source, activeSheet])) return;
  countRedraw();
  tabs.replaceChildren(
    ...state.sheets.map((sheet) => {
      const label = sheet.hidden ? `${sheet.name} (${messages().hiddenSheet})` : sheet.name;
      const button = element('button', {
        text: label,
        className: sheet.hidden ? 'hidden-sheet' : '',
        attributes: {
          type: 'button',
          role: 'tab',
          'aria-selected': String(sheet.name === activeSheet),
          'data-sheet': sheet.name,
        },
      });
      if (sheet.tabColor) button.style.borderBottomColor = sheet.tabColor;
      button.addEventListener('click', () => {
        activeSheet = sheet.name;
        renderGrid();
        void post('/api/active-sheet', { name: sheet.name }).catch(() => undefined);
      });
      return button;
    }),
  );
}

function renderSidebar(): void {
  const sidebar = byId('sidebar');
  const frame = byId<HTMLIFrameElement>('sidebar-frame');
  const surface = state?.sidebar;
  if (!surface) {
    sidebar.hidden = true;
    if (sidebarKey) frame.src = 'about:blank';
    sidebarKey = '';
    return;
  }
  sidebar.hidden = false;
  byId('sidebar-title').textContent = surface.title;
  byId('sidebar-close').setAttribute('aria-label', messages().closeSidebar);
  frame.title = surface.title;
  if (surface.key !== sidebarKey) {
    sidebarKey = surface.key;
    frame.src = `/html/sidebar?key=${encodeURIComponent(surface.key)}`;
  }
}

function renderDialog(): void {
  const dialog = byId<HTMLDialogElement>('html-dialog');
  const frame = byId<HTMLIFrameElement>('html-dialog-frame');
  const surface = state?.dialog;
  if (!surface) {
    if (dialog.open) dialog.close();
    dialogKey = '';
    return;
  }
  byId('html-dialog-title').textContent = surface.title;
  byId('html-dialog-close').setAttribute('aria-label', messages().closeDialog);
  frame.title = surface.title;
  frame.style.width = `${surface.width ?? 600}px`;
  frame.style.height = `${surface.height ?? 400}px`;
  if (surface.key !== dialogKey) {
    dialogKey = surface.key;
    frame.src = `/html/dialog?key=${encodeURIComponent(surface.key)}`;
  }
  if (!dialog.open) {
    if (surface.modal) dialog.showModal();
    else dialog.show();
  }
}

function renderToasts(): void {
  const container = byId('toasts');
  for (const toast of state?.toasts ?? []) {
    if (shownToasts.has(toast.id)) continue;
    shownToasts.add(toast.id);
    const node = element('div', { className: 'toast', attributes: { role: 'status' } }, [
      ...(toast.title ? [element('strong', { text: toast.title })] : []),
      element('span', { text: toast.message }),
    ]);
    container.append(node);
    const seconds = toast.timeoutSeconds < 0 ? 30 : toast.timeoutSeconds || 5;
    setTimeout(() => node.remove(), seconds * 1000);
  }
}

// ---- questions (alerts and prompts the add-on waits on) ---------------------------------

function answerQuestion(current: PendingQuestion, button: ButtonName, text: string): void {
  question = null;
  renderQuestion();
  void post('/api/answer', { id: current.id, button, text }).catch(() => undefined);
}

function renderQuestion(): void {
  const dialog = byId<HTMLDialogElement>('question');
  if (!question) {
    if (dialog.open) dialog.close();
    return;
  }
  const current = question;
  dialog.dataset.question = String(current.id);
  byId('question-title').textContent = current.title;
  byId('question-prompt').textContent = current.prompt;
  const input = byId<HTMLInputElement>('question-text');
  input.hidden = current.kind !== 'prompt';
  input.value = '';
  const buttons = BUTTONS_OF_SET[current.buttons].map((name: ButtonName) => {
    const button = element('button', {
      text: messages().buttons[name],
      attributes: { type: 'button', 'data-button': name },
    });
    button.addEventListener('click', () => answerQuestion(current, name, input.value));
    return button;
  });
  byId('question-buttons').replaceChildren(...buttons);
  if (!dialog.open) dialog.showModal();
  if (current.kind === 'prompt') input.focus();
}

// ---- panels -----------------------------------------------------------------------------

function renderPanels(): void {
  const tabs = byId('panel-tabs');
  tabs.replaceChildren(
    ...shownPanels().map((name) => {
      const count =
        name === 'outbox' ? state?.outbox.length : name === 'charts' ? state?.charts.length : 0;
      const button = element('button', {
        text: count ? `${messages().panels[name]} (${count})` : messages().panels[name],
        attributes: {
          type: 'button',
          role: 'tab',
          'aria-selected': String(name === activePanel),
          'data-panel': name,
        },
      });
      button.addEventListener('click', () => {
        activePanel = name;
        renderPanels();
      });
      return button;
    }),
  );
  drawnFrom.set('panels', JSON.stringify(panelSource()));
  countRedraw();
  const panel = byId('panel');
  panel.setAttribute('data-panel', activePanel);
  if (activePanel === 'outbox') panel.replaceChildren(outboxPanel());
  else if (activePanel === 'charts') panel.replaceChildren(chartsPanel());
  else if (activePanel === 'clock') panel.replaceChildren(clockPanel());
  else if (activePanel === 'counters') panel.replaceChildren(countersPanel());
  else panel.replaceChildren(logPanel());
}

function emailView(email: EmailView): HTMLElement {
  const text = messages();
  const header = element('table', {}, [
    element('tr', {}, [element('th', { text: text.emailTo }), element('td', { text: email.to })]),
    ...(email.cc
      ? [
          element('tr', {}, [
            element('th', { text: text.emailCc }),
            element('td', { text: email.cc }),
          ]),
        ]
      : []),
    element('tr', {}, [
      element('th', { text: text.emailSubject }),
      element('td', { text: email.subject }),
    ]),
    element('tr', {}, [
      element('th', { text: text.emailSentAt }),
      element('td', {
        text: new Date(email.sentAt).toLocaleString(language(), { timeZone: state?.timeZone }),
      }),
    ]),
  ]);
  const parts: Node[] = [header];
  if (email.htmlBody) {
    const frame = element('iframe', { attributes: { sandbox: '', title: email.subject } });
    // The email's own HTML, isolated: sandbox without allow-scripts runs no script.
    frame.srcdoc = email.htmlBody;
    parts.push(frame);
  }
  if (email.body) {
    parts.push(
      element('details', { attributes: email.htmlBody ? {} : { open: '' } }, [
        element('summary', { text: text.emailPlainText }),
        element('pre', { text: email.body }),
      ]),
    );
  }
  return element('div', { className: 'email' }, parts);
}

function outboxPanel(): Node {
  const outbox = state?.outbox ?? [];
  if (outbox.length === 0)
    return element('p', { className: 'muted', text: messages().outboxEmpty });
  if (selectedEmail >= outbox.length) selectedEmail = outbox.length - 1;
  const list = element(
    'ul',
    {},
    outbox.map((email, index) => {
      const button = element('button', {
        text: `${email.to} — ${email.subject}`,
        attributes: { type: 'button', 'aria-current': String(index === selectedEmail) },
      });
      button.addEventListener('click', () => {
        selectedEmail = index;
        renderPanels();
      });
      return element('li', {}, [button]);
    }),
  );
  return element('div', { className: 'outbox' }, [list, emailView(outbox[selectedEmail])]);
}

/** The charts' drawing context: the page's words, the workbook locale, the redraw count. */
function chartContext(): ChartContext {
  return { text: messages(), locale: state?.locale ?? 'es_ES', onRedraw: countRedraw };
}

/** The shown sheet's charts over its grid (drawn again only when their data changed). */
function renderCharts(): void {
  const charts = state?.charts.filter((chart) => chart.sheet === activeSheet) ?? [];
  drawCharts(byId('grid'), charts, chartContext());
}

function chartsPanel(): Node {
  return chartList(state?.charts ?? [], {
    ...chartContext(),
    show: (chart: ChartView) => {
      activeSheet = chart.sheet;
      renderGrid();
      scrollToChart(chart.id);
      void post('/api/active-sheet', { name: chart.sheet }).catch(() => undefined);
    },
  });
}

function clockPanel(): Node {
  const text = messages();
  const now = state ? new Date(state.now) : new Date();
  const shown = element('output', {
    text: `${now.toLocaleString(language(), { timeZone: state?.timeZone, dateStyle: 'full', timeStyle: 'short' })} (${state?.timeZone ?? ''})`,
    attributes: { id: 'clock-now' },
  });
  const date = element('input', { attributes: { type: 'date', id: 'clock-date' } });
  date.value = state?.now.slice(0, 10) ?? '';
  const set = element('button', {
    text: text.clockSet,
    attributes: { type: 'button', id: 'clock-set' },
  });
  set.addEventListener('click', () => {
    if (date.value) void action(text.clockSet, '/api/clock', { date: date.value });
  });
  const next = element('button', {
    text: text.clockNextDay,
    attributes: { type: 'button', id: 'clock-next-day' },
  });
  next.addEventListener(
    'click',
    () => void action(text.clockNextDay, '/api/clock', { addDays: 1 }),
  );
  const run = element('button', {
    text: text.runDailyTrigger,
    attributes: { type: 'button', id: 'run-daily-trigger' },
  });
  run.addEventListener('click', () => void action(text.runDailyTrigger, '/api/daily-trigger'));
  const triggers = state?.triggers ?? [];
  const list =
    triggers.length === 0
      ? element('p', { className: 'muted', text: text.triggersNone })
      : element('div', {}, [
          element('strong', { text: text.triggersInstalled }),
          element(
            'ul',
            {},
            triggers.map((trigger) =>
              element('li', { text: interpolate(text.triggerEvery, { ...trigger }) }),
            ),
          ),
        ]);
  return element('div', {}, [
    element('div', { className: 'clock' }, [
      element('span', { text: `${text.clockNow}:` }),
      shown,
      date,
      set,
      next,
      run,
    ]),
    list,
  ]);
}

function countersPanel(): Node {
  const text = messages();
  const counters = state?.counters;
  if (!counters) return element('p', { className: 'muted', text: text.countersNone });
  const first = ['total', 'spreadsheetReads', 'spreadsheetWrites', 'spreadsheetOther'];
  const rank = (name: string) => (first.includes(name) ? first.indexOf(name) : first.length);
  const rows = Object.entries(counters.values)
    .filter(([name, value]) => value > 0 || first.includes(name))
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([name, value]) =>
      element('tr', {}, [
        element('td', { text: text.counterNames[name] ?? name }),
        element('td', {
          className: 'number',
          text: String(value),
          attributes: { 'data-counter': name },
        }),
      ]),
    );
  const methods = Object.entries(counters.byMethod)
    .sort((a, b) => b[1] - a[1])
    .map(([method, calls]) =>
      element('tr', {}, [
        element('td', { text: method }),
        element('td', { className: 'number', text: String(calls) }),
      ]),
    );
  return element('div', {}, [
    element('p', { text: interpolate(text.countersOf, { name: counters.action }) }),
    element('p', { className: 'muted', text: text.countersIntro }),
    element('div', { className: 'counters' }, [
      element('table', {}, rows),
      element('table', {}, [
        element('tr', {}, [
          element('th', { text: text.byMethod }),
          element('th', { text: text.calls }),
        ]),
        ...methods,
      ]),
    ]),
  ]);
}

function logPanel(): Node {
  const log = state?.log ?? [];
  if (log.length === 0) return element('p', { className: 'muted', text: messages().logEmpty });
  return element('pre', { text: log.join('\n') });
}

// ---- start ------------------------------------------------------------------------------

function listen(): void {
  const events = new EventSource('/api/events');
  events.addEventListener('state', (event) => {
    const { revision } = JSON.parse((event as MessageEvent<string>).data) as { revision: number };
    if (!state || revision > state.revision) void refresh();
  });
  events.addEventListener('question', (event) => {
    question = JSON.parse((event as MessageEvent<string>).data) as PendingQuestion | null;
    renderQuestion();
  });
}

function start(): void {
  document.addEventListener('click', closeMenus);
  setUpConfirm();
  // Both rebuild the workbook: asked first, since what the person did here is lost.
  byId<HTMLSelectElement>('language').addEventListener('change', async (event) => {
    const select = event.target as HTMLSelectElement;
    const value = select.value as Language;
    const text = messages();
    const sure = await confirmInPage({
      title: text.confirmTitle,
      message: interpolate(text.confirmLanguage, { language: text.languageNames[value] }),
      confirm: text.switchLanguage,
      cancel: text.keepWorking,
    });
    if (!sure) {
      select.value = language();
      return;
    }
    void action(text.languageNames[value], '/api/language', { language: value });
  });
  // A fresh example workbook in the same language, built again by the menu actions.
  byId('start-over').addEventListener('click', async () => {
    const text = messages();
    const sure = await confirmInPage({
      title: text.confirmTitle,
      message: text.confirmStartOver,
      confirm: text.startOver,
      cancel: text.keepWorking,
    });
    if (sure) void action(text.startOver, '/api/language', { language: language() });
  });
  onViewingAsChange(
    () => state?.people ?? [],
    (person) =>
      void action(`${messages().viewingAs}: ${personLabel(person, messages())}`, '/api/view-as', {
        email: person.email,
      }),
  );
  onDeveloperChange(() => {
    if (!isDeveloper() && activePanel === 'counters') activePanel = 'outbox';
    if (needsDrawing('panels', panelSource())) renderPanels();
  });
  byId('sidebar-close').addEventListener(
    'click',
    () => void post('/api/close', { surface: 'sidebar' }).then(refresh),
  );
  byId('html-dialog-close').addEventListener(
    'click',
    () => void post('/api/close', { surface: 'dialog' }).then(refresh),
  );
  // Escape is the dialog's ×: Apps Script answers CLOSE.
  byId<HTMLDialogElement>('question').addEventListener('cancel', (event) => {
    event.preventDefault();
    if (question) answerQuestion(question, 'CLOSE', '');
  });
  listen();
  void refresh();
}

start();
