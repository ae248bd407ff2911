// "Who are you?": when Google hides the user's email, they pick their name from People.
import { el } from '../dom';
import { callServer } from '../serverCall';
import { announce } from './live';
import { adoptContext, app, setBusy } from './page';
import { state } from './state';

/** Draws the picker; `chosen` runs once the server knows the person. */
export function renderIdentity(chosen: () => void): void {
  const { context, t } = state;
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
      adoptContext(await callServer('chooseIdentity', select.value));
      chosen();
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
