// The reminder preview dialog: pick a day, see the emails a run that day would send.
// Each email is shown in a sandboxed frame (no scripts, no same origin); sheet text in
// it was escaped by the server, and everything else here is set through textContent.
import type { ReminderEmail } from '../core/reminders/email';
import type { PreviewResult } from '../server/reminders';

interface ScriptRun {
  withSuccessHandler(handler: (result: PreviewResult) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  previewRemindersOn(day: string): void;
}
declare const google: { script: { run: ScriptRun } };

const form = document.getElementById('controls') as HTMLFormElement;
const dayInput = document.getElementById('day') as HTMLInputElement;
const dayLabel = document.getElementById('dayLabel') as HTMLElement;
const showButton = document.getElementById('show') as HTMLButtonElement;
const emails = document.getElementById('emails') as HTMLElement;

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function emailCard(email: ReminderEmail, toLabel: string): HTMLElement {
  const card = element('article', 'email');
  const header = element('header', '');
  header.append(element('div', 'to', `${toLabel}: ${email.to}`));
  header.append(element('div', 'subject', email.subject));
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', '');
  frame.title = email.subject;
  frame.srcdoc = email.htmlBody;
  card.append(header, frame);
  return card;
}

function render(result: PreviewResult): void {
  dayLabel.textContent = result.labels.date;
  showButton.textContent = result.labels.show;
  dayInput.value = result.day;
  emails.replaceChildren();
  if (result.emails.length === 0) emails.append(element('p', 'note', result.labels.none));
  for (const email of result.emails) emails.append(emailCard(email, result.labels.to));
  emails.setAttribute('aria-busy', 'false');
}

function load(day: string): void {
  emails.setAttribute('aria-busy', 'true');
  google.script.run
    .withSuccessHandler(render)
    .withFailureHandler((error) => {
      emails.replaceChildren(element('p', 'error', error.message));
      emails.setAttribute('aria-busy', 'false');
    })
    .previewRemindersOn(day);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  load(dayInput.value);
});

load('');
