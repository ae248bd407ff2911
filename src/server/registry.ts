// Every public entry point of the add-on, in the order its stub appears in dist/Code.js.
// To add one: write it in its feature's registry list and include that list here.
import { customFunctions } from './customFunctions';
import { menuFunctions } from './menu';
import type { PublicFunction } from './publicFunction';
import { sidebarFunctions } from './sidebar';

export const PUBLIC_FUNCTIONS: readonly PublicFunction[] = [
  ...customFunctions,
  ...menuFunctions,
  ...sidebarFunctions,
];
