// The registry's name types are written by hand beside the entries; these tests hold
// them to the entries. Records rather than lists, so the compiler rejects a name
// missing from them or one too many.
import { type ClientCalls, PUBLIC_FUNCTIONS } from '../../src/server/registry';

const CLIENT_CALLS: Record<keyof ClientCalls, true> = {
  getCheckInContext: true,
  chooseIdentity: true,
  saveCheckIn: true,
  getKeyResultHistory: true,
  previewRemindersOn: true,
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
});
