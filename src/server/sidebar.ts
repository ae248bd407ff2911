import { userLanguage } from '../services/session';
import { showSidebar } from '../services/ui';
import { definePublicFunction, type PublicFunction } from './publicFunction';

const SIDEBAR_TITLE = { en: 'OKR check-in', es: 'Seguimiento de OKRs' } as const;

function showCheckInSidebar(): void {
  showSidebar('Sidebar', SIDEBAR_TITLE[userLanguage()]);
}

export const sidebarFunctions: readonly PublicFunction[] = [
  definePublicFunction({
    name: 'showCheckInSidebar',
    kind: 'menuAction',
    summary: 'Opens the check-in sidebar.',
    params: [],
    implementation: showCheckInSidebar,
  }),
];
