// The registry's name types are written by hand beside the entries; these tests hold
// them to the entries. Records rather than lists, so the compiler rejects a name
// missing from them or one too many.
import { MENU, menuItemsOf } from '../../src/core/menu';
import { type ClientCalls, type MenuActionName, PUBLIC_FUNCTIONS } from '../../src/server/registry';

const CLIENT_CALLS: Record<keyof ClientCalls, true> = {
  getCheckInContext: true,
  chooseIdentity: true,
  saveCheckIn: true,
  getKeyResultHistory: true,
  correctCheckIn: true,
  previewRemindersOn: true,
  getSetupCheck: true,
};

const MENU_ACTIONS: Record<MenuActionName, true> = {
  createOrUpgradeWorkbook: true,
  insertExampleOkrs: true,
  showCheckInSidebar: true,
  reviewOkrs: true,
  assignMissingIds: true,
  refreshAsOfDate: true,
  midPeriodReview: true,
  closePeriod: true,
  togglePastPeriods: true,
  setUpReminders: true,
  previewReminders: true,
  sendRemindersNow: true,
  turnOffReminders: true,
  recordLiveKeyResultsDaily: true,
  showHelp: true,
  showSetupCheck: true,
};

function namesOfKind(kind: string): string[] {
  return PUBLIC_FUNCTIONS.filter((entry) => entry.kind === kind)
    .map((entry) => entry.name)
    .sort();
}

describe('the registry name types', () => {
  it('ClientCalls names exactly the clientCall entries', () => {
    expect(Object.keys(CLIENT_CALLS).sort()).toEqual(namesOfKind('clientCall'));
  });

  it('MenuActionName names exactly the menuAction entries, and every menu item calls one', () => {
    expect(Object.keys(MENU_ACTIONS).sort()).toEqual(namesOfKind('menuAction'));
    for (const entry of menuItemsOf(MENU)) {
      expect(namesOfKind('menuAction')).toContain(entry.functionName);
    }
  });
});
