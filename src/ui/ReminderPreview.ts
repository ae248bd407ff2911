// The reminder preview dialog: pick a day, see the emails a run that day would send.
// Each email is shown in a sandboxed frame (no scripts, no same origin); sheet text in
// it was escaped by the server, and everything else here is set through textContent.
import type { ReminderEmail } from '../core/reminders/email';
import type { PreviewResult } from '../server/reminders';
import { el } from './dom';
import { callServer } from './serverCall';

const form = document.getElementById('controls') as HTMLFormElement;
const dayInput = document.getElementById('day') as HTMLInputElement;
const dayLabel = document.getElementById('dayLabel') as HTMLElement;
const showButton = document.getElementById('show') as HTMLButtonElement;
const emails = document.getElementById('emails') as HTMLElement;

function emailCard(email: ReminderEmail, toLabel: string): HTMLElement {
  return el(
    'article',
    { class: 'email' },
    el(
      'header',
      {},
      el('div', { class: 'to' }, `${toLabel}: ${email.to}`),
      el('div', { class: 'subject' }, email.subject),
    ),
    el('iframe', { sandbox: '', title: email.subject, srcdoc: email.htmlBody }),
  );
}

function render(result: PreviewResult): void {
  dayLabel.textContent = result.labels.date;
  showButton.textContent = result.labels.show;
  dayInput.value = result.day;
  emails.replaceChildren();
  if (result.emails.length === 0) emails.append(el('p', { class: 'note' }, result.labels.none));
  for (const email of result.emails) emails.append(emailCard(email, result.labels.to));
  emails.setAttribute('aria-busy', 'false');
}

async function load(day: string): Promise<void> {
  emails.setAttribute('aria-busy', 'true');
  let result: PreviewResult;
  try {
    result = await callServer('previewRemindersOn', day);
  } catch (failure) {
    emails.replaceChildren(el('p', { class: 'error' }, (failure as Error).message));
    emails.setAttribute('aria-busy', 'false');
    return;
  }
  render(result);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void load(dayInput.value);
});

void load('');
