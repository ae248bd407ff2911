import { userLanguage } from '../services/session';
import { showSidebar } from '../services/ui';
import {
  CHECK_IN_FAILURES,
  chooseIdentity,
  getCheckInContext,
  getKeyResultHistory,
  saveCheckIn,
} from './checkIn';
import { correctCheckIn } from './checkInCorrection';
import { definePublicFunction, type PublicFunction } from './publicFunction';
import { clientCall } from './userFacing';

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
  definePublicFunction({
    name: 'getCheckInContext',
    kind: 'clientCall',
    summary: 'Returns what the check-in sidebar shows: my KRs, my team, objectives, settings.',
    details: ['Reads Settings, Key Results, Objectives and People once each. Dates are ISO text.'],
    params: [],
    returns: '{Object} the sidebar context.',
    implementation: clientCall(CHECK_IN_FAILURES, getCheckInContext),
  }),
  definePublicFunction({
    name: 'saveCheckIn',
    kind: 'clientCall',
    summary: 'Records a check-in on a key result and returns its new progress and status.',
    details: [
      'Validates the payload, then under the document lock appends one Check-ins row and',
      "updates the KR's Current, Confidence, Last check-in and Last comment. The author is",
      'the signed-in user as the server sees them.',
    ],
    params: [
      {
        name: 'payload',
        type: 'Object',
        description: '{keyResultId, value, confidence: green|yellow|red, comment}.',
      },
    ],
    returns: '{Object} {keyResult, entry}.',
    implementation: clientCall(CHECK_IN_FAILURES, saveCheckIn),
  }),
  definePublicFunction({
    name: 'correctCheckIn',
    kind: 'clientCall',
    summary: 'Corrects or withdraws the latest check-in of a key result, by its author.',
    details: [
      'Appends a Check-ins row naming the corrected row in Corrects (no value: withdrawn).',
    ],
    params: [
      {
        name: 'payload',
        type: 'Object',
        description: '{keyResultId, corrects, withdraw, value, confidence, comment, confirmed}.',
      },
    ],
    returns: '{Object} {keyResult, history}.',
    implementation: clientCall(CHECK_IN_FAILURES, correctCheckIn),
  }),
  definePublicFunction({
    name: 'getKeyResultHistory',
    kind: 'clientCall',
    summary: 'Returns the check-ins of one key result, newest first, with its chart series.',
    params: [{ name: 'keyResultId', type: 'string', description: 'The KR ID.' }],
    returns: '{Object} {keyResultId, entries, series, omitted}.',
    implementation: clientCall(CHECK_IN_FAILURES, getKeyResultHistory),
  }),
  definePublicFunction({
    name: 'chooseIdentity',
    kind: 'clientCall',
    summary: 'Remembers which person of People this user is, when Google hides their email.',
    params: [{ name: 'email', type: 'string', description: 'An email listed in People.' }],
    returns: '{Object} the sidebar context for that person.',
    implementation: clientCall(CHECK_IN_FAILURES, chooseIdentity),
  }),
];
