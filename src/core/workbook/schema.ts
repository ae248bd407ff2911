import type { Language, Translations } from '../i18n/language';
import { foldText } from '../text';

/**
 * The workbook layout: every sheet and column the add-on knows, with its English and
 * Spanish names. Code refers to columns by `key`; the sheet is read by header name in
 * either language (see headers.ts), never by position, so users may reorder, insert
 * and rename columns between the two languages.
 */
export interface ColumnSpec {
  readonly key: string;
  readonly header: Translations<string>;
  /** Other header texts accepted for this column (already in either language). */
  readonly aliases?: readonly string[];
  /** Filled by one array formula in row 2; users must not type here. */
  readonly computed?: boolean;
}

export interface SheetSpec {
  readonly key: string;
  readonly name: Translations<string>;
  readonly columns: readonly ColumnSpec[];
  /**
   * Columns of which a row needs one filled in to be an entry (an objective, a key
   * result): computed zeros, spaces and formulas giving "" in other columns make none.
   */
  readonly identity?: readonly string[];
}

function column(
  key: string,
  en: string,
  es: string,
  options: { computed?: boolean; aliases?: readonly string[] } = {},
): ColumnSpec {
  return { key, header: { en, es }, ...options };
}

export const OBJECTIVES_SHEET: SheetSpec = {
  key: 'objectives',
  name: { en: 'Objectives', es: 'Objetivos' },
  identity: ['id', 'objective'],
  columns: [
    column('id', 'ID', 'ID'),
    column('objective', 'Objective', 'Objetivo'),
    column('level', 'Level', 'Nivel'),
    column('team', 'Team', 'Equipo'),
    column('owner', 'Owner', 'Responsable'),
    column('parentId', 'Parent ID', 'ID padre'),
    column('weight', 'Weight', 'Peso'),
    column('progress', 'Progress', 'Progreso', { computed: true }),
    column('status', 'Status', 'Estado', { computed: true }),
    // The period the row belongs to; blank is the current one (core/workbook/periods.ts).
    column('period', 'Period', 'Período', { aliases: ['Periodo'] }),
  ],
};

export const KEY_RESULTS_SHEET: SheetSpec = {
  key: 'keyResults',
  name: { en: 'Key Results', es: 'Resultados clave' },
  identity: ['id', 'keyResult'],
  columns: [
    column('id', 'ID', 'ID'),
    column('objectiveId', 'Objective ID', 'ID objetivo'),
    column('keyResult', 'Key result', 'Resultado clave'),
    column('owner', 'Owner', 'Responsable'),
    column('type', 'Type', 'Tipo'),
    column('start', 'Start', 'Inicio'),
    column('target', 'Target', 'Meta'),
    column('current', 'Current', 'Actual'),
    column('unit', 'Unit', 'Unidad'),
    column('weight', 'Weight', 'Peso'),
    column('progress', 'Progress', 'Progreso', { computed: true }),
    column('expected', 'Expected', 'Esperado', { computed: true }),
    column('status', 'Status', 'Estado', { computed: true }),
    column('confidence', 'Confidence', 'Confianza'),
    column('lastCheckIn', 'Last check-in', 'Último seguimiento'),
    column('lastComment', 'Last comment', 'Último comentario'),
    column('period', 'Period', 'Período', { aliases: ['Periodo'] }),
    // The ID of the key result of an earlier period this one carries on (carry-over).
    column('continues', 'Continues', 'Continúa'),
  ],
};

export const CHECK_INS_SHEET: SheetSpec = {
  key: 'checkIns',
  name: { en: 'Check-ins', es: 'Seguimiento' },
  columns: [
    column('timestamp', 'Timestamp', 'Fecha y hora'),
    column('keyResultId', 'KR ID', 'ID RC', { aliases: ['ID KR'] }),
    column('value', 'Value', 'Valor'),
    column('confidence', 'Confidence', 'Confianza'),
    column('comment', 'Comment', 'Comentario'),
    column('author', 'Author', 'Autor'),
    // The timestamp of the row a correction replaces (checkIn/corrections.ts).
    column('corrects', 'Corrects', 'Corrige'),
  ],
};

export const PEOPLE_SHEET: SheetSpec = {
  key: 'people',
  name: { en: 'People', es: 'Personas' },
  columns: [
    column('name', 'Name', 'Nombre'),
    column('email', 'Email', 'Correo', { aliases: ['E-mail', 'Correo electrónico'] }),
    column('team', 'Team', 'Equipo'),
    column('managerEmail', 'Manager email', 'Correo del responsable', {
      aliases: ['Manager', 'Correo del jefe', 'Correo del líder'],
    }),
    column('oneOnOneSchedule', '1:1 schedule', 'Agenda 1:1', { aliases: ['Calendario 1:1'] }),
    column('nextOneOnOne', 'Next 1:1', 'Próximo 1:1'),
    // A date until which this person gets no check-in nudge (core/nudges/plan.ts).
    column('nudgesPausedUntil', 'Nudges paused until', 'Sin avisos hasta'),
  ],
};

export const KPIS_SHEET: SheetSpec = {
  key: 'kpis',
  name: { en: 'KPIs', es: 'KPIs' },
  columns: [
    column('kpi', 'KPI', 'KPI'),
    column('team', 'Team', 'Equipo'),
    column('owner', 'Owner', 'Responsable'),
    column('current', 'Current', 'Actual'),
    column('healthyMin', 'Healthy min', 'Mínimo saludable'),
    column('healthyMax', 'Healthy max', 'Máximo saludable'),
    column('status', 'Status', 'Estado', { computed: true }),
    column('relatedObjective', 'Related objective', 'Objetivo relacionado'),
  ],
};

/**
 * Settings is a two-column sheet (setting, value) read by the setting's label in
 * either language; `columns` here lists the settings, not the sheet's columns.
 */
export const SETTINGS_SHEET: SheetSpec = {
  key: 'settings',
  name: { en: 'Settings', es: 'Configuración' },
  columns: [
    column('language', 'Language', 'Idioma'),
    column('period', 'Period', 'Período', { aliases: ['Periodo'] }),
    column('periodStart', 'Period start', 'Inicio del período', {
      aliases: ['Inicio del periodo'],
    }),
    column('periodEnd', 'Period end', 'Fin del período', { aliases: ['Fin del periodo'] }),
    column('asOf', 'As of', 'Fecha de corte'),
    column('reminderDaysBefore', 'Reminder days before 1:1', 'Días de aviso antes del 1:1'),
    column('reminderHour', 'Reminder hour', 'Hora del aviso'),
    column('greenAt', 'Green at', 'Verde desde'),
    column('yellowAt', 'Yellow at', 'Amarillo desde'),
    column('holidays', 'Holidays', 'Feriados', { aliases: ['Festivos'] }),
    // The share of the period elapsed at As of, computed once here (KR_EXPECTED) and
    // referenced by every Expected and Status formula.
    column('elapsed', 'Time elapsed', 'Tiempo transcurrido', { computed: true }),
    column(
      'liveStaleDays',
      'Live source stale after (days)',
      'Fuente en vivo detenida tras (días)',
    ),
    // Check-in nudges to key-result owners (core/nudges/plan.ts).
    column('nudgeFrequency', 'Check-in nudges', 'Recordatorios de avance'),
    column('nudgeWeekday', 'Nudge day', 'Día del recordatorio'),
    column(
      'nudgeAfterDays',
      'Nudge after (days without check-in)',
      'Recordar tras (días sin avance)',
    ),
    column('nudgeGraceDays', 'Escalate after nudge (days)', 'Escalar tras el recordatorio (días)'),
  ],
};

export const REMINDER_LOG_SHEET: SheetSpec = {
  key: 'reminderLog',
  name: { en: 'Reminder log', es: 'Registro de avisos' },
  columns: [
    column('sentAt', 'Sent at', 'Enviado el'),
    column('manager', 'Manager', 'Responsable'),
    column('oneOnOneDate', '1:1 date', 'Fecha del 1:1'),
    column('keyResultIds', 'KR IDs', 'IDs de RC', { aliases: ['IDs KR'] }),
    column('result', 'Result', 'Resultado'),
  ],
};

export const DASHBOARD_SHEET: SheetSpec = {
  key: 'dashboard',
  name: { en: 'Dashboard', es: 'Tablero' },
  columns: [],
};

/**
 * The report Review OKRs writes (rebuilt on every review; not part of the template).
 */
export const REVIEW_SHEET: SheetSpec = {
  key: 'review',
  name: { en: 'OKR review', es: 'Revisión de OKRs' },
  columns: [
    column('sheet', 'Sheet', 'Hoja'),
    column('row', 'Row', 'Fila'),
    column('problem', 'Problem', 'Problema'),
    column('advice', 'What to do', 'Qué hacer'),
  ],
};

/**
 * Closed periods, append-only: Close period adds every objective's and key result's final
 * progress, status and last comment (created on the first close; not part of the template).
 */
export const HISTORY_SHEET: SheetSpec = {
  key: 'history',
  name: { en: 'History', es: 'Historial' },
  columns: [
    column('period', 'Period', 'Período', { aliases: ['Periodo'] }),
    column('periodStart', 'Period start', 'Inicio del período', {
      aliases: ['Inicio del periodo'],
    }),
    column('periodEnd', 'Period end', 'Fin del período', { aliases: ['Fin del periodo'] }),
    column('closedOn', 'Closed on', 'Cerrado el'),
    column('kind', 'Type', 'Tipo'),
    column('id', 'ID', 'ID'),
    column('parentId', 'Objective / parent ID', 'ID objetivo / padre'),
    column('title', 'Objective or key result', 'Objetivo o resultado clave'),
    column('team', 'Team', 'Equipo'),
    column('owner', 'Owner', 'Responsable'),
    column('weight', 'Weight', 'Peso'),
    column('progress', 'Final progress', 'Progreso final'),
    column('status', 'Final status', 'Estado final'),
    column('lastComment', 'Last comment', 'Último comentario'),
  ],
};

/**
 * Average score per team per closed period (rewritten from History on every close), the
 * data of the period-over-period chart.
 */
export const PERIOD_SCORES_SHEET: SheetSpec = {
  key: 'periodScores',
  name: { en: 'Scores by period', es: 'Puntaje por período' },
  columns: [column('period', 'Period', 'Período', { aliases: ['Periodo'] })],
};

/** Mid-period review sheets are named with their date: `Review 2026-11-22`. */
const MID_PERIOD_REVIEW_SHEET_PREFIX: Translations<string> = {
  en: 'Review',
  es: 'Revisión',
};

/** The name of the mid-period review sheet of `day` (`yyyy-mm-dd`). */
export function midPeriodReviewSheetName(day: string, language: Language): string {
  return `${MID_PERIOD_REVIEW_SHEET_PREFIX[language]} ${day}`;
}

/**
 * The date of a mid-period review sheet from its name in either language (with the
 * ` (OKRs)` the add-on adds when a person's sheet has the name), else null.
 */
export function midPeriodReviewDay(name: string): string | null {
  const match = /^\s*(\S+)\s+(\d{4}-\d{2}-\d{2})(?:\s+\(OKRs(?: \d+)?\))?\s*$/.exec(name);
  if (!match) return null;
  const [, prefixText, day] = match;
  const prefix = foldText(prefixText);
  const known = Object.values(MID_PERIOD_REVIEW_SHEET_PREFIX).map(foldText);
  return known.includes(prefix) ? (day ?? null) : null;
}

/** Every sheet of the template, in the order the template creates them. */
export const WORKBOOK_SHEETS: readonly SheetSpec[] = [
  DASHBOARD_SHEET,
  OBJECTIVES_SHEET,
  KEY_RESULTS_SHEET,
  CHECK_INS_SHEET,
  PEOPLE_SHEET,
  KPIS_SHEET,
  SETTINGS_SHEET,
  REMINDER_LOG_SHEET,
];

export function sheetName(spec: SheetSpec, language: Language): string {
  return spec.name[language];
}
