// The page every screen draws into (#app), and the context every screen reads.
import type { CheckInContext } from '../../core/checkIn/context';
import { contextChange, state, update } from './state';

export const app = document.getElementById('app') as HTMLElement;

export function setBusy(busy: boolean): void {
  app.setAttribute('aria-busy', busy ? 'true' : 'false');
}

/**
 * Takes a context from the server: its language becomes the page's, and the footer says
 * when the 1:1 reminders last ran, so a silent stop is seen within a day.
 */
export function adoptContext(next: CheckInContext): void {
  update(contextChange(next));
  document.documentElement.lang = state.language;
  const footer = document.getElementById('footer');
  if (footer) footer.textContent = next.remindersStatus ?? '';
}
