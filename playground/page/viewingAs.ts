// "Viewing as": the person the add-on's executions run as, chosen among the workbook's
// People (and an outside editor), so a sales rep's sidebar can be tried as well as a manager's.
import { interpolate } from '../../src/core/i18n/language';
import type { PlaygroundMessages } from '../messages';
import type { PersonView } from '../state';
import { byId } from './dom';

export function personLabel(person: PersonView, text: PlaygroundMessages): string {
  return person.outside
    ? interpolate(text.outsideEditor, { email: person.email })
    : interpolate(text.personOption, { name: person.name, email: person.email });
}

/** The choices, with `user` selected (kept as a choice even if People no longer lists them). */
export function renderViewingAs(
  people: readonly PersonView[],
  user: string,
  text: PlaygroundMessages,
): void {
  byId('viewing-as-label').textContent = text.viewingAs;
  const select = byId<HTMLSelectElement>('viewing-as');
  const choices = people.some((person) => person.email === user)
    ? people
    : [{ name: user, email: user, outside: false }, ...people];
  select.replaceChildren(
    ...choices.map((person) => {
      const option = document.createElement('option');
      option.value = person.email;
      option.textContent = personLabel(person, text);
      return option;
    }),
  );
  select.value = user;
}

/** Calls `choose` with the chosen person (the select shows them at once). */
export function onViewingAsChange(
  people: () => readonly PersonView[],
  choose: (person: PersonView) => void,
): void {
  const select = byId<HTMLSelectElement>('viewing-as');
  select.addEventListener('change', () => {
    const person = people().find((candidate) => candidate.email === select.value);
    if (person) choose(person);
  });
}
