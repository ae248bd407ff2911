// A confirmation in the page (the browser's own confirm() cannot be styled, translated or
// answered by a test): resolves true only when the person chose to go on.
import { byId } from './dom';

export interface Confirmation {
  readonly title: string;
  readonly message: string;
  readonly confirm: string;
  readonly cancel: string;
}

let settle: ((answer: boolean) => void) | null = null;

function answer(value: boolean): void {
  const done = settle;
  settle = null;
  const dialog = byId<HTMLDialogElement>('confirm');
  if (dialog.open) dialog.close();
  done?.(value);
}

export function confirmInPage(confirmation: Confirmation): Promise<boolean> {
  // A second question replaces the first, which counts as cancelled.
  answer(false);
  byId('confirm-title').textContent = confirmation.title;
  byId('confirm-message').textContent = confirmation.message;
  byId('confirm-ok').textContent = confirmation.confirm;
  byId('confirm-cancel').textContent = confirmation.cancel;
  const dialog = byId<HTMLDialogElement>('confirm');
  dialog.showModal();
  // Cancel has the focus: Enter or a stray click must not throw away the person's work.
  byId('confirm-cancel').focus();
  return new Promise((resolve) => {
    settle = resolve;
  });
}

export function setUpConfirm(): void {
  byId('confirm-ok').addEventListener('click', () => answer(true));
  byId('confirm-cancel').addEventListener('click', () => answer(false));
  // Escape is the same as Cancel.
  byId<HTMLDialogElement>('confirm').addEventListener('cancel', (event) => {
    event.preventDefault();
    answer(false);
  });
}
