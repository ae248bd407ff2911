// The detail screen of one KR: its summary, the check-in form and its history.
import type { KeyResultView } from '../../core/checkIn/context';
import type { SaveResult } from '../../server/checkIn';
import type { CorrectionResult } from '../../server/checkInCorrection';
import { el } from '../dom';
import { checkInForm, focusValue } from './checkInForm';
import { historyBody, loadHistory } from './history';
import { keyResultLines } from './keyResultLines';
import { announce } from './live';
import { app, setBusy } from './page';
import { savedChange, state, update } from './state';

function summaryLines(keyResult: KeyResultView): HTMLElement[] {
  return keyResultLines(keyResult, { title: false, owner: true, comment: true });
}

/** Redraws the open form's last check-in (once the history has loaded). */
let drawLast = () => {};

function renderDetail(back: () => void): void {
  const { selectedId, t } = state;
  const keyResult = selectedId ? state.byId.get(selectedId) : undefined;
  if (!keyResult) {
    back();
    return;
  }
  const backButton = el('button', { type: 'button', class: 'back link' }, `← ${t.back}`);
  backButton.addEventListener('click', back);
  const summary = el('div', { id: 'summary', class: 'summary' }, ...summaryLines(keyResult));
  const onSaved = (saved: SaveResult) => {
    const { change, updated } = savedChange(saved);
    update(change);
    summary.replaceChildren(...summaryLines(updated));
    document.getElementById('history-body')?.replaceChildren(...historyBody(updated));
  };
  const onCorrected = (result: CorrectionResult, message: string) => {
    update(savedChange(result).change);
    renderDetail(back);
    const status = document.getElementById('form-status');
    if (status) status.textContent = message;
    announce(message);
  };
  const shown = checkInForm(keyResult, { onSaved, onCorrected });
  const form = shown.form;
  drawLast = shown.drawLast;
  const historySection = el(
    'section',
    { 'aria-labelledby': 'history-heading', class: 'history' },
    el('h3', { id: 'history-heading' }, t.history),
    el('div', { id: 'history-body' }, ...historyBody(keyResult)),
  );
  const screen = el(
    'div',
    { class: 'detail' },
    backButton,
    el('h2', { id: 'kr-title', tabindex: -1 }, keyResult.title),
    summary,
    form,
    historySection,
  );
  app.replaceChildren(screen);
  setBusy(false);
  focusValue(form);
}

/** Opens KR `id` and starts loading its history; `back` returns to the list. */
export function openDetail(id: string, back: () => void): void {
  update({ selectedId: id, history: null });
  renderDetail(back);
  void loadHistory(id).then(() => {
    if (state.selectedId === id) drawLast();
  });
}
