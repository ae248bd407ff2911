import type { Translations } from '../i18n/language';

/**
 * The texts of the header notes. They are not part of the server script: the build writes
 * them to dist/HeaderNotes.html, which create/upgrade reads (see services/assets.ts), so
 * the ~15 KB of text costs nothing to the load every custom function pays.
 *
 * The note on each header the template creates (and on each Settings label): what the
 * column holds, the words or format it accepts, an example. Keyed like schema.ts (sheet
 * key, then column key); a test holds every column of the template to having one.
 */
export interface HeaderNote extends Translations<string> {
  /** Earlier wordings the add-on wrote: still its own note, so an upgrade may replace it. */
  readonly former?: readonly string[];
}

export type SheetNotes = Readonly<Record<string, HeaderNote>>;
/** Notes by sheet key, then column (or setting) key. */
export type HeaderNoteCatalogue = Readonly<Record<string, SheetNotes>>;

const ID_HINT = {
  en: 'Blank? OKRs › Assign missing IDs fills it.',
  es: '¿Vacío? OKRs › Asignar los IDs que faltan lo completa.',
};
const COMPUTED = { en: 'Computed: do not type here.', es: 'Calculado: no escribas aquí.' };
const STATUS_WORDS = {
  en: 'On track, At risk or Off track',
  es: 'En camino, En riesgo o Desviado',
};

const PERIOD: HeaderNote = {
  en: 'Its period (pick from the list); blank = the current one, Settings › Period. Close period fills it in; a closed period’s rows stay out of the Dashboard, sidebar and reminders. Example: Q1 2027',
  es: 'Su período (elígelo de la lista); vacío = el actual, Configuración › Período. Cerrar período lo completa; las filas de uno cerrado quedan fuera del Tablero, la barra y los avisos. Ejemplo: T1 2027',
};

const OWNER: HeaderNote = {
  en: 'Email of the person responsible (pick from People). Example: ana@example.com',
  es: 'Correo de la persona responsable (elígelo de Personas). Ejemplo: ana@example.com',
};
const TEAM: HeaderNote = {
  en: 'The team it belongs to: the Dashboard groups by it. Example: Sales',
  es: 'El equipo al que pertenece: el Tablero agrupa por él. Ejemplo: Ventas',
};

export const HEADER_NOTES: HeaderNoteCatalogue = {
  objectives: {
    id: {
      en: `Unique ID of the objective, used by its key results and child objectives. Example: O-1. ${ID_HINT.en}`,
      es: `ID único del objetivo, al que se refieren sus resultados clave y objetivos hijos. Ejemplo: O-1. ${ID_HINT.es}`,
    },
    objective: {
      en: 'What you want to achieve, in words: qualitative and inspiring. Example: Delight our first customers',
      es: 'Lo que quieres lograr, en palabras: cualitativo e inspirador. Ejemplo: Encantar a nuestros primeros clientes',
    },
    level: {
      en: 'Company, Team or Individual (pick from the list).',
      es: 'Empresa, Equipo o Individual (elige de la lista).',
    },
    team: TEAM,
    owner: OWNER,
    parentId: {
      en: 'Optional: the ID of the objective this one contributes to; its progress counts there. Example: O-1',
      es: 'Opcional: el ID del objetivo al que contribuye este; su progreso cuenta allí. Ejemplo: O-1',
    },
    weight: {
      en: 'Optional: how much it counts in its parent’s progress, a number (blank = 1, 0 leaves it out). Example: 2',
      es: 'Opcional: cuánto cuenta en el progreso de su padre, un número (vacío = 1, 0 lo deja fuera). Ejemplo: 2',
    },
    progress: {
      en: `${COMPUTED.en} The weighted progress of its key results and child objectives, 0–100%.`,
      es: `${COMPUTED.es} El progreso ponderado de sus resultados clave y objetivos hijos, de 0 a 100 %.`,
    },
    status: {
      en: `${COMPUTED.en} ${STATUS_WORDS.en}, from Progress against Settings › Time elapsed.`,
      es: `${COMPUTED.es} ${STATUS_WORDS.es}, según el Progreso frente a Configuración › Tiempo transcurrido.`,
    },
    period: PERIOD,
  },
  keyResults: {
    id: {
      en: `Unique ID of the key result, used by check-ins. Example: KR-1. ${ID_HINT.en}`,
      es: `ID único del resultado clave, al que se refieren los seguimientos. Ejemplo: KR-1. ${ID_HINT.es}`,
    },
    objectiveId: {
      en: 'ID of the objective it measures (pick from Objectives). Example: O-1',
      es: 'ID del objetivo que mide (elígelo de Objetivos). Ejemplo: O-1',
    },
    keyResult: {
      en: 'A measurable outcome, from a start to a target. Example: Raise NPS from 30 to 45',
      es: 'Un resultado medible, de un inicio a una meta. Ejemplo: Subir el NPS de 30 a 45',
    },
    owner: OWNER,
    type: {
      en: 'How progress is measured: auto (blank), increase, decrease, at_least, at_most or binary; also in Spanish: aumentar, reducir, al_menos, como_maximo, binario. Example: increase',
      es: 'Cómo se mide el progreso: auto (vacío), aumentar, reducir, al_menos, como_maximo o binario; también en inglés: increase, decrease, at_least, at_most, binary. Ejemplo: aumentar',
    },
    start: {
      en: 'The value at the start of the period, a number (blank counts as 0, except for decrease). Example: 30',
      es: 'El valor al inicio del período, un número (vacío cuenta como 0, salvo para reducir). Ejemplo: 30',
    },
    target: {
      en: 'The value to reach by the end of the period, a number. Example: 45',
      es: 'El valor a alcanzar al final del período, un número. Ejemplo: 45',
    },
    current: {
      en: 'The latest value: a number, or a formula over your own data (a check-in replaces it with the value reported). Example: 38',
      es: 'El último valor: un número, o una fórmula sobre tus propios datos (un seguimiento la reemplaza por el valor informado). Ejemplo: 38',
    },
    unit: {
      en: 'Optional: the unit of the values. Examples: %, $, customers',
      es: 'Opcional: la unidad de los valores. Ejemplos: %, $, clientes',
    },
    weight: {
      en: 'Optional: how much it counts in its objective’s progress, a number (blank = 1, 0 leaves it out). Example: 2',
      es: 'Opcional: cuánto cuenta en el progreso de su objetivo, un número (vacío = 1, 0 lo deja fuera). Ejemplo: 2',
    },
    progress: {
      en: `${COMPUTED.en} The share of the way from Start to Target, 0–100% (blank until Current is filled).`,
      es: `${COMPUTED.es} La parte del camino recorrida de Inicio a Meta, de 0 a 100 % (vacío hasta que haya Actual).`,
    },
    expected: {
      en: `${COMPUTED.en} Where progress should be by now: the share of the period elapsed at Settings › As of.`,
      es: `${COMPUTED.es} Dónde debería estar el progreso: la parte del período transcurrida a Configuración › Fecha de corte.`,
    },
    status: {
      en: `${COMPUTED.en} ${STATUS_WORDS.en}, comparing Progress with Expected.`,
      es: `${COMPUTED.es} ${STATUS_WORDS.es}, comparando el Progreso con lo Esperado.`,
    },
    confidence: {
      en: `How sure the owner is of reaching the target: ${STATUS_WORDS.en}. Each check-in writes it.`,
      es: `Qué tan seguro está el responsable de alcanzar la meta: ${STATUS_WORDS.es}. Cada seguimiento lo escribe.`,
    },
    lastCheckIn: {
      en: 'The date of the latest check-in, written by OKRs › Check-in….',
      es: 'La fecha del último seguimiento, escrita por OKRs › Registrar avance….',
    },
    lastComment: {
      en: 'The comment of the latest check-in, written by OKRs › Check-in….',
      es: 'El comentario del último seguimiento, escrito por OKRs › Registrar avance….',
    },
    period: PERIOD,
    continues: {
      en: 'The earlier period’s key result this one carries on (written by Close period). The sidebar shows its check-ins in this one’s history. Example: KR-3',
      es: 'El resultado clave del período anterior que este continúa (lo escribe Cerrar período). La barra lateral muestra sus seguimientos en el historial de este. Ejemplo: RC-3',
    },
  },
  checkIns: {
    timestamp: {
      en: 'When the check-in was recorded. OKRs › Check-in… adds a row here for each one.',
      es: 'Cuándo se registró el seguimiento. OKRs › Registrar avance… agrega aquí una fila por cada uno.',
    },
    keyResultId: {
      en: 'ID of the key result (from Key Results). Example: KR-1',
      es: 'ID del resultado clave (de Resultados clave). Ejemplo: KR-1',
    },
    value: {
      en: 'The value reported; it became the key result’s Current. Example: 38',
      es: 'El valor informado; pasó a ser el Actual del resultado clave. Ejemplo: 38',
    },
    confidence: {
      en: `${STATUS_WORDS.en}, as the owner saw it.`,
      es: `${STATUS_WORDS.es}, según lo veía el responsable.`,
    },
    comment: {
      en: 'What happened and what comes next. Example: Two new clients signed',
      es: 'Qué pasó y qué sigue. Ejemplo: Firmaron dos clientes nuevos',
    },
    author: {
      en: 'Email of the person who checked in.',
      es: 'Correo de la persona que registró el avance.',
    },
    corrects: {
      en: 'Filled by a correction: the time of the check-in it corrects. A row with no value withdraws that check-in.',
      es: 'Lo completa una corrección: la hora del seguimiento que corrige. Una fila sin valor retira ese seguimiento.',
    },
  },
  people: {
    name: {
      en: 'The person’s name. Example: Ana Pérez',
      es: 'El nombre de la persona. Ejemplo: Ana Pérez',
    },
    email: {
      en: 'Their email: owners and managers are picked by it. Example: ana@example.com',
      es: 'Su correo: los responsables se eligen por él. Ejemplo: ana@example.com',
    },
    team: {
      en: 'Their team. Example: Sales',
      es: 'Su equipo. Ejemplo: Ventas',
    },
    managerEmail: {
      en: 'Email of the manager who holds their 1:1s; the reminder goes to that manager. Example: bruno@example.com',
      es: 'Correo del responsable que tiene sus 1:1; el aviso le llega a esa persona. Ejemplo: bruno@example.com',
    },
    oneOnOneSchedule: {
      en: 'When the monthly 1:1 is: a weekday of the month or a day number. Examples: first Tuesday, last Friday, 15',
      es: 'Cuándo es el 1:1 mensual: un día de la semana del mes o un número de día. Ejemplos: primer martes, último viernes, 15',
    },
    nextOneOnOne: {
      en: 'Optional: a date that overrides the next meeting the 1:1 schedule gives (a 1:1 moved this month).',
      es: 'Opcional: una fecha que reemplaza la próxima reunión que da la agenda 1:1 (un 1:1 que se movió este mes).',
    },
    nudgesPausedUntil: {
      en: 'Optional: a date. Until then (that day included) this person gets no check-in nudge, for time off.',
      es: 'Opcional: una fecha. Hasta ese día (incluido) esta persona no recibe recordatorios de avance, por vacaciones o licencias.',
    },
  },
  kpis: {
    kpi: {
      en: 'A health metric to keep within bounds, not a goal. Example: Monthly churn',
      es: 'Una métrica de salud que debe mantenerse en un rango, no una meta. Ejemplo: Bajas mensuales',
    },
    team: TEAM,
    owner: OWNER,
    current: {
      en: 'The latest value: a number, or a formula over your own data. Example: 3%',
      es: 'El último valor: un número, o una fórmula sobre tus propios datos. Ejemplo: 3 %',
    },
    healthyMin: {
      en: 'Optional: the lowest healthy value (blank: no minimum). Example: 6',
      es: 'Opcional: el menor valor saludable (vacío: sin mínimo). Ejemplo: 6',
    },
    healthyMax: {
      en: 'Optional: the highest healthy value (blank: no maximum). Example: 5%',
      es: 'Opcional: el mayor valor saludable (vacío: sin máximo). Ejemplo: 5 %',
    },
    status: {
      en: `${COMPUTED.en} Healthy or Unhealthy, from Current and the healthy bounds.`,
      es: `${COMPUTED.es} Saludable o No saludable, según el Actual y el rango saludable.`,
    },
    relatedObjective: {
      en: 'Optional: the ID of an objective this KPI relates to. Example: O-1',
      es: 'Opcional: el ID de un objetivo relacionado con este KPI. Ejemplo: O-1',
    },
  },
  reminderLog: {
    sentAt: {
      en: 'When the reminder went out. The reminders add a row here for each email.',
      es: 'Cuándo salió el aviso. Los avisos agregan aquí una fila por cada correo.',
    },
    manager: {
      en: 'The manager the reminder went to.',
      es: 'El responsable que recibió el aviso.',
    },
    oneOnOneDate: {
      en: 'The date of the 1:1 the reminder prepared.',
      es: 'La fecha del 1:1 que preparaba el aviso.',
    },
    keyResultIds: {
      en: 'The key results the email listed.',
      es: 'Los resultados clave que listaba el correo.',
    },
    result: {
      en: 'Sent, or why it was not sent.',
      es: 'Enviado, o por qué no se envió.',
    },
  },
  settings: {
    language: {
      en: 'English or Español: the language of the labels, statuses and messages.',
      es: 'English o Español: el idioma de las etiquetas, los estados y los mensajes.',
    },
    period: {
      en: 'The period’s name. Example: 2026-Q1',
      es: 'El nombre del período. Ejemplo: 2026-Q1',
    },
    periodStart: {
      en: 'The first day of the period, a date.',
      es: 'El primer día del período, una fecha.',
    },
    periodEnd: {
      en: 'The last day of the period, a date.',
      es: 'El último día del período, una fecha.',
    },
    asOf: {
      en: 'The day progress is measured at, a date. OKRs › Refresh "as of" date sets it to today.',
      es: 'El día en que se mide el progreso, una fecha. OKRs › Actualizar la fecha de corte pone hoy.',
    },
    reminderDaysBefore: {
      en: 'How many days before a 1:1 its reminder goes out. Example: 2',
      es: 'Cuántos días antes de un 1:1 sale su aviso. Ejemplo: 2',
    },
    reminderHour: {
      en: 'The hour of the day (0–23) the reminders go out. Example: 8',
      es: 'La hora del día (0–23) en que salen los avisos. Ejemplo: 8',
    },
    greenAt: {
      en: 'On track when progress divided by expected is at least this. Example: 70%',
      es: 'En camino cuando el progreso dividido por lo esperado llega al menos a esto. Ejemplo: 70 %',
    },
    yellowAt: {
      en: 'At risk when progress divided by expected is at least this; below it, Off track. Example: 40%',
      es: 'En riesgo cuando el progreso dividido por lo esperado llega al menos a esto; por debajo, Desviado. Ejemplo: 40 %',
    },
    holidays: {
      en: 'Optional: days off, dates separated by ";". Once filled, time elapsed counts working days (Monday to Friday).',
      es: 'Opcional: días no laborables, fechas separadas por ";". Si tiene algo, el tiempo transcurrido cuenta días hábiles (lunes a viernes).',
    },
    elapsed: {
      en: `${COMPUTED.en} The share of the period elapsed at As of (calendar days, or working days once Holidays is filled).`,
      es: `${COMPUTED.es} La parte del período transcurrida a la Fecha de corte (días corridos, o hábiles si hay Feriados).`,
    },
    liveStaleDays: {
      en: 'Days without a change after which a live key result (Current is a formula) is flagged: its source stopped updating. Example: 14',
      es: 'Días sin cambios tras los que se señala un resultado clave en vivo (Actual es una fórmula): su fuente dejó de actualizarse. Ejemplo: 14',
    },
    nudgeFrequency: {
      en: 'How often owners get an email listing their key results without a recent check-in, once reminders are set up: Weekly, Every two weeks or Off.',
      es: 'Cada cuánto reciben los responsables un correo con sus resultados clave sin avance reciente, una vez configurados los avisos: Semanal, Cada dos semanas o No.',
    },
    nudgeWeekday: {
      en: 'The weekday the check-in nudges go out. Example: Monday',
      es: 'El día de la semana en que salen los recordatorios de avance. Ejemplo: lunes',
    },
    nudgeAfterDays: {
      en: 'A key result is in the nudge once it has had no check-in for this many days. Example: 7',
      es: 'Un resultado clave entra en el recordatorio cuando lleva estos días sin avance. Ejemplo: 7',
    },
    nudgeGraceDays: {
      en: "Days after a nudge with still no check-in before the key result is flagged in the manager's 1:1 digest. Example: 14",
      es: 'Días tras un recordatorio sin avance antes de que el resultado clave se señale en el correo de 1:1 del responsable. Ejemplo: 14',
    },
  },
};
