// OKRs › Help › Check setup: what the add-on can do in this workbook, from facts the
// services gave, as lines in the workbook language. Pure: the server gathers the facts
// (services/setupFacts.ts, sheets/setupCheck.ts); the dialog (ui/SetupCheck.ts) words
// them with setupLines, so these messages stay out of the server script.
import { interpolate, type Language, type Translations } from './i18n/language';
import {
  lastRunOutcome,
  problemText,
  type RunRecord,
  readableTime,
  type TriggerProblem,
} from './reminders/health';

/** The manifest's scopes (appsscript.json; a test holds the two together). */
export const DECLARED_SCOPES: readonly string[] = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/userinfo.email',
];

/** One sheet of the template as the add-on found it. */
export interface SheetFinding {
  /** The template's name for it, in the workbook language. */
  readonly expected: string;
  /** Its name in this workbook, or null when it has none. */
  readonly found: string | null;
  /** Headers (workbook language) of the columns the sheet lacks. */
  readonly missingColumns: readonly string[];
  readonly columns: number;
}

export interface SetupFacts {
  readonly authorized: boolean;
  /** What getAuthorizedScopes() gave for the declared scopes (null: it gave nothing). */
  readonly grantedScopes: readonly string[] | null;
  readonly trigger: {
    readonly keptId: string | null;
    readonly foundById: boolean;
    readonly listed: number;
  };
  readonly run: RunRecord;
  readonly problems: readonly TriggerProblem[];
  /** MailApp.getRemainingDailyQuota(), or null when it could not be asked. */
  readonly mailQuota: number | null;
  readonly spreadsheetTimeZone: string;
  readonly scriptTimeZone: string;
  /** Zones checked, each with whether Intl gave the wall clock Utilities.formatDate gave. */
  readonly intlZones: readonly { readonly zone: string; readonly agrees: boolean }[];
  readonly sheets: readonly SheetFinding[];
}

interface SetupMessages {
  readonly authorization: string;
  readonly authorized: string;
  readonly notAuthorized: string;
  readonly scopes: string;
  /** `{granted}`, `{declared}`. */
  readonly scopesCount: string;
  readonly scopesUnknown: string;
  readonly missingScopes: string;
  readonly trigger: string;
  /** `{id}`. */
  readonly triggerById: string;
  readonly triggerByIdMissing: string;
  readonly noKeptId: string;
  /** `{count}`. */
  readonly triggerListed: string;
  readonly lastRun: string;
  readonly never: string;
  readonly problems: string;
  readonly none: string;
  readonly mailQuota: string;
  /** `{count}`. */
  readonly recipientsLeft: string;
  readonly unknown: string;
  readonly spreadsheetZone: string;
  readonly scriptZone: string;
  readonly intl: string;
  readonly intlYes: string;
  readonly intlNo: string;
  readonly sheets: string;
  readonly missingSheet: string;
  /** `{count}`. */
  readonly allColumns: string;
  /** `{columns}`. */
  readonly missingColumns: string;
}

const MESSAGES: Translations<SetupMessages> = {
  en: {
    authorization: 'Authorization',
    authorized: 'Authorized for this account',
    notAuthorized: 'Authorization needed: run OKRs › Set up 1:1 reminders',
    scopes: 'Scopes granted',
    scopesCount: '{granted} of {declared}',
    scopesUnknown: 'Apps Script did not say',
    missingScopes: 'missing',
    trigger: 'Reminders trigger',
    triggerById: 'found by its id {id}',
    triggerByIdMissing: 'not found by its id {id}',
    noKeptId: 'no id kept (reminders not set up by you here)',
    triggerListed: 'listed among this document’s triggers: {count}',
    lastRun: 'Last run',
    never: 'never',
    problems: 'Runs that could not reach the workbook',
    none: 'none',
    mailQuota: 'Mail quota left today',
    recipientsLeft: '{count} recipients',
    unknown: 'unknown',
    spreadsheetZone: 'Spreadsheet time zone',
    scriptZone: 'Script time zone',
    intl: 'Intl honours a named time zone here',
    intlYes: 'yes',
    intlNo: 'no',
    sheets: 'Sheets and columns',
    missingSheet: 'missing',
    allColumns: 'all {count} columns',
    missingColumns: 'missing columns: {columns}',
  },
  es: {
    authorization: 'Autorización',
    authorized: 'Autorizado para esta cuenta',
    notAuthorized: 'Falta autorizar: usa OKRs › Configurar avisos de 1:1',
    scopes: 'Permisos concedidos',
    scopesCount: '{granted} de {declared}',
    scopesUnknown: 'Apps Script no lo informó',
    missingScopes: 'faltan',
    trigger: 'Activador de avisos',
    triggerById: 'encontrado por su id {id}',
    triggerByIdMissing: 'no encontrado por su id {id}',
    noKeptId: 'sin id guardado (no configuraste avisos aquí)',
    triggerListed: 'en la lista de activadores de este documento: {count}',
    lastRun: 'Última ejecución',
    never: 'nunca',
    problems: 'Ejecuciones que no llegaron al libro',
    none: 'ninguna',
    mailQuota: 'Cuota de correo que queda hoy',
    recipientsLeft: '{count} destinatarios',
    unknown: 'desconocida',
    spreadsheetZone: 'Zona horaria de la hoja de cálculo',
    scriptZone: 'Zona horaria del script',
    intl: 'Intl respeta una zona horaria con nombre aquí',
    intlYes: 'sí',
    intlNo: 'no',
    sheets: 'Hojas y columnas',
    missingSheet: 'falta',
    allColumns: 'las {count} columnas',
    missingColumns: 'faltan las columnas: {columns}',
  },
};

/** The dialog's title, apart from the messages: the server needs only this. */
export const SETUP_CHECK_TITLE: Translations<string> = {
  en: 'Check setup',
  es: 'Comprobar configuración',
};

/** One line of the check: a label, what was found, and whether it is as it should be. */
export interface SetupLine {
  readonly label: string;
  readonly value: string;
  /** false marks a problem; null a fact that is neither. */
  readonly ok: boolean | null;
}

const scopeName = (scope: string) => scope.replace(/^https:\/\/www\.googleapis\.com\/auth\//, '');

export function setupLines(facts: SetupFacts, language: Language): SetupLine[] {
  const t = MESSAGES[language];
  const lines: SetupLine[] = [
    {
      label: t.authorization,
      value: facts.authorized ? t.authorized : t.notAuthorized,
      ok: facts.authorized,
    },
  ];
  if (facts.grantedScopes === null) {
    lines.push({ label: t.scopes, value: t.scopesUnknown, ok: null });
  } else {
    const missing = DECLARED_SCOPES.filter((scope) => !facts.grantedScopes?.includes(scope));
    const count = interpolate(t.scopesCount, {
      granted: DECLARED_SCOPES.length - missing.length,
      declared: DECLARED_SCOPES.length,
    });
    lines.push({
      label: t.scopes,
      value: missing.length
        ? `${count}; ${t.missingScopes}: ${missing.map(scopeName).join(', ')}`
        : `${count}: ${DECLARED_SCOPES.map(scopeName).join(', ')}`,
      ok: missing.length === 0,
    });
  }
  const { trigger } = facts;
  const byId = trigger.keptId
    ? interpolate(trigger.foundById ? t.triggerById : t.triggerByIdMissing, { id: trigger.keptId })
    : t.noKeptId;
  lines.push({
    label: t.trigger,
    value: `${byId}; ${interpolate(t.triggerListed, { count: trigger.listed })}`,
    ok: trigger.keptId ? trigger.foundById : null,
  });
  const run = facts.run.lastRun;
  lines.push({
    label: t.lastRun,
    value: run
      ? `${readableTime(run.at, language)} — ${lastRunOutcome(facts.run, language)}`
      : t.never,
    ok: run ? run.ok : null,
  });
  lines.push({
    label: t.problems,
    value: facts.problems.length
      ? facts.problems.map((problem) => problemText(problem, language)).join(' ')
      : t.none,
    ok: facts.problems.length === 0,
  });
  lines.push({
    label: t.mailQuota,
    value:
      facts.mailQuota === null
        ? t.unknown
        : interpolate(t.recipientsLeft, { count: facts.mailQuota }),
    ok: facts.mailQuota === null ? null : facts.mailQuota > 0,
  });
  lines.push({ label: t.spreadsheetZone, value: facts.spreadsheetTimeZone || t.unknown, ok: null });
  lines.push({ label: t.scriptZone, value: facts.scriptTimeZone || t.unknown, ok: null });
  const intlOk = facts.intlZones.every((zone) => zone.agrees);
  lines.push({
    label: t.intl,
    value: `${intlOk ? t.intlYes : t.intlNo} (${facts.intlZones
      .map((zone) => `${zone.zone}: ${zone.agrees ? t.intlYes : t.intlNo}`)
      .join(', ')})`,
    ok: intlOk,
  });
  for (const sheet of facts.sheets) {
    lines.push({
      label: `${t.sheets}: ${sheet.expected}`,
      value:
        sheet.found === null
          ? t.missingSheet
          : sheet.missingColumns.length
            ? `“${sheet.found}”: ${interpolate(t.missingColumns, { columns: sheet.missingColumns.join(', ') })}`
            : `“${sheet.found}”: ${interpolate(t.allColumns, { count: sheet.columns })}`,
      ok: sheet.found !== null && sheet.missingColumns.length === 0,
    });
  }
  return lines;
}
