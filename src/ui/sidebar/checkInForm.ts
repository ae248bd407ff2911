// The check-in form of one KR: new value, confidence and comment, checked as typed and
// again on send, then saved through the server.
import { isDone } from '../../core/cells';
import type { KeyResultView } from '../../core/checkIn/context';
import type { HistoryEntry } from '../../core/checkIn/history';
import { LIVE_SOURCE } from '../../core/checkIn/live';
import { editableValue } from '../../core/checkIn/numbers';
import { sanityConcerns, sanityQuestion } from '../../core/checkIn/sanity';
import {
  type CheckInField,
  type CheckInFields,
  COMMENT_MAX_LENGTH,
  CONFIDENCES,
  validateCheckIn,
} from '../../core/checkIn/validation';
import { STATUS_LABELS } from '../../core/formulas/status';
import { interpolate } from '../../core/i18n/language';
import type { SaveResult } from '../../server/checkIn';
import type { CorrectionResult } from '../../server/checkInCorrection';
import { el } from '../dom';
import { callServer } from '../serverCall';
import { formatDate, percent, statusText, targetText, valueText } from './format';
import { chip } from './keyResultLines';
import { announce } from './live';
import { state } from './state';

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

/** A live key result's value field: its formula's value, read-only, and where it comes from. */
function liveValueField(keyResult: KeyResultView, source: string): HTMLElement {
  return el(
    'div',
    { class: 'field' },
    el('label', { for: 'value' }, state.t.newValue),
    el('input', {
      id: 'value',
      name: 'value',
      type: 'text',
      readonly: 'readonly',
      value: keyResult.current === null ? '' : String(keyResult.current),
      'aria-describedby': 'value-hint value-error',
    }),
    el(
      'p',
      { id: 'value-hint', class: 'hint' },
      interpolate(LIVE_SOURCE[state.language], { formula: source }),
    ),
    fieldError('value'),
  );
}

/** The fields as validated: a live key result's value is its formula's, not checked here. */
function checkedFields(keyResult: KeyResultView, fields: ReturnType<typeof readFields>) {
  return keyResult.source
    ? { ...fields, value: keyResult.kind === 'binary' ? 'yes' : '0' }
    : fields;
}

function valueField(keyResult: KeyResultView): HTMLElement {
  const { t } = state;
  if (keyResult.source) return liveValueField(keyResult, keyResult.source);
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

type Fields = ReturnType<typeof readFields>;

/** Where a half-typed check-in is kept while the sidebar is closed: per workbook and KR. */
function draftKey(id: string): string {
  return `okr-draft:${state.context?.spreadsheetId ?? ''}:${id}`;
}

// The sidebar's frame may use web storage; a browser that blocks it for frames throws.
function readDraft(id: string): Fields | null {
  try {
    return JSON.parse(localStorage.getItem(draftKey(id)) ?? 'null') as Fields | null;
  } catch {
    return null;
  }
}

function keepDraft(id: string, fields: Fields | null): void {
  try {
    if (fields && (fields.value.trim() || fields.comment.trim())) {
      localStorage.setItem(draftKey(id), JSON.stringify(fields));
    } else localStorage.removeItem(draftKey(id));
  } catch {
    // Not kept: the check-in still saves.
  }
}

function fill(form: HTMLFormElement, fields: Fields, kind: KeyResultView['kind']): void {
  const value = form.querySelector('input#value') as HTMLInputElement | null;
  if (value) value.value = fields.value;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    input.checked =
      input.name === 'confidence'
        ? input.value === fields.confidence
        : kind === 'binary' &&
          fields.value !== '' &&
          (input.value === 'yes') === isDone(fields.value);
  }
  (form.querySelector('#comment') as HTMLTextAreaElement).value = fields.comment;
}

/** The entry that stands latest in the loaded history of `keyResult`, if loaded. */
function latestEntry(keyResult: KeyResultView): HistoryEntry | null {
  const { history } = state;
  return history?.keyResultId === keyResult.id ? (history.entries[0] ?? null) : null;
}

const sameEmail = (a: string, b: string | undefined) =>
  b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

function authorName(author: string, keyResult: KeyResultView): string {
  const me = state.context?.me;
  if (me && sameEmail(author, me.email)) return me.name;
  return sameEmail(author, keyResult.owner) ? keyResult.ownerName : author;
}

/** Focus on the value field (a yes/no KR's first choice). */
export function focusValue(form: HTMLFormElement): void {
  const first = form.querySelector('#value') as HTMLElement;
  (first.tagName === 'FIELDSET' ? (first.querySelector('input') as HTMLElement) : first).focus();
}

/** What the sidebar calls back with. */
export interface FormExits {
  onSaved(saved: SaveResult): void;
  /** After a correction or a withdrawal; `message` says which. */
  onCorrected(result: CorrectionResult, message: string): void;
}

/** The form for `keyResult`, and a way to redraw its last check-in once the history loads. */
export function checkInForm(
  keyResult: KeyResultView,
  exits: FormExits,
): { form: HTMLFormElement; drawLast: () => void } {
  const { t } = state;
  const comment = el('textarea', {
    id: 'comment',
    name: 'comment',
    rows: 4,
    'aria-describedby': 'comment-hint comment-count comment-error',
  });
  const count = el('p', { id: 'comment-count', class: 'hint count' });
  const updateCount = () => {
    count.textContent = interpolate(state.t.charactersLeft, {
      count: COMMENT_MAX_LENGTH - comment.value.length,
    });
  };
  updateCount();
  const status = el('p', { id: 'form-status', class: 'form-status' });
  const save = el('button', { type: 'submit', class: 'primary', id: 'save' }, t.save);
  const cancel = el(
    'button',
    { type: 'button', class: 'link', id: 'cancel', hidden: true },
    t.cancel,
  );
  const last = el('div', { id: 'last', class: 'last' });
  const sure = el('div', { id: 'sure', class: 'sure', role: 'alert' });
  const draftNote = el('p', { id: 'draft', class: 'hint' });
  const form = el(
    'form',
    { novalidate: true, class: 'check-in', 'aria-labelledby': 'kr-title' },
    last,
    draftNote,
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
            STATUS_LABELS[state.language][confidence],
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
    sure,
    status,
    save,
    cancel,
  );
  let submitted = false;
  let saving = false;
  /** The `ref` of the check-in being corrected; null for a new check-in. */
  let corrects: string | null = null;
  let confirmed = false;
  const defaultConfidence = () => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="confidence"]')) {
      input.checked = input.value === (state.byId.get(keyResult.id) ?? keyResult).confidence;
    }
  };
  const correctionMode = (entry: HistoryEntry | null) => {
    corrects = entry?.ref ?? null;
    form.reset();
    if (entry) {
      fill(
        form,
        {
          value:
            editableValue(entry.value, keyResult.kind, state.language) || String(entry.value ?? ''),
          confidence: entry.confidence ?? '',
          comment: entry.comment,
        },
        keyResult.kind,
      );
    } else defaultConfidence();
    save.textContent = entry ? state.t.saveCorrection : state.t.save;
    cancel.hidden = !entry;
    sure.replaceChildren();
    updateCount();
    focusValue(form);
  };
  cancel.addEventListener('click', () => correctionMode(null));
  const withdraw = async (entry: HistoryEntry) => {
    try {
      const result = await callServer('correctCheckIn', {
        keyResultId: keyResult.id,
        corrects: entry.ref,
        rows: state.history?.rows ?? 0,
        withdraw: true,
      });
      keepDraft(keyResult.id, null);
      exits.onCorrected(result, state.t.withdrawn);
    } catch (failure) {
      status.textContent = (failure as Error).message;
      announce(status.textContent);
    }
  };
  /** The last check-in above the fields, with Correct and Withdraw for its author. */
  const drawLast = () => {
    const { t } = state;
    const current = state.byId.get(keyResult.id) ?? keyResult;
    const entry = latestEntry(current);
    if (!entry && !current.lastCheckIn) {
      last.replaceChildren();
      return;
    }
    const value = entry ? entry.value : current.current;
    const line = el(
      'p',
      { class: 'entry-head' },
      el('span', { class: 'entry-value' }, valueText(current, value)),
      chip(entry ? entry.confidence : current.confidence),
    );
    const comment = entry ? entry.comment : current.lastComment;
    const who = entry?.author
      ? ` · ${interpolate(t.by, { author: authorName(entry.author, current) })}`
      : '';
    const parts: (HTMLElement | null)[] = [
      el('h3', { id: 'last-heading' }, t.lastHeading),
      line,
      comment ? el('p', { class: 'comment' }, comment) : null,
      el('p', { class: 'meta' }, formatDate(entry?.at ?? current.lastCheckIn, true) + who),
    ];
    const me = state.context?.identity !== 'unknown' ? state.context?.me?.email : undefined;
    if (entry && sameEmail(entry.author, me)) {
      const correctButton = el(
        'button',
        { type: 'button', class: 'link', id: 'correct' },
        t.correct,
      );
      const withdrawButton = el(
        'button',
        { type: 'button', class: 'link', id: 'withdraw' },
        t.withdraw,
      );
      const actions = el('p', { class: 'actions' }, correctButton, ' · ', withdrawButton);
      correctButton.addEventListener('click', () => correctionMode(entry));
      withdrawButton.addEventListener('click', () => {
        const yes = el(
          'button',
          { type: 'button', class: 'primary', id: 'withdraw-yes' },
          t.withdraw,
        );
        const no = el('button', { type: 'button', class: 'link' }, t.cancel);
        yes.addEventListener('click', () => void withdraw(entry));
        no.addEventListener('click', drawLast);
        actions.replaceChildren(
          el('span', { role: 'alert' }, t.withdrawQuestion),
          ' ',
          yes,
          ' ',
          no,
        );
        yes.focus();
      });
      parts.push(actions);
    }
    last.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
  };
  drawLast();
  const draft = readDraft(keyResult.id);
  if (draft) {
    fill(form, draft, keyResult.kind);
    draftNote.textContent = t.draftRestored;
  }
  // Errors appear when a field is left or the form is sent, and clear as soon as fixed.
  const revalidate = (field: CheckInField, always: boolean) => {
    const current = form.querySelector(`#${field}-error`)?.textContent;
    if (!always && !current && !submitted) return;
    const result = validateCheckIn(
      checkedFields(keyResult, readFields(form)),
      keyResult.kind,
      state.language,
    );
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
    sure.replaceChildren();
    confirmed = false;
    if (!corrects) keepDraft(keyResult.id, readFields(form));
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
    const { t } = state;
    submitted = true;
    const fields = readFields(form);
    const result = validateCheckIn(
      checkedFields(keyResult, fields),
      keyResult.kind,
      state.language,
    );
    showErrors(form, result.ok ? {} : result.errors);
    if (!result.ok) {
      status.textContent = t.fixErrors;
      announce(t.fixErrors);
      firstInvalidControl(form)?.focus();
      return;
    }
    const entries = state.history?.keyResultId === keyResult.id ? state.history.entries : [];
    const earlier = corrects ? entries[1]?.value : undefined;
    const judged = corrects
      ? { ...keyResult, current: typeof earlier === 'number' ? earlier : null }
      : (state.byId.get(keyResult.id) ?? keyResult);
    const concerns = sanityConcerns(result.checkIn.value, judged);
    if (concerns.length > 0 && !confirmed) {
      const question = interpolate(t.sure, {
        question: sanityQuestion(concerns, result.checkIn.value, judged, state.language),
      });
      const anyway = el(
        'button',
        { type: 'button', class: 'primary', id: 'save-anyway' },
        t.saveAnyway,
      );
      anyway.addEventListener('click', () => {
        confirmed = true;
        form.requestSubmit();
      });
      sure.replaceChildren(el('p', {}, question), anyway);
      anyway.focus();
      return;
    }
    // aria-disabled rather than disabled: a disabled button would drop keyboard focus.
    saving = true;
    save.setAttribute('aria-disabled', 'true');
    save.textContent = t.saving;
    form.setAttribute('aria-busy', 'true');
    status.textContent = '';
    sure.replaceChildren();
    const payload = {
      keyResultId: keyResult.id,
      value: fields.value,
      confidence: result.checkIn.confidence,
      comment: fields.comment,
      ...(confirmed ? { confirmed } : {}),
    };
    try {
      if (corrects) {
        exits.onCorrected(
          await callServer('correctCheckIn', {
            ...payload,
            corrects,
            rows: state.history?.rows ?? 0,
          }),
          state.t.corrected,
        );
        return;
      }
      const saved = await callServer('saveCheckIn', payload);
      keepDraft(keyResult.id, null);
      draftNote.textContent = '';
      exits.onSaved(saved);
      drawLast();
      form.reset();
      submitted = false;
      for (const input of form.querySelectorAll('input[name="confidence"]')) {
        (input as HTMLInputElement).checked =
          (input as HTMLInputElement).value === saved.keyResult.confidence;
      }
      updateCount();
      const message =
        interpolate(state.t.saved, {
          progress: percent(saved.keyResult.progress),
          status: statusText(saved.keyResult.status),
        }) + (saved.notice ? ` ${saved.notice}` : '');
      status.textContent = message;
      announce(message);
    } catch (failure) {
      status.textContent = (failure as Error).message;
      announce(status.textContent);
    } finally {
      saving = false;
      confirmed = false;
      save.removeAttribute('aria-disabled');
      save.textContent = corrects ? state.t.saveCorrection : state.t.save;
      form.removeAttribute('aria-busy');
    }
  });
  return { form, drawLast };
}
