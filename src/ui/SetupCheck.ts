// OKRs › Help › Check setup: one table of what the add-on found, in the workbook
// language. Every text is set through textContent (el), so nothing from a sheet or from
// Apps Script becomes markup.
import { setupLines } from '../core/setupCheck';
import { el } from './dom';
import { callServer } from './serverCall';

const main = document.getElementById('check') as HTMLElement;

async function load(): Promise<void> {
  try {
    const { language, facts } = await callServer('getSetupCheck');
    document.documentElement.lang = language;
    const rows = setupLines(facts, language).map((line) =>
      el(
        'tr',
        { class: line.ok === false ? 'bad' : line.ok ? 'ok' : '' },
        el('th', { scope: 'row' }, line.label),
        el('td', {}, line.value),
      ),
    );
    main.replaceChildren(el('table', {}, el('tbody', {}, ...rows)));
  } catch (failure) {
    main.replaceChildren(el('p', { class: 'error' }, (failure as Error).message));
  }
  main.setAttribute('aria-busy', 'false');
}

void load();
