// The check-in sidebar: my KRs, my team's KRs (red first), search, and the check-in
// form with its history. Sheet text is only ever set through textContent (see dom.ts).
// The screens live in sidebar/; this file starts the page and leads between them.
import { el } from './dom';
import { callServer } from './serverCall';
import { openDetail } from './sidebar/detail';
import { renderIdentity } from './sidebar/identity';
import { renderList } from './sidebar/list';
import { adoptContext, app, setBusy } from './sidebar/page';
import { state, update } from './sidebar/state';

const listExits = {
  openDetail: (id: string) => openDetail(id, backToList),
  changePerson: () => showIdentity(),
};

function showList(focusSelector?: string): void {
  renderList(listExits, focusSelector);
}

function showIdentity(): void {
  renderIdentity(() => showList('#search'));
}

/** Back from a KR's detail, with focus on its card (or on search when there is none). */
function backToList(): void {
  const id = state.selectedId;
  update({ selectedId: null, history: null });
  showList(id ? `.kr-card[data-id="${CSS.escape(id)}"]` : '#search');
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && state.selectedId !== null && app.querySelector('.detail')) {
    backToList();
  }
});

async function start(): Promise<void> {
  const { t } = state;
  app.replaceChildren(el('p', { class: 'loading' }, t.loading));
  setBusy(true);
  try {
    adoptContext(await callServer('getCheckInContext'));
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
  if (state.context?.identity === 'unknown') showIdentity();
  else showList();
}

void start();
