import type { Translations } from '../i18n/language';

/** Everything a person reads about 1:1 reminders: emails, log results, dialogs. */
export interface ReminderMessages {
  readonly weekdays: readonly string[];
  readonly months: readonly string[];
  /** `{weekday}`, `{day}`, `{month}`, `{year}`. */
  readonly longDate: string;
  readonly shortDate: string;
  /** `{dates}`, `{count}`. */
  readonly subjectOne: string;
  readonly subjectMany: string;
  readonly dateJoiner: string;
  readonly greeting: string;
  readonly introOne: string;
  readonly introMany: string;
  readonly question: string;
  /** When nothing is red but a live key result's source stopped updating: `{dates}`. */
  readonly subjectStopped: string;
  readonly introStopped: string;
  /** `{error}`: what the formula shows. */
  readonly stoppedError: string;
  /** `{days}`. */
  readonly stoppedStale: string;
  /** `{name}`, `{date}`. */
  readonly reportHeading: string;
  readonly objective: string;
  readonly value: string;
  readonly progress: string;
  /** `{progress}`, `{expected}`. */
  readonly progressVsExpected: string;
  readonly progressOnly: string;
  readonly whyRed: string;
  readonly redByNumbers: string;
  readonly redByConfidence: string;
  readonly lastCheckIn: string;
  readonly noCheckIn: string;
  readonly noComment: string;
  readonly openWorkbook: string;
  readonly footer: string;
  readonly logSent: string;
  readonly logDeferred: string;
  readonly logFailed: string;
  readonly logNothingRed: string;
  readonly logInvalidEmail: string;
  readonly logRunCompleted: string;
  readonly logRunStopped: string;
  readonly logWaiting: string;
  readonly deferredQuota: string;
  readonly deferredTime: string;
  /** `{names}`: the reports of that 1:1. */
  readonly waitingApproval: string;
  /** `{count}`. */
  readonly waitingCount: string;
  /** `{reason}`. */
  readonly cannotJudge: string;
  readonly periodUnreadable: string;
  readonly holidaysUnreadable: string;
  /** `{workbook}`, `{owner}`. */
  readonly footerBy: string;
  /** `{count}`, `{name}`, `{workbook}`. */
  readonly moreOne: string;
  readonly moreMany: string;
  /** `{list}`. */
  readonly approvedList: string;
  readonly noticeTitle: string;
  readonly approveHint: string;
  /** `{sent}`, `{deferred}`, `{failed}`, `{quiet}`. */
  readonly runSummary: string;
  readonly unreadableSchedules: string;
  readonly authorizationRevoked: string;
  readonly anotherRunInProgress: string;
  readonly remindersOnTitle: string;
  /** `{hour}`, `{days}`. */
  readonly remindersOn: string;
  readonly remindersOffTitle: string;
  readonly remindersOff: string;
  readonly liveDailyTitle: string;
  /** `{hour}`, `{count}`: the daily run without reminders, for live key results. */
  readonly liveDailyOn: string;
  readonly liveDailyWithReminders: string;
  readonly sentNowTitle: string;
  readonly previewTitle: string;
  readonly previewDate: string;
  readonly previewShow: string;
  readonly previewNone: string;
  readonly previewTo: string;
  readonly lockBusy: string;
  /** `{sheet}`. */
  readonly sheetMissing: string;
  /** `{sheet}`, `{columns}`. */
  readonly logColumnsMissing: string;
  readonly remindersStillOnTitle: string;
  /** `{people}`: who else set up reminders in this workbook. */
  readonly remindersStillOn: string;
  readonly remindersNotOnTitle: string;
  /** `{reason}`: what Apps Script said. */
  readonly triggerNotCreated: string;
}

export const REMINDER_MESSAGES: Translations<ReminderMessages> = {
  en: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    longDate: '{weekday}, {day} {month} {year}',
    shortDate: '{day} {month} {year}',
    subjectOne: '1:1 on {dates}: {count} red key result',
    subjectMany: '1:1 on {dates}: {count} red key results',
    dateJoiner: ' and ',
    greeting: 'Hello {name},',
    introOne: 'Before your 1:1 on {dates}, this key result of your team is red:',
    introMany: 'Before your 1:1 on {dates}, these {count} key results of your team are red:',
    question: 'A good start for the conversation: why is it red, and how can I help?',
    subjectStopped: '1:1 on {dates}: a live key result stopped updating',
    introStopped:
      'Before your 1:1 on {dates}: the source of a live key result of your team stopped updating.',
    stoppedError: 'the source of this KR stopped updating: shows {error}',
    stoppedStale: 'the source of this KR stopped updating: no change in {days} days',
    reportHeading: '{name} — 1:1 on {date}',
    objective: 'Objective',
    value: 'Current → target',
    progress: 'Progress',
    progressVsExpected: '{progress} done, {expected} expected by now',
    progressOnly: '{progress} done',
    whyRed: 'Why red',
    redByNumbers: 'behind the expected progress',
    redByConfidence: 'latest confidence: off track',
    lastCheckIn: 'Last check-in',
    noCheckIn: 'no check-in yet',
    noComment: 'no comment',
    openWorkbook: 'Open the OKR workbook',
    footer:
      'Sent by OKR Sheets from the workbook “{workbook}”. Change the reminder settings there.',
    logSent: 'Sent',
    logDeferred: 'Deferred',
    logFailed: 'Failed',
    logNothingRed: 'Nothing red, no email',
    logInvalidEmail: 'Not sent: invalid manager email',
    logRunCompleted: 'Run completed',
    logRunStopped: 'Run stopped',
    logWaiting: 'Waiting for approval',
    deferredQuota: 'daily email quota',
    deferredTime: 'the run used its time; the next run sends it',
    waitingApproval:
      'not approved yet by whoever set up the reminders (1:1 with {names}): OKRs → Set up 1:1 reminders',
    waitingCount: '{count} managers waiting for approval',
    cannotJudge: 'no status can be judged: {reason}; the next run sends it once Settings is fixed',
    periodUnreadable:
      'Settings › Period start and Period end must be dates, the end after the start',
    holidaysUnreadable: 'Settings › Holidays cannot be read',
    footerBy:
      'Sent by OKR Sheets from the workbook “{workbook}”, where {owner} set up these reminders. Change the reminder settings there.',
    moreOne:
      '…and {count} more red key result of {name}: see the Key Results sheet of “{workbook}”.',
    moreMany:
      '…and {count} more red key results of {name}: see the Key Results sheet of “{workbook}”.',
    approvedList:
      'Approved recipients: {list}. Managers added later wait until you set up the reminders again.',
    noticeTitle: '1:1 reminders',
    approveHint: 'OKRs → Set up 1:1 reminders approves them',
    runSummary: '{sent} sent, {deferred} deferred, {failed} failed, {quiet} without red KRs',
    unreadableSchedules: 'unreadable 1:1 schedule in People row {rows}',
    authorizationRevoked:
      'the add-on is no longer authorized; run OKRs → Set up 1:1 reminders again',
    anotherRunInProgress: 'another reminder run holds the document lock',
    remindersOnTitle: '1:1 reminders are on',
    remindersOn:
      'Every day at about {hour}:00 managers get an email with the red key results of their reports, {days} days before each 1:1.',
    remindersOffTitle: '1:1 reminders are off',
    remindersOff:
      'No more reminder emails will be sent from this workbook, and live key results (a formula in Current) are no longer recorded daily. OKRs → Record live KRs daily records them without reminders.',
    liveDailyTitle: 'Live key results',
    liveDailyOn:
      'Every day at about {hour}:00, each live key result (a formula in Current) whose value changed gets an automatic check-in. No reminder email is sent. {count} live key results now.',
    liveDailyWithReminders:
      'The daily run of the 1:1 reminders already records the live key results (a formula in Current) every day.',
    sentNowTitle: '1:1 reminders',
    previewTitle: 'Preview 1:1 reminders',
    previewDate: 'Reminders that would go out on',
    previewShow: 'Show',
    previewNone: 'No reminder would go out on this day.',
    previewTo: 'To',
    lockBusy: 'The workbook is busy. Try again in a moment.',
    sheetMissing: 'the workbook has no {sheet} sheet; use OKRs → Create or upgrade workbook',
    logColumnsMissing:
      'the {sheet} sheet has no column {columns}, so nothing was sent (the log could not say what went out); restore the header or use OKRs → Create or upgrade workbook',
    remindersStillOnTitle: '1:1 reminders are still on',
    remindersStillOn:
      'Reminders were also set up by {people}, and they may still be running from that account: only that person can turn them off (OKRs → Turn off reminders).',
    remindersNotOnTitle: '1:1 reminders are not on',
    triggerNotCreated:
      'Apps Script did not create the daily trigger: {reason}. Each account may have at most 20 triggers per script: delete some of your triggers in the Apps Script dashboard (My triggers) and set up the reminders again.',
  },
  es: {
    weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    longDate: '{weekday} {day} de {month} de {year}',
    shortDate: '{day} de {month} de {year}',
    subjectOne: '1:1 del {dates}: {count} resultado clave en rojo',
    subjectMany: '1:1 del {dates}: {count} resultados clave en rojo',
    dateJoiner: ' y del ',
    greeting: 'Hola, {name}:',
    introOne: 'Antes de tu 1:1 del {dates}, este resultado clave de tu equipo está en rojo:',
    introMany:
      'Antes de tu 1:1 del {dates}, estos {count} resultados clave de tu equipo están en rojo:',
    question: 'Un buen comienzo para la conversación: ¿por qué está en rojo y cómo puedo ayudar?',
    subjectStopped: '1:1 del {dates}: un resultado clave en vivo dejó de actualizarse',
    introStopped:
      'Antes de tu 1:1 del {dates}: la fuente de un resultado clave en vivo de tu equipo dejó de actualizarse.',
    stoppedError: 'la fuente de este RC dejó de actualizarse: muestra {error}',
    stoppedStale: 'la fuente de este RC dejó de actualizarse: sin cambios en {days} días',
    reportHeading: '{name} — 1:1 del {date}',
    objective: 'Objetivo',
    value: 'Actual → meta',
    progress: 'Progreso',
    progressVsExpected: '{progress} logrado, {expected} esperado a la fecha',
    progressOnly: '{progress} logrado',
    whyRed: 'Por qué en rojo',
    redByNumbers: 'por debajo del progreso esperado',
    redByConfidence: 'última confianza: desviado',
    lastCheckIn: 'Último seguimiento',
    noCheckIn: 'sin seguimientos todavía',
    noComment: 'sin comentario',
    openWorkbook: 'Abrir el libro de OKRs',
    footer:
      'Enviado por OKR Sheets desde el libro «{workbook}». La configuración de los avisos está allí.',
    logSent: 'Enviado',
    logDeferred: 'Aplazado',
    logFailed: 'Error',
    logNothingRed: 'Nada en rojo, sin correo',
    logInvalidEmail: 'No enviado: correo del responsable no válido',
    logRunCompleted: 'Ejecución completada',
    logRunStopped: 'Ejecución detenida',
    logWaiting: 'En espera de aprobación',
    deferredQuota: 'cuota diaria de correo',
    deferredTime: 'la ejecución agotó su tiempo; la próxima lo envía',
    waitingApproval:
      'aún sin aprobar por quien configuró los avisos (1:1 con {names}): OKRs → Configurar avisos de 1:1',
    waitingCount: '{count} responsables en espera de aprobación',
    cannotJudge:
      'no se puede juzgar ningún estado: {reason}; la próxima ejecución lo envía cuando Configuración esté corregida',
    periodUnreadable:
      'Configuración › Inicio del período y Fin del período deben ser fechas, el fin después del inicio',
    holidaysUnreadable: 'Configuración › Feriados no se puede leer',
    footerBy:
      'Enviado por OKR Sheets desde el libro «{workbook}», donde {owner} configuró estos avisos. La configuración de los avisos está allí.',
    moreOne:
      '…y {count} resultado clave más en rojo de {name}: míralo en la hoja Resultados clave de «{workbook}».',
    moreMany:
      '…y {count} resultados clave más en rojo de {name}: míralos en la hoja Resultados clave de «{workbook}».',
    approvedList:
      'Destinatarios aprobados: {list}. Los responsables que se agreguen después esperan hasta que vuelvas a configurar los avisos.',
    noticeTitle: 'Avisos de 1:1',
    approveHint: 'OKRs → Configurar avisos de 1:1 los aprueba',
    runSummary:
      '{sent} enviados, {deferred} aplazados, {failed} con error, {quiet} sin resultados clave en rojo',
    unreadableSchedules: 'agenda 1:1 ilegible en la fila {rows} de Personas',
    authorizationRevoked:
      'el complemento ya no está autorizado; vuelve a usar OKRs → Configurar avisos de 1:1',
    anotherRunInProgress: 'otra ejecución de avisos tiene el bloqueo del documento',
    remindersOnTitle: 'Avisos de 1:1 activados',
    remindersOn:
      'Cada día hacia las {hour}:00 los responsables reciben un correo con los resultados clave en rojo de su equipo, {days} días antes de cada 1:1.',
    remindersOffTitle: 'Avisos de 1:1 desactivados',
    remindersOff:
      'Este libro ya no enviará correos de aviso, y los resultados clave en vivo (una fórmula en Actual) ya no se registran a diario. OKRs → Registrar RC en vivo a diario los registra sin avisos.',
    liveDailyTitle: 'Resultados clave en vivo',
    liveDailyOn:
      'Cada día hacia las {hour}:00, cada resultado clave en vivo (una fórmula en Actual) cuyo valor cambió recibe un seguimiento automático. No se envía ningún correo de aviso. Resultados clave en vivo ahora: {count}.',
    liveDailyWithReminders:
      'La ejecución diaria de los avisos de 1:1 ya registra cada día los resultados clave en vivo (una fórmula en Actual).',
    sentNowTitle: 'Avisos de 1:1',
    previewTitle: 'Vista previa de los avisos de 1:1',
    previewDate: 'Avisos que se enviarían el',
    previewShow: 'Mostrar',
    previewNone: 'Ese día no se enviaría ningún aviso.',
    previewTo: 'Para',
    lockBusy: 'El libro está ocupado. Vuelve a intentarlo en un momento.',
    sheetMissing: 'el libro no tiene la hoja {sheet}; usa OKRs → Crear o actualizar el libro',
    logColumnsMissing:
      'la hoja {sheet} no tiene la columna {columns}, así que no se envió nada (el registro no podría decir qué se envió); restaura el encabezado o usa OKRs → Crear o actualizar el libro',
    remindersStillOnTitle: 'Los avisos de 1:1 siguen activados',
    remindersStillOn:
      'También configuró los avisos {people}, y pueden seguir enviándose desde esa cuenta: solo esa persona puede desactivarlos (OKRs → Desactivar los avisos).',
    remindersNotOnTitle: 'Los avisos de 1:1 no están activados',
    triggerNotCreated:
      'Apps Script no creó el activador diario: {reason}. Cada cuenta puede tener como máximo 20 activadores por script: elimina algunos de tus activadores en el panel de Apps Script (Mis activadores) y vuelve a configurar los avisos.',
  },
};
