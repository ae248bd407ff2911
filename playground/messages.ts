// Everything a person reads in the playground's own chrome, in both languages. The
// add-on's texts (menu, sheets, sidebar, emails) come from the add-on itself.
import type { Language, Translations } from '../src/core/i18n/language';

export interface PlaygroundMessages {
  readonly title: string;
  readonly subtitle: string;
  readonly language: string;
  readonly startOver: string;
  readonly languageNames: Translations<string>;
  readonly extensions: string;
  readonly noMenu: string;
  readonly emptyWorkbook: string;
  readonly running: string;
  readonly failed: string;
  readonly dismiss: string;
  readonly buttons: Readonly<Record<'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE', string>>;
  readonly closeSidebar: string;
  readonly closeDialog: string;
  readonly panels: Readonly<Record<'outbox' | 'charts' | 'clock' | 'counters' | 'log', string>>;
  readonly outboxEmpty: string;
  readonly emailTo: string;
  readonly emailCc: string;
  readonly emailSubject: string;
  readonly emailSentAt: string;
  readonly emailPlainText: string;
  readonly chartsEmpty: string;
  readonly chartOn: string;
  /** A chart's type as a person names it, for a chart without a title ('' key: any other). */
  readonly chartTypes: Readonly<Record<string, string>>;
  readonly chartShow: string;
  readonly clockNow: string;
  readonly clockSet: string;
  readonly clockNextDay: string;
  readonly runDailyTrigger: string;
  readonly triggersNone: string;
  readonly triggersInstalled: string;
  readonly triggerEvery: string;
  readonly countersOf: string;
  readonly countersNone: string;
  readonly countersIntro: string;
  readonly counterNames: Readonly<Record<string, string>>;
  readonly byMethod: string;
  readonly calls: string;
  readonly logEmpty: string;
  readonly rowsShown: string;
  readonly editHint: string;
  readonly hiddenSheet: string;
  readonly dailyTriggerRan: string;
  readonly noDailyTrigger: string;
  readonly triggerRan: string;
  readonly triggerFailed: string;
  readonly viewingAs: string;
  readonly personOption: string;
  readonly outsideEditor: string;
  readonly developer: string;
  readonly confirmTitle: string;
  readonly confirmStartOver: string;
  readonly confirmLanguage: string;
  readonly keepWorking: string;
  readonly switchLanguage: string;
}

export const PLAYGROUND_MESSAGES: Translations<PlaygroundMessages> = {
  en: {
    title: 'OKR Sheets — playground',
    subtitle:
      'Try OKR Sheets on an example workbook: use the OKRs menu, check in from the sidebar, see it as anyone on the team and let the days go by.',
    language: 'Workbook language',
    startOver: 'Start over',
    languageNames: { en: 'English', es: 'Spanish' },
    extensions: 'Extensions',
    noMenu: 'The add-on added no menu.',
    emptyWorkbook: 'This sheet is empty.',
    running: 'Running {name}…',
    failed: '{name} failed: {message}',
    dismiss: 'Dismiss',
    buttons: { OK: 'OK', CANCEL: 'Cancel', YES: 'Yes', NO: 'No', CLOSE: 'Close' },
    closeSidebar: 'Close sidebar',
    closeDialog: 'Close dialog',
    panels: {
      outbox: 'Emails sent',
      charts: 'Charts',
      clock: 'Clock and triggers',
      counters: 'Service calls',
      log: 'Log',
    },
    outboxEmpty: 'No email has been sent yet.',
    emailTo: 'To',
    emailCc: 'Cc',
    emailSubject: 'Subject',
    emailSentAt: 'Sent',
    emailPlainText: 'Plain-text version',
    chartsEmpty: 'The workbook has no charts.',
    chartOn: '{type} on {sheet}, at {cell}',
    chartTypes: {
      BAR: 'Bar chart',
      COLUMN: 'Column chart',
      LINE: 'Line chart',
      AREA: 'Area chart',
      PIE: 'Pie chart',
      SCATTER: 'Scatter chart',
      TABLE: 'Table chart',
      '': 'Chart',
    },
    chartShow: 'Show on the sheet',
    clockNow: 'Emulated date and time',
    clockSet: 'Set date',
    clockNextDay: '+1 day',
    runDailyTrigger: 'Run the daily trigger',
    triggersNone: 'No installable trigger is set up.',
    triggersInstalled: 'Installed triggers',
    triggerEvery: '{handler} ({type})',
    countersOf: 'Service calls of the last action: {name}',
    countersNone: 'No action has run yet.',
    countersIntro:
      'Every Apps Script call the add-on made, counted by the emulator. Batched reads and writes keep these numbers small whatever the size of the sheet.',
    counterNames: {
      total: 'All calls',
      spreadsheetReads: 'Spreadsheet reads',
      spreadsheetWrites: 'Spreadsheet writes',
      spreadsheetOther: 'Other spreadsheet calls',
      customFunctionExecutions: 'Custom-function executions',
      mail: 'Mail',
      properties: 'Properties',
      lock: 'Lock',
      ui: 'User interface',
      scriptApp: 'Triggers',
      cache: 'Cache',
      session: 'Session',
      html: 'HTML',
      utilities: 'Utilities',
      logger: 'Logger',
    },
    byMethod: 'By method',
    calls: 'calls',
    logEmpty: 'Nothing logged yet.',
    rowsShown: 'Showing the first {shown} of {total} rows.',
    editHint:
      'Double-click a cell to type into it as a person would (Enter saves, Esc cancels); the add-on does the rest through its menu, sidebar and triggers.',
    hiddenSheet: 'hidden',
    dailyTriggerRan: 'Daily trigger run: {count} handler(s).',
    noDailyTrigger: 'No daily trigger is installed: set up the reminders from the menu first.',
    triggerRan: 'Time-driven trigger {handler} ran.',
    triggerFailed: 'Time-driven trigger {handler} failed: {message}',
    viewingAs: 'Viewing as',
    personOption: '{name} ({email})',
    outsideEditor: 'An outside editor, not in People ({email})',
    developer: 'Developer',
    confirmTitle: 'Are you sure?',
    confirmStartOver:
      'Start over with a fresh example workbook? Everything done here is lost: what you typed, the check-ins, the emails sent and the date on the clock.',
    confirmLanguage:
      'Switch the workbook to {language}? A fresh example workbook is built in that language, and everything done here is lost: what you typed, the check-ins, the emails sent and the date on the clock.',
    keepWorking: 'Cancel',
    switchLanguage: 'Switch language',
  },
  es: {
    title: 'OKR Sheets — zona de pruebas',
    subtitle:
      'Prueba OKR Sheets con un libro de ejemplo: usa el menú OKRs, registra avances desde el panel lateral, míralo como cualquier persona del equipo y deja pasar los días.',
    language: 'Idioma del libro',
    startOver: 'Empezar de nuevo',
    languageNames: { en: 'inglés', es: 'español' },
    extensions: 'Extensiones',
    noMenu: 'El complemento no añadió ningún menú.',
    emptyWorkbook: 'Esta hoja está vacía.',
    running: 'Ejecutando {name}…',
    failed: 'Error en {name}: {message}',
    dismiss: 'Cerrar',
    buttons: { OK: 'Aceptar', CANCEL: 'Cancelar', YES: 'Sí', NO: 'No', CLOSE: 'Cerrar' },
    closeSidebar: 'Cerrar panel lateral',
    closeDialog: 'Cerrar diálogo',
    panels: {
      outbox: 'Correos enviados',
      charts: 'Gráficos',
      clock: 'Reloj y activadores',
      counters: 'Llamadas a servicios',
      log: 'Registro',
    },
    outboxEmpty: 'Todavía no se ha enviado ningún correo.',
    emailTo: 'Para',
    emailCc: 'Cc',
    emailSubject: 'Asunto',
    emailSentAt: 'Enviado',
    emailPlainText: 'Versión de texto sin formato',
    chartsEmpty: 'El libro no tiene gráficos.',
    chartOn: '{type} en {sheet}, en {cell}',
    chartTypes: {
      BAR: 'Gráfico de barras',
      COLUMN: 'Gráfico de columnas',
      LINE: 'Gráfico de líneas',
      AREA: 'Gráfico de áreas',
      PIE: 'Gráfico circular',
      SCATTER: 'Gráfico de dispersión',
      TABLE: 'Gráfico de tabla',
      '': 'Gráfico',
    },
    chartShow: 'Ver en la hoja',
    clockNow: 'Fecha y hora emuladas',
    clockSet: 'Cambiar fecha',
    clockNextDay: '+1 día',
    runDailyTrigger: 'Ejecutar el activador diario',
    triggersNone: 'No hay ningún activador instalable.',
    triggersInstalled: 'Activadores instalados',
    triggerEvery: '{handler} ({type})',
    countersOf: 'Llamadas a servicios de la última acción: {name}',
    countersNone: 'Todavía no se ha ejecutado ninguna acción.',
    countersIntro:
      'Cada llamada a Apps Script que hizo el complemento, contada por el emulador. Leer y escribir por lotes mantiene estas cifras bajas sea cual sea el tamaño de la hoja.',
    counterNames: {
      total: 'Todas las llamadas',
      spreadsheetReads: 'Lecturas de la hoja',
      spreadsheetWrites: 'Escrituras en la hoja',
      spreadsheetOther: 'Otras llamadas a la hoja',
      customFunctionExecutions: 'Ejecuciones de funciones personalizadas',
      mail: 'Correo',
      properties: 'Propiedades',
      lock: 'Bloqueo',
      ui: 'Interfaz de usuario',
      scriptApp: 'Activadores',
      cache: 'Caché',
      session: 'Sesión',
      html: 'HTML',
      utilities: 'Utilidades',
      logger: 'Registro',
    },
    byMethod: 'Por método',
    calls: 'llamadas',
    logEmpty: 'Todavía no hay nada en el registro.',
    rowsShown: 'Se muestran las primeras {shown} de {total} filas.',
    editHint:
      'Haz doble clic en una celda para escribir en ella como lo haría una persona (Intro guarda, Esc cancela); el resto lo hace el complemento con su menú, su panel lateral y sus activadores.',
    hiddenSheet: 'oculta',
    dailyTriggerRan: 'Activador diario ejecutado: {count} función(es).',
    noDailyTrigger:
      'No hay ningún activador diario instalado: configura antes los avisos desde el menú.',
    triggerRan: 'Se ejecutó el activador por tiempo {handler}.',
    triggerFailed: 'Error en el activador por tiempo {handler}: {message}',
    viewingAs: 'Viendo como',
    personOption: '{name} ({email})',
    outsideEditor: 'Un editor externo, fuera de Personas ({email})',
    developer: 'Desarrollador',
    confirmTitle: '¿Seguro?',
    confirmStartOver:
      '¿Empezar de nuevo con un libro de ejemplo nuevo? Se pierde todo lo hecho aquí: lo que has escrito, los registros de avance, los correos enviados y la fecha del reloj.',
    confirmLanguage:
      '¿Cambiar el libro a {language}? Se crea un libro de ejemplo nuevo en ese idioma y se pierde todo lo hecho aquí: lo que has escrito, los registros de avance, los correos enviados y la fecha del reloj.',
    keepWorking: 'Cancelar',
    switchLanguage: 'Cambiar idioma',
  },
};

export function playgroundMessages(language: Language): PlaygroundMessages {
  return PLAYGROUND_MESSAGES[language];
}
