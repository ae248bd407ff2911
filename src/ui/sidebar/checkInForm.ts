// The check-in form of one KR: new value, confidence and comment, checked as typed and
// again on send, then saved through the server.
import type { KeyResultView } from '../../core/checkIn/context';
import { LIVE_SOURCE } from '../../core/checkIn/live';
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
import { el } from '../dom';
import { callServer } from '../serverCall';
import { percent, statusText, targetText } from './format';
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

/** The form for `keyResult`; `onSaved` gets each check-in the server recorded. */
export function checkInForm(
  keyResult: KeyResultView,
  onSaved: (saved: SaveResult) => void,
): HTMLFormElement {
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
    status,
    save,
  );
  let submitted = false;
  let saving = false;
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
      onSaved(saved);
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
      save.removeAttribute('aria-disabled');
      save.textContent = state.t.save;
      form.removeAttribute('aria-busy');
    }
  });
  return form;
}
