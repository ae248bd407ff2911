// The "Developer" toggle: the service-call counters are for developers, so they stay out
// of sight (off by default) until someone asks for them.
import type { PlaygroundMessages } from '../messages';
import { byId } from './dom';

let developer = false;

export function isDeveloper(): boolean {
  return developer;
}

export function labelDeveloper(text: PlaygroundMessages): void {
  byId('developer-label').textContent = text.developer;
}

export function onDeveloperChange(changed: () => void): void {
  const toggle = byId<HTMLInputElement>('developer');
  toggle.checked = developer;
  toggle.addEventListener('change', () => {
    developer = toggle.checked;
    changed();
  });
}
