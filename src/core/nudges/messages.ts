import type { Translations } from '../i18n/language';

/**
 * Everything a person reads about check-in nudges: the owner's email, its Reminder log
 * rows, the line the manager's 1:1 digest adds, the set-up confirmation. Plain data, so it
 * ships beside the script (TEXT_ASSETS in scripts/build.mjs).
 */
export interface NudgeMessages {
  /** `{count}`. */
  readonly subjectOne: string;
  readonly subjectMany: string;
  /** `{name}`. */
  readonly greeting: string;
  /** `{days}`: Settings › Nudge after. */
  readonly intro: string;
  readonly value: string;
  readonly lastCheckIn: string;
  readonly noCheckIn: string;
  readonly noComment: string;
  /** `{days}`. */
  readonly quietFor: string;
  /** `{count}`, `{workbook}`. */
  readonly more: string;
  /** `{workbook}`, `{menu}`: the one line that opens the sidebar. */
  readonly howTo: string;
  readonly openWorkbook: string;
  /** `{frequency}`, `{weekday}`, `{workbook}`, `{column}`. */
  readonly footer: string;
  readonly weekly: string;
  readonly biweekly: string;
  /** Reminder log results of a nudge (read back in either language). */
  readonly logSent: string;
  readonly logDeferred: string;
  readonly logFailed: string;
  readonly logWaiting: string;
  /** Before the addresses whose nudge waits for approval (the open's toast). */
  readonly waitingOwners: string;
  /** `{names}`: the log detail of a nudge waiting for approval. */
  readonly waitingDetail: string;
  /** `{count}`: added to the run row when nudges went out. */
  readonly runNudges: string;
  /** The manager's 1:1 digest: a report's KR still without a check-in after its nudge. `{days}`. */
  readonly uncheckedFor: string;
  readonly uncheckedNever: string;
  /** `{dates}`: subject and intro of a digest with only such KRs. */
  readonly subjectUnchecked: string;
  readonly introUnchecked: string;
  /** Set-up confirmation: `{frequency}`, `{weekday}`, `{days}`. */
  readonly nudgesOn: string;
  readonly nudgesOff: string;
}

export const NUDGE_MESSAGES: Translations<NudgeMessages> = {
  en: {
    subjectOne: 'A key result is waiting for your check-in',
    subjectMany: '{count} key results are waiting for your check-in',
    greeting: 'Hello {name},',
    intro: 'These key results of yours have had no check-in for {days} days or more:',
    value: 'Current → target',
    lastCheckIn: 'Last check-in',
    noCheckIn: 'no check-in yet',
    noComment: 'no comment',
    quietFor: '{days} days without a check-in',
    more: '…and {count} more: see the Key Results sheet of “{workbook}”.',
    howTo: 'To check in, open “{workbook}” and choose {menu}',
    openWorkbook: 'Open the workbook',
    footer:
      'You get this {frequency}, on {weekday}, from “{workbook}”. On leave? Put a date in People › {column}.',
    weekly: 'every week',
    biweekly: 'every two weeks',
    logSent: 'Nudge sent',
    logDeferred: 'Nudge deferred',
    logFailed: 'Nudge failed',
    logWaiting: 'Nudge waiting for approval',
    waitingOwners: 'Check-in nudges waiting for approval',
    waitingDetail:
      'not approved yet by whoever set up the reminders (nudge to {names}): OKRs → Set up 1:1 reminders',
    runNudges: '{count} check-in nudges sent',
    uncheckedFor: 'no check-in for {days} days, even after a nudge',
    uncheckedNever: 'no check-in yet, even after a nudge',
    subjectUnchecked: '1:1 on {dates}: key results without a check-in',
    introUnchecked:
      'Before your 1:1 on {dates}: key results of your team still have no check-in after a nudge.',
    nudgesOn:
      'Check-in nudges are on: {frequency}, on {weekday}, each owner gets one email listing their key results without a check-in for {days} days (Settings › Check-in nudges).',
    nudgesOff: 'Check-in nudges are off (Settings › Check-in nudges).',
  },
  es: {
    subjectOne: 'Un resultado clave espera tu avance',
    subjectMany: '{count} resultados clave esperan tu avance',
    greeting: 'Hola, {name}:',
    intro: 'Estos resultados clave tuyos llevan {days} días o más sin avance registrado:',
    value: 'Actual → meta',
    lastCheckIn: 'Último avance',
    noCheckIn: 'todavía sin avance',
    noComment: 'sin comentario',
    quietFor: '{days} días sin avance',
    more: '…y {count} más: míralos en la hoja Resultados clave de «{workbook}».',
    howTo: 'Para registrar el avance, abre «{workbook}» y elige {menu}',
    openWorkbook: 'Abrir el libro',
    footer:
      'Recibes este correo {frequency}, los {weekday}, desde «{workbook}». ¿De licencia? Pon una fecha en Personas › {column}.',
    weekly: 'cada semana',
    biweekly: 'cada dos semanas',
    logSent: 'Recordatorio enviado',
    logDeferred: 'Recordatorio aplazado',
    logFailed: 'Recordatorio con error',
    logWaiting: 'Recordatorio en espera de aprobación',
    waitingOwners:
      '{count} responsables de resultados clave esperan aprobación para sus recordatorios',
    waitingDetail:
      'aún sin aprobar por quien configuró los avisos (recordatorio a {names}): OKRs → Configurar avisos de 1:1',
    runNudges: '{count} recordatorios de avance enviados',
    uncheckedFor: 'sin avance hace {days} días, aun después de un recordatorio',
    uncheckedNever: 'todavía sin avance, aun después de un recordatorio',
    subjectUnchecked: '1:1 del {dates}: resultados clave sin avance',
    introUnchecked:
      'Antes de tu 1:1 del {dates}: hay resultados clave de tu equipo que siguen sin avance después de un recordatorio.',
    nudgesOn:
      'Los recordatorios de avance están activados: {frequency}, los {weekday}, cada responsable recibe un correo con sus resultados clave que llevan {days} días sin avance (Configuración › Recordatorios de avance).',
    nudgesOff:
      'Los recordatorios de avance están desactivados (Configuración › Recordatorios de avance).',
  },
};
