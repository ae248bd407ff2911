// ScriptApp: installable triggers (kept per creator and document, with the add-on limits
// Apps Script enforces), AuthMode, authorization info. Firing a trigger is the
// emulator's job (emulator/triggers.ts): it runs the handler as the trigger's creator.
import { enumOf } from '../enumOf';
import { type CounterName, instrument, type Requirement, type Runtime } from '../runtime';

export interface InstallableTrigger {
  readonly id: string;
  readonly handler: string;
  readonly eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  readonly source: 'CLOCK' | 'SPREADSHEETS';
  /** The user who created it; it runs as this user. */
  readonly creator: { email: string; locale?: string; hideEmail?: boolean };
  /** The document it belongs to (add-on triggers always belong to one). */
  readonly documentId: string;
  readonly everyDays?: number;
  readonly everyHours?: number;
  readonly everyWeeks?: number;
  readonly atHour?: number;
  readonly nearMinute?: number;
  readonly onWeekDay?: string;
  readonly timeZone?: string;
  /** One-off: `at(date)` or `after(ms)`. */
  readonly at?: Date;
  readonly createdAt: Date;
}

export const ADDON_TRIGGER_LIMIT_MESSAGE =
  'This add-on has created too many time-based triggers in this document for this Google user account.';

export class TriggerStore {
  readonly triggers: InstallableTrigger[] = [];
  private nextId = 1;
  newId(): string {
    return String(1000000 + this.nextId++);
  }
}

function classifyScriptApp(method: string): { counter: CounterName; requirement: Requirement } {
  if (method === 'getAuthorizationInfo' || method === 'getScriptId')
    return { counter: 'scriptApp', requirement: 'menu' };
  return { counter: 'scriptApp', requirement: 'full' };
}

export interface ScriptAppEnvironment {
  readonly runtime: Runtime;
  readonly store: TriggerStore;
  readonly documentId: string;
  readonly scriptId: string;
  readonly now: () => Date;
  readonly timeZone: () => string;
}

export function createScriptApp(env: ScriptAppEnvironment) {
  const { runtime, store } = env;
  const creator = () => runtime.current()?.user ?? { email: '' };

  const triggerFacade = (trigger: InstallableTrigger) =>
    instrument(
      {
        getUniqueId: () => trigger.id,
        getHandlerFunction: () => trigger.handler,
        getEventType: () => trigger.eventType,
        getTriggerSource: () => trigger.source,
        getTriggerSourceId: () => (trigger.source === 'SPREADSHEETS' ? trigger.documentId : null),
      },
      'Trigger',
      runtime,
      () => ({ counter: 'scriptApp', requirement: 'menu' }),
    );

  const save = (
    trigger: Omit<InstallableTrigger, 'id' | 'creator' | 'documentId' | 'createdAt'>,
  ) => {
    const owner = creator();
    const mine = store.triggers.filter(
      (existing) =>
        existing.creator.email === owner.email && existing.documentId === env.documentId,
    );
    // Add-ons: one trigger of each event type per user per document.
    if (mine.some((existing) => existing.eventType === trigger.eventType)) {
      throw new Error(
        trigger.eventType === 'CLOCK'
          ? ADDON_TRIGGER_LIMIT_MESSAGE
          : `This add-on has created too many ${trigger.eventType} triggers in this document for this Google user account.`,
      );
    }
    const saved: InstallableTrigger = {
      ...trigger,
      id: store.newId(),
      creator: { ...owner },
      documentId: env.documentId,
      createdAt: env.now(),
    };
    store.triggers.push(saved);
    return triggerFacade(saved);
  };

  const clockBuilder = (handler: string) => {
    const spec: {
      everyDays?: number;
      everyHours?: number;
      everyWeeks?: number;
      atHour?: number;
      nearMinute?: number;
      onWeekDay?: string;
      timeZone?: string;
      at?: Date;
      everyMinutes?: number;
    } = {};
    const builder = {
      everyMinutes(minutes: number) {
        spec.everyMinutes = minutes;
        return builder;
      },
      everyHours(hours: number) {
        if (![1, 2, 4, 6, 8, 12].includes(hours))
          throw new Error('Invalid argument: hours. Must be 1, 2, 4, 6, 8 or 12.');
        spec.everyHours = hours;
        return builder;
      },
      everyDays(days: number) {
        if (!(days >= 1)) throw new Error('Invalid argument: days');
        spec.everyDays = days;
        return builder;
      },
      everyWeeks(weeks: number) {
        spec.everyWeeks = weeks;
        return builder;
      },
      onWeekDay(day: string) {
        spec.onWeekDay = day;
        return builder;
      },
      atHour(hour: number) {
        if (!(hour >= 0 && hour <= 23) || !Number.isInteger(hour))
          throw new Error('Invalid argument: hour');
        spec.atHour = hour;
        return builder;
      },
      nearMinute(minute: number) {
        spec.nearMinute = minute;
        return builder;
      },
      inTimezone(timeZone: string) {
        spec.timeZone = timeZone;
        return builder;
      },
      at(date: Date) {
        spec.at = new Date(date.getTime());
        return builder;
      },
      after(milliseconds: number) {
        spec.at = new Date(env.now().getTime() + milliseconds);
        return builder;
      },
      create() {
        if (spec.everyMinutes !== undefined) {
          throw new Error(
            'Add-ons cannot create time-based triggers that run more often than once an hour.',
          );
        }
        if (
          spec.atHour !== undefined &&
          spec.everyDays === undefined &&
          spec.everyWeeks === undefined
        ) {
          throw new Error('atHour() needs everyDays() or everyWeeks().');
        }
        if (
          spec.everyDays === undefined &&
          spec.everyHours === undefined &&
          spec.everyWeeks === undefined &&
          spec.at === undefined
        ) {
          throw new Error(
            'The trigger needs a schedule: everyDays, everyHours, everyWeeks, at or after.',
          );
        }
        return save({
          handler,
          eventType: 'CLOCK',
          source: 'CLOCK',
          ...spec,
          timeZone: spec.timeZone ?? env.timeZone(),
        });
      },
    };
    return builder;
  };

  const spreadsheetBuilder = (handler: string) => {
    const builder = {
      onOpen: () => ({
        create: () => save({ handler, eventType: 'ON_OPEN', source: 'SPREADSHEETS' }),
      }),
      onEdit: () => ({
        create: () => save({ handler, eventType: 'ON_EDIT', source: 'SPREADSHEETS' }),
      }),
      onChange: () => ({
        create: () => save({ handler, eventType: 'ON_CHANGE', source: 'SPREADSHEETS' }),
      }),
      onFormSubmit: () => ({
        create: () => save({ handler, eventType: 'ON_FORM_SUBMIT', source: 'SPREADSHEETS' }),
      }),
    };
    return builder;
  };

  const app = {
    AuthMode: enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'),
    AuthorizationStatus: enumOf('REQUIRED', 'NOT_REQUIRED'),
    EventType: enumOf(
      'CLOCK',
      'ON_OPEN',
      'ON_EDIT',
      'ON_FORM_SUBMIT',
      'ON_CHANGE',
      'ON_EVENT_UPDATED',
    ),
    TriggerSource: enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'),
    WeekDay: enumOf('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'),
    InstallationSource: enumOf('APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON'),
    newTrigger(functionName: string) {
      const handler = String(functionName);
      return {
        timeBased: () => clockBuilder(handler),
        forSpreadsheet: (_spreadsheet: unknown) => spreadsheetBuilder(handler),
      };
    },
    getProjectTriggers() {
      const email = creator().email;
      return store.triggers.filter((trigger) => trigger.creator.email === email).map(triggerFacade);
    },
    getUserTriggers(document: { getId(): string }) {
      const email = creator().email;
      const documentId = runtime.uncounted(() => document.getId());
      return store.triggers
        .filter((trigger) => trigger.creator.email === email && trigger.documentId === documentId)
        .filter((trigger) => runtime.userTriggersListClock || trigger.eventType !== 'CLOCK')
        .map(triggerFacade);
    },
    deleteTrigger(trigger: { getUniqueId(): string }) {
      const id = runtime.uncounted(() => trigger.getUniqueId());
      const index = store.triggers.findIndex(
        (candidate) => candidate.id === id && candidate.creator.email === creator().email,
      );
      if (index < 0) throw new Error('No trigger with that id for this user.');
      store.triggers.splice(index, 1);
    },
    /**
     * With `oAuthScopes`, getAuthorizedScopes() lists those of them the user granted (as
     * documented); without, every scope granted. Granted here: the manifest's scopes (all
     * of them while it lists none), none once authorization is revoked.
     */
    getAuthorizationInfo(_authMode: string, oAuthScopes?: readonly string[]) {
      const required = runtime.authorizationRevoked;
      const granted = (): string[] => {
        if (required) return [];
        const declared = runtime.declaredScopes;
        if (oAuthScopes)
          return oAuthScopes.map(String).filter((scope) => !declared || declared.has(scope));
        return declared ? [...declared] : [];
      };
      return {
        getAuthorizationStatus: () => (required ? 'REQUIRED' : 'NOT_REQUIRED'),
        getAuthorizationUrl: () =>
          required ? `https://script.google.com/macros/d/${env.scriptId}/authorize` : null,
        getAuthorizedScopes: granted,
      };
    },
    getScriptId: () => env.scriptId,
    getInstallationSource: () => 'WEB_STORE_ADD_ON',
  };
  return instrument(app, 'ScriptApp', runtime, classifyScriptApp);
}
