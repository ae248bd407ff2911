// Session: the active and effective user (checked against the manifest's scopes), the
// user's locale, the script's time zone.
import { type EmulatedUser, instrument, type Runtime } from '../runtime';
import { kinds } from './kinds';

export function createSession(
  runtime: Runtime,
  scriptTimeZone: () => string,
  defaultUser: () => EmulatedUser,
) {
  const user = (): EmulatedUser => runtime.current()?.user ?? defaultUser();
  const service = {
    getActiveUser: () => ({
      getEmail: () => (user().hideEmail ? '' : user().email),
      getUsername: () => (user().hideEmail ? '' : user().email.split('@')[0]),
    }),
    getEffectiveUser: () => ({
      getEmail: () => user().email,
      getUsername: () => user().email.split('@')[0],
    }),
    getActiveUserLocale: () => user().locale ?? 'en',
    getScriptTimeZone: () => scriptTimeZone(),
    getTemporaryActiveUserKey: () => Buffer.from(user().email).toString('base64url'),
  };
  return instrument(
    service,
    'Session',
    runtime,
    kinds('session', (method) =>
      method === 'getActiveUserLocale' || method === 'getScriptTimeZone' ? 'pure' : 'menu',
    ),
  );
}
