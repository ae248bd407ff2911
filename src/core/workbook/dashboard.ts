import { STATUS_LABELS } from '../formulas/status';
import type { Language, Translations } from '../i18n/language';
import { foldText, isBlank } from '../text';
import {
  columnLetter,
  currentPeriodCondition,
  type PlacedSettings,
  type PlacedSheet,
  settingCell,
} from './formulas';
import { requiredIndex } from './headers';
import { asPlainText } from './safeText';
import { KPI_HEALTH_LABELS } from './vocabulary';

/**
 * The Dashboard: the period and its elapsed time, KR status counts, KPI health, per
 * objective progress, and per team progress and KR status counts, all live formulas over
 * the other sheets. Only the team
 * list is a snapshot (Sheets has no custom function for it that stays cheap); the upgrade
 * action refreshes it.
 */

type DashboardLabel =
  | 'title'
  | 'period'
  | 'periodStart'
  | 'periodEnd'
  | 'asOf'
  | 'elapsed'
  | 'keyResultsByStatus'
  | 'kpiHealth'
  | 'objective'
  | 'progress'
  | 'status'
  | 'team'
  | 'teamKeyResults'
  | 'chartTitle';

const LABELS: Translations<Record<DashboardLabel, string>> = {
  en: {
    title: 'OKR dashboard',
    period: 'Period',
    periodStart: 'Period start',
    periodEnd: 'Period end',
    asOf: 'As of',
    elapsed: 'Time elapsed',
    keyResultsByStatus: 'Key results by status',
    kpiHealth: 'KPI health',
    objective: 'Objective',
    progress: 'Progress',
    status: 'Status',
    team: 'Team',
    teamKeyResults: 'Key results',
    chartTitle: 'Progress per objective',
  },
  es: {
    title: 'Tablero de OKRs',
    period: 'Período',
    periodStart: 'Inicio del período',
    periodEnd: 'Fin del período',
    asOf: 'Fecha de corte',
    elapsed: 'Tiempo transcurrido',
    keyResultsByStatus: 'Resultados clave por estado',
    kpiHealth: 'Salud de los KPIs',
    objective: 'Objetivo',
    progress: 'Progreso',
    status: 'Estado',
    team: 'Equipo',
    teamKeyResults: 'Resultados clave',
    chartTitle: 'Progreso por objetivo',
  },
};

/** Chart titles in both languages, so an upgrade can find the chart it made before. */
export const DASHBOARD_CHART_TITLES: readonly string[] = [
  LABELS.en.chartTitle,
  LABELS.es.chartTitle,
];

/** Dashboard titles (its A1) in both languages: how a Dashboard the add-on made is recognised. */
const DASHBOARD_TITLES: readonly string[] = [LABELS.en.title, LABELS.es.title];

/** What is known of a sheet bearing the Dashboard's name, to tell whose it is. */
interface DashboardCandidate {
  readonly sheetId: number;
  /** The sheet holds no value at all (a blank sheet may be taken over). */
  readonly empty: boolean;
  readonly a1: unknown;
}

/**
 * Whether the add-on may rewrite `candidate` as its Dashboard: it is the one recorded
 * when the add-on created it, or (workbooks made before the record existed, or a blank
 * sheet) nothing of a person's would be lost. A person's own sheet that happens to be
 * called Dashboard is never the add-on's.
 */
export function isAddonDashboard(
  candidate: DashboardCandidate,
  recordedSheetId: number | null,
): boolean {
  if (recordedSheetId !== null) return candidate.sheetId === recordedSheetId;
  if (candidate.empty) return true;
  return typeof candidate.a1 === 'string' && DASHBOARD_TITLES.includes(candidate.a1.trim());
}

/** A name for the add-on's Dashboard that no sheet in `taken` uses (compared case-insensitively). */
export function freeDashboardName(preferred: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.trim().toLowerCase()));
  if (!used.has(preferred.toLowerCase())) return preferred;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${preferred} (OKRs)` : `${preferred} (OKRs ${n})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

export const DASHBOARD_WIDTH = 9;
/** 1-based row of the objective and team tables' headers. */
export const DASHBOARD_TABLE_ROW = 9;

interface DashboardInput {
  readonly language: Language;
  readonly objectives: PlacedSheet;
  readonly keyResults: PlacedSheet;
  readonly kpis: PlacedSheet;
  readonly settings: PlacedSettings;
  /** The Team column's values of Objectives, as read. */
  readonly objectiveTeams: readonly unknown[];
  /** How many objective rows Objectives holds (sizes the chart). */
  readonly objectiveCount: number;
}

interface DashboardLayout {
  /** DASHBOARD_WIDTH columns; a text starting with `=` is a formula. */
  readonly cells: readonly (readonly unknown[])[];
  /** 1-based rows of percentage cells, by 1-based column. */
  readonly percentCells: readonly { row: number; column: number; rows: number }[];
  readonly dateCells: readonly { row: number; column: number; rows: number }[];
  readonly headerRows: readonly number[];
  /** The caption above the team table's status counts (1-based), shown bold. */
  readonly captionCell: { readonly row: number; readonly column: number };
  readonly chartTitle: string;
  /** Rows of the chart's data (objective names and progress, header included). */
  readonly chartRows: number;
}

/** Distinct non-blank teams, first spelling wins, in order of appearance. */
function distinctTeams(values: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const teams: string[] = [];
  for (const value of values) {
    if (isBlank(value)) continue;
    const folded = foldText(value);
    if (seen.has(folded)) continue;
    seen.add(folded);
    teams.push(String(value).trim());
  }
  return teams;
}

function range(sheet: PlacedSheet, key: string): string {
  // The Dashboard is laid out over a workbook the plan has given every spec column.
  const letter = columnLetter(requiredIndex(sheet.indexByKey, key));
  return `'${sheet.name.replace(/'/g, "''")}'!${letter}2:${letter}`;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function dashboardLayout(input: DashboardInput): DashboardLayout {
  const { language, objectives, keyResults, kpis, settings } = input;
  const label = LABELS[language];
  const statuses = STATUS_LABELS[language];
  const health = KPI_HEALTH_LABELS[language];
  const teams = distinctTeams(input.objectiveTeams);
  const rows = DASHBOARD_TABLE_ROW + Math.max(teams.length, 1);
  const cells: unknown[][] = Array.from({ length: rows }, () =>
    Array.from({ length: DASHBOARD_WIDTH }, () => ''),
  );
  const put = (row: number, column: number, value: unknown) => {
    // Every row put is within the `rows` made above.
    cells[row - 1]![column - 1] = value;
  };

  put(1, 1, label.title);
  const periodRows: [DashboardLabel, string][] = [
    ['period', label.period],
    ['periodStart', label.periodStart],
    ['periodEnd', label.periodEnd],
    ['asOf', label.asOf],
    ['elapsed', label.elapsed],
  ];
  periodRows.forEach(([key, text], offset) => {
    put(3 + offset, 1, text);
    put(3 + offset, 2, `=${settingCell(settings, key)}`);
  });

  put(3, 4, label.keyResultsByStatus);
  const krStatus = range(keyResults, 'status');
  // Every count, list and rollup is of the current period's rows (Period blank or Settings'
  // Period): closed rows stay in the sheets, graded, but out of this period's figures.
  const krCurrent = currentPeriodCondition(keyResults, settings);
  const objectiveCurrent = currentPeriodCondition(objectives, settings);
  (['green', 'yellow', 'red'] as const).forEach((status, offset) => {
    put(4 + offset, 4, statuses[status]);
    put(
      4 + offset,
      5,
      `=ARRAYFORMULA(SUM((${krStatus}=${quoted(statuses[status])})*(${krCurrent}>0)))`,
    );
  });

  put(3, 7, label.kpiHealth);
  const kpiStatus = range(kpis, 'status');
  [health.healthy, health.unhealthy].forEach((text, offset) => {
    put(4 + offset, 7, text);
    put(4 + offset, 8, `=COUNTIF(${kpiStatus}, ${quoted(text)})`);
  });

  const top = DASHBOARD_TABLE_ROW;
  // A bar per objective; beyond a hundred a bar chart stops being readable.
  const chartObjectives = Math.min(Math.max(input.objectiveCount, 1), 100);
  [label.objective, label.progress, label.status].forEach((text, offset) => {
    put(top, 1 + offset, text);
  });
  const hasId = `${range(objectives, 'id')}<>""`;
  (['objective', 'progress', 'status'] as const).forEach((key, offset) => {
    put(
      top + 1,
      1 + offset,
      `=ARRAYFORMULA(IFERROR(FILTER(${range(objectives, key)}, ${hasId}, ${objectiveCurrent}>0), ""))`,
    );
  });

  [label.team, label.progress, statuses.green, statuses.yellow, statuses.red].forEach(
    (text, offset) => {
      put(top, 5 + offset, text);
    },
  );
  // The counts are of key results, like the block above: a KR belongs to the team of its
  // objective. Each cell matches the IDs of this status's KRs against the IDs of this
  // team's objectives: both lists filtered first, so the cost is a fraction of KRs ×
  // objectives (COUNTIFS with every objective ID as criteria costs all of it, per cell).
  put(top - 1, 7, label.teamKeyResults);
  const objectiveTeam = range(objectives, 'team');
  const objectiveId = range(objectives, 'id');
  const krObjective = range(keyResults, 'objectiveId');
  teams.forEach((team, offset) => {
    const row = top + 1 + offset;
    put(row, 5, asPlainText(team));
    (['green', 'yellow', 'red'] as const).forEach((status, column) => {
      put(
        row,
        7 + column,
        `=IFERROR(ARRAYFORMULA(SUM(--ISNUMBER(MATCH(FILTER(${krObjective}, ${krStatus}=${quoted(statuses[status])}, ${krCurrent}>0), FILTER(${objectiveId}, ${objectiveTeam}=E${row}, ${objectiveId}<>""), 0)))), 0)`,
      );
    });
  });
  if (teams.length > 0) {
    put(
      top + 1,
      6,
      `=OKR_ROLLUP(${range(objectives, 'progress')}, ${range(objectives, 'weight')}, ${objectiveTeam}, E${top + 1}:E${top + teams.length})`,
    );
  }

  return {
    cells,
    percentCells: [
      { row: 7, column: 2, rows: 1 },
      { row: top + 1, column: 2, rows: chartObjectives },
      { row: top + 1, column: 6, rows: Math.max(teams.length, 1) },
    ],
    dateCells: [{ row: 4, column: 2, rows: 3 }],
    headerRows: [top],
    captionCell: { row: top - 1, column: 7 },
    chartTitle: label.chartTitle,
    chartRows: chartObjectives + 1,
  };
}
