// Stand-ins for every Apps Script service that only record what touches them. Used to
// prove that loading the bundle calls no service, and as the context of custom
// functions, where Sheets refuses every service that needs authorisation.
export const APPS_SCRIPT_SERVICE_NAMES = [
  'SpreadsheetApp',
  'MailApp',
  'ScriptApp',
  'PropertiesService',
  'LockService',
  'CacheService',
  'Session',
  'Utilities',
  'HtmlService',
  'Logger',
] as const;

export interface ServiceRecorder {
  readonly globals: Record<string, unknown>;
  /** `Service.member` for every member read, in order. */
  readonly touched: string[];
}

/**
 * Every member read on a service is recorded; with `refuse`, it also throws the way
 * Sheets does when a custom function reaches for an authorised service.
 */
export function recordServices(options: { refuse?: boolean } = {}): ServiceRecorder {
  const touched: string[] = [];
  const globals: Record<string, unknown> = {};
  for (const service of APPS_SCRIPT_SERVICE_NAMES) {
    globals[service] = new Proxy(
      {},
      {
        get(_target, member) {
          touched.push(`${service}.${String(member)}`);
          if (options.refuse) {
            throw new Error(
              `You do not have permission to call ${service}.${String(member)} from a custom function`,
            );
          }
          return () => undefined;
        },
      },
    );
  }
  globals.console = console;
  return { globals, touched };
}
