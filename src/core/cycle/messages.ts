import type { Translations } from '../i18n/language';

/** Everything the mid-period review sheet says, in each language. */
export interface ReviewTexts {
  readonly title: string;
  readonly reviewDate: string;
  readonly period: string;
  readonly from: string;
  readonly to: string;
  readonly timeElapsed: string;
  readonly daysOf: string;
  readonly previousReview: string;
  readonly noPreviousReview: string;
  readonly byTeam: string;
  readonly byObjective: string;
  readonly changes: string;
  readonly stale: string;
  readonly allKeyResults: string;
  readonly none: string;
  readonly noTeam: string;
  readonly never: string;
  readonly notMeasured: string;
  readonly total: string;
  readonly team: string;
  readonly objectiveId: string;
  readonly objective: string;
  readonly keyResultId: string;
  readonly keyResult: string;
  readonly owner: string;
  readonly before: string;
  readonly now: string;
  readonly lastCheckIn: string;
  readonly daysSince: string;
  readonly progress: string;
  readonly status: string;
}

export const REVIEW_TEXTS: Translations<ReviewTexts> = {
  en: {
    title: 'Mid-period review — {period}',
    reviewDate: 'Review date',
    period: 'Period',
    from: 'From',
    to: 'To',
    timeElapsed: 'Time elapsed',
    daysOf: '{elapsed} of {total} days',
    previousReview: 'Previous review',
    noPreviousReview: 'None in this period: status changes appear from the next review on.',
    byTeam: 'Key results by team',
    byObjective: 'Key results by objective',
    changes: 'Status changes since the previous review',
    stale: 'No check-in in the last {days} days',
    allKeyResults: 'All key results on the review date',
    none: 'None.',
    noTeam: '(no team)',
    never: 'Never',
    notMeasured: 'Not measured',
    total: 'Total',
    team: 'Team',
    objectiveId: 'Objective ID',
    objective: 'Objective',
    keyResultId: 'KR ID',
    keyResult: 'Key result',
    owner: 'Owner',
    before: 'Before',
    now: 'Now',
    lastCheckIn: 'Last check-in',
    daysSince: 'Days without check-in',
    progress: 'Progress',
    status: 'Status',
  },
  es: {
    title: 'Revisión de mitad de período — {period}',
    reviewDate: 'Fecha de revisión',
    period: 'Período',
    from: 'Desde',
    to: 'Hasta',
    timeElapsed: 'Tiempo transcurrido',
    daysOf: '{elapsed} de {total} días',
    previousReview: 'Revisión anterior',
    noPreviousReview:
      'Ninguna en este período: los cambios de estado aparecen desde la próxima revisión.',
    byTeam: 'Resultados clave por equipo',
    byObjective: 'Resultados clave por objetivo',
    changes: 'Cambios de estado desde la revisión anterior',
    stale: 'Sin seguimiento en los últimos {days} días',
    allKeyResults: 'Todos los resultados clave a la fecha de revisión',
    none: 'Ninguno.',
    noTeam: '(sin equipo)',
    never: 'Nunca',
    notMeasured: 'Sin medir',
    total: 'Total',
    team: 'Equipo',
    objectiveId: 'ID objetivo',
    objective: 'Objetivo',
    keyResultId: 'ID RC',
    keyResult: 'Resultado clave',
    owner: 'Responsable',
    before: 'Antes',
    now: 'Ahora',
    lastCheckIn: 'Último seguimiento',
    daysSince: 'Días sin seguimiento',
    progress: 'Progreso',
    status: 'Estado',
  },
};

/** The dialogs of Mid-period review and Close period. */
interface CycleDialogTexts {
  readonly reviewDoneTitle: string;
  readonly reviewDone: string;
  readonly missingSheet: string;
  readonly missingDates: string;
  readonly nothingToClose: string;
  readonly busy: string;
  readonly closeActionTitle: string;
  readonly closeTitle: string;
  readonly closeBody: string;
  readonly closeEarly: string;
  readonly alreadyClosedTitle: string;
  readonly alreadyClosed: string;
  readonly duplicateIdsTitle: string;
  /** `{period}`, `{ids}`: a list of duplicateIdRows. */
  readonly duplicateIds: string;
  /** `{id}`, `{rows}`. */
  readonly duplicateIdRows: string;
  readonly cancelled: string;
  readonly closedTitle: string;
  readonly closedBody: string;
  readonly scoreLine: string;
  readonly companyScoreLine: string;
  readonly noScore: string;
  readonly nextPeriodTitle: string;
  readonly nextPeriodQuestion: string;
  readonly nextPeriodPrompt: string;
  readonly nextPeriodInvalid: string;
  readonly nextPeriodStarted: string;
  readonly carryOverTitle: string;
  readonly carryOverQuestion: string;
  readonly carriedOver: string;
}

export const CYCLE_DIALOGS: Translations<CycleDialogTexts> = {
  en: {
    reviewDoneTitle: 'Mid-period review',
    reviewDone:
      'The sheet “{sheet}” shows {keyResults} key results: {green} on track, {yellow} at risk, {red} off track; {changes} changed status since the previous review and {stale} have no check-in in the last {days} days.',
    missingSheet:
      'This workbook has no “{sheet}” sheet: create the OKR sheets from the OKRs menu first.',
    missingDates:
      'Settings needs “{start}” and “{end}” (dates, the end after the start) before a period can be reviewed or closed.',
    nothingToClose:
      'The “{sheet}” sheet has no objectives or key results: there is nothing to close.',
    busy: 'Someone else is updating this workbook right now. Please try again in a moment.',
    closeActionTitle: 'Close period',
    closeTitle: 'Close period {period}?',
    closeEarly:
      'The period runs until {end}: {days} days remain. Closing now records the scores as they are today.\n\n',
    closeBody:
      'This will add {rows} rows to the “{history}” sheet in one step: the final progress, status and last comment of {objectives} objectives and {keyResults} key results of {period} ({start} – {end}), with their team and owner.\n\n' +
      'Average score: {company} for the company. The sweet spot of ambitious OKRs is 0.6–0.7.\n\n' +
      'Nothing will be deleted or changed: objectives, key results and check-ins stay as they are. Afterwards you can start the next period and carry unfinished key results into it.\n\nClose {period} now?',
    duplicateIdsTitle: 'Two rows share an ID',
    duplicateIds:
      'The period {period} was not closed: History keeps each objective and key result by its ID, and these IDs are on more than one row: {ids}. Give each row its own ID, then close the period again. Nothing was changed.',
    duplicateIdRows: '{id} (rows {rows})',
    alreadyClosedTitle: 'Period already closed',
    alreadyClosed:
      'The period {period} was already closed on {closedOn}: the “{history}” sheet holds its {rows} rows. Nothing was changed.\n\nTo close another period, start it first: change Period, Period start and Period end in Settings.',
    cancelled: 'Nothing was changed.',
    closedTitle: 'Period {period} closed',
    closedBody:
      '{rows} rows were added to “{history}”.\n\nAverage score (sweet spot 0.6–0.7):\n{scores}',
    scoreLine: '• {team}: {score} — {verdict} ({keyResults} key results)',
    companyScoreLine: '• Company: {score} — {verdict}',
    noScore: 'no measured key results',
    nextPeriodTitle: 'Next period',
    nextPeriodQuestion:
      'Start the next period now? Settings will change to {period}, from {start} to {end}; you can edit these in the next step. Check-ins are kept.',
    nextPeriodPrompt:
      'Press OK to start {period}, from {start} to {end}. To change it, type: name; start; end (for example {example}).',
    nextPeriodInvalid:
      '“{input}” is not name; start; end with dates as yyyy-mm-dd and the end after the start.',
    nextPeriodStarted: 'Settings now say {period}, from {start} to {end}.',
    carryOverTitle: 'Carry over unfinished key results',
    carryOverQuestion:
      '{count} key results of {previous} are unfinished (progress under 100%). Add them to {period} as new rows with new IDs ({examples}…)? Their old rows stay as they are.',
    carriedOver: '{count} key results were added to “{sheet}” with new IDs: {ids}.',
  },
  es: {
    reviewDoneTitle: 'Revisión de mitad de período',
    reviewDone:
      'La hoja “{sheet}” muestra {keyResults} resultados clave: {green} en camino, {yellow} en riesgo, {red} desviados; {changes} cambiaron de estado desde la revisión anterior y {stale} no tienen seguimiento en los últimos {days} días.',
    missingSheet:
      'Este libro no tiene la hoja “{sheet}”: crea primero las hojas de OKRs desde el menú OKRs.',
    missingDates:
      'Configuración necesita “{start}” y “{end}” (fechas, el fin después del inicio) para revisar o cerrar un período.',
    nothingToClose:
      'La hoja “{sheet}” no tiene objetivos ni resultados clave: no hay nada que cerrar.',
    busy: 'Otra persona está actualizando este libro en este momento. Vuelve a intentarlo en un momento.',
    closeActionTitle: 'Cerrar período',
    closeTitle: '¿Cerrar el período {period}?',
    closeEarly:
      'El período va hasta el {end}: faltan {days} días. Cerrarlo ahora guarda los puntajes tal como están hoy.\n\n',
    closeBody:
      'Se agregarán {rows} filas a la hoja “{history}” en un solo paso: el progreso final, el estado y el último comentario de {objectives} objetivos y {keyResults} resultados clave de {period} ({start} – {end}), con su equipo y responsable.\n\n' +
      'Puntaje promedio: {company} para la empresa. La zona ideal de los OKR ambiciosos es 0,6–0,7.\n\n' +
      'No se borrará ni cambiará nada: objetivos, resultados clave y seguimientos quedan como están. Después podrás iniciar el próximo período y llevar a él los resultados clave sin terminar.\n\n¿Cerrar {period} ahora?',
    duplicateIdsTitle: 'Dos filas comparten un ID',
    duplicateIds:
      'No se cerró el período {period}: el Historial guarda cada objetivo y resultado clave por su ID, y estos IDs están en más de una fila: {ids}. Da a cada fila su propio ID y vuelve a cerrar el período. No se cambió nada.',
    duplicateIdRows: '{id} (filas {rows})',
    alreadyClosedTitle: 'Período ya cerrado',
    alreadyClosed:
      'El período {period} ya se cerró el {closedOn}: la hoja “{history}” tiene sus {rows} filas. No se cambió nada.\n\nPara cerrar otro período, primero inícialo: cambia Período, Inicio del período y Fin del período en Configuración.',
    cancelled: 'No se cambió nada.',
    closedTitle: 'Período {period} cerrado',
    closedBody:
      'Se agregaron {rows} filas a “{history}”.\n\nPuntaje promedio (zona ideal 0,6–0,7):\n{scores}',
    scoreLine: '• {team}: {score} — {verdict} ({keyResults} resultados clave)',
    companyScoreLine: '• Empresa: {score} — {verdict}',
    noScore: 'sin resultados clave medidos',
    nextPeriodTitle: 'Próximo período',
    nextPeriodQuestion:
      '¿Iniciar ahora el próximo período? Configuración pasará a {period}, del {start} al {end}; podrás cambiarlo en el paso siguiente. Los seguimientos se conservan.',
    nextPeriodPrompt:
      'Pulsa Aceptar para iniciar {period}, del {start} al {end}. Para cambiarlo, escribe: nombre; inicio; fin (por ejemplo {example}).',
    nextPeriodInvalid:
      '“{input}” no es nombre; inicio; fin con fechas aaaa-mm-dd y el fin después del inicio.',
    nextPeriodStarted: 'Configuración indica ahora {period}, del {start} al {end}.',
    carryOverTitle: 'Llevar resultados clave sin terminar',
    carryOverQuestion:
      '{count} resultados clave de {previous} no están terminados (progreso menor al 100 %). ¿Agregarlos a {period} como filas nuevas con IDs nuevos ({examples}…)? Sus filas anteriores quedan como están.',
    carriedOver: 'Se agregaron {count} resultados clave a “{sheet}” con IDs nuevos: {ids}.',
  },
};

/** How a score compares with the 0.6–0.7 sweet spot of ambitious OKRs. */
export const SWEET_SPOT_VERDICTS: Translations<{
  readonly below: string;
  readonly within: string;
  readonly above: string;
}> = {
  en: {
    below: 'below the sweet spot: too ambitious, or execution fell short',
    within: 'in the sweet spot',
    above: 'above the sweet spot: the targets may not have been ambitious enough',
  },
  es: {
    below: 'debajo de la zona ideal: demasiado ambicioso, o faltó ejecución',
    within: 'en la zona ideal',
    above: 'encima de la zona ideal: las metas quizá no fueron lo bastante ambiciosas',
  },
};

/** Words written into History's Type column. */
export const HISTORY_KINDS: Translations<{
  readonly objective: string;
  readonly keyResult: string;
}> = {
  en: { objective: 'Objective', keyResult: 'Key result' },
  es: { objective: 'Objetivo', keyResult: 'Resultado clave' },
};

/** The Review OKRs finding for an unhealthy KPI that no objective works on. */
export const KPI_FINDING_TEXTS: Translations<{
  readonly problem: string;
  readonly advice: string;
}> = {
  en: {
    problem: 'KPI “{kpi}” is unhealthy ({current}; healthy {range}) and has no related objective.',
    advice:
      'A KPI tells you something is wrong; an OKR is how you fix it. Create an objective to bring “{kpi}” back to health, and put its ID in Related objective.',
  },
  es: {
    problem:
      'El KPI “{kpi}” no está saludable ({current}; saludable {range}) y no tiene objetivo relacionado.',
    advice:
      'El KPI muestra que algo anda mal; el OKR es cómo corregirlo. Crea un objetivo para que “{kpi}” vuelva a estar saludable y pon su ID en Objetivo relacionado.',
  },
};

/**
 * What the add-on says about past periods: a check-in refused on a closed key result, and
 * OKRs › Show/hide past periods. Shipped in dist/Texts.html (TEXT_ASSETS).
 */
export interface PeriodMessages {
  readonly closedKeyResult: string;
  readonly closedKeyResultCarried: string;
  readonly pastPeriodsTitle: string;
  readonly pastPeriodsHidden: string;
  readonly pastPeriodsShown: string;
  readonly noPastPeriods: string;
}

export const PERIOD_MESSAGES: Translations<PeriodMessages> = {
  en: {
    closedKeyResult:
      'Key result "{id}" belongs to {period}, which is closed: nothing was saved. Its final grade is in History.',
    closedKeyResultCarried:
      'Key result "{id}" belongs to {period}, which is closed: nothing was saved. It carries on as {copy} in {current}: check in there.',
    pastPeriodsTitle: 'Past periods',
    pastPeriodsHidden:
      'Rows of past periods hidden: {rows}. Nothing was moved or deleted; run Show/hide past periods again to see them.',
    pastPeriodsShown: 'Rows of past periods shown again: {rows}.',
    noPastPeriods: 'No row of Objectives or Key Results belongs to a past period yet.',
  },
  es: {
    closedKeyResult:
      'El resultado clave «{id}» es de {period}, que está cerrado: no se guardó nada. Su nota final está en el Historial.',
    closedKeyResultCarried:
      'El resultado clave «{id}» es de {period}, que está cerrado: no se guardó nada. Continúa como {copy} en {current}: registra el avance allí.',
    pastPeriodsTitle: 'Períodos pasados',
    pastPeriodsHidden:
      'Filas de períodos pasados ocultas: {rows}. No se movió ni borró nada; usa Mostrar/ocultar períodos pasados otra vez para verlas.',
    pastPeriodsShown: 'Filas de períodos pasados visibles otra vez: {rows}.',
    noPastPeriods: 'Todavía ninguna fila de Objetivos o Resultados clave es de un período pasado.',
  },
};
