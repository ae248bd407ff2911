// What the setup check asks Apps Script: authorization and scopes (ScriptApp), the mail
// quota (MailApp), the script's time zone (Session), and whether Intl gives the wall
// clock Utilities.formatDate gives in a named zone.
import { intlMinuteIn } from '../core/dates';
import { DECLARED_SCOPES } from '../core/setupCheck';
import { minuteIn } from './clock';

type ScriptAppWithScopes = {
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    oAuthScopes: readonly string[],
  ): GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes(): string[] | null };
};

/**
 * Whether the user has authorized the add-on, and which of the manifest's scopes were
 * granted: getAuthorizationInfo with a list of scopes makes getAuthorizedScopes() answer
 * for that list (documented), where without one it may give nothing.
 */
export function authorizationFacts(): { authorized: boolean; grantedScopes: string[] | null } {
  const info = (ScriptApp as unknown as ScriptAppWithScopes).getAuthorizationInfo(
    ScriptApp.AuthMode.FULL,
    DECLARED_SCOPES,
  );
  let grantedScopes: string[] | null = null;
  try {
    const scopes = info.getAuthorizedScopes();
    grantedScopes = Array.isArray(scopes) ? scopes.map(String) : null;
  } catch {
    grantedScopes = null;
  }
  return {
    authorized: info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED,
    grantedScopes,
  };
}

export function remainingMailQuota(): number | null {
  try {
    return MailApp.getRemainingDailyQuota();
  } catch {
    return null;
  }
}

export function scriptTimeZone(): string {
  return Session.getScriptTimeZone() ?? '';
}

// A winter and a summer instant: zones with daylight saving differ between the two.
const PROBES = [new Date(Date.UTC(2026, 0, 15, 12, 34)), new Date(Date.UTC(2026, 6, 15, 12, 34))];

/** For each zone, whether Intl's wall clock is Utilities.formatDate's at both probes. */
export function intlAgreement(zones: readonly string[]): { zone: string; agrees: boolean }[] {
  return zones.map((zone) => {
    let agrees = false;
    try {
      agrees = PROBES.every((instant) => intlMinuteIn(instant, zone) === minuteIn(instant, zone));
    } catch {
      agrees = false;
    }
    return { zone, agrees };
  });
}
