// The Dashboard's formulas as the template writes them (dashboardLayout), in a real
// spreadsheet engine over sheets laid out as the template lays them out.
import type { HyperFormula } from 'hyperformula';
import { createFormulaEngine, translateOpenRanges } from '../../emulator/customFunctionPlugin';
import { DASHBOARD_TABLE_ROW, dashboardLayout } from '../../src/core/workbook/dashboard';
import {
  KEY_RESULTS_SHEET,
  KPIS_SHEET,
  OBJECTIVES_SHEET,
  SETTINGS_SHEET,
  type SheetSpec,
} from '../../src/core/workbook/schema';
import { customFunctions } from '../../src/server/customFunctions';

type Row = unknown[];

const indexByKey = (spec: SheetSpec) =>
  Object.fromEntries(spec.columns.map((column, index) => [column.key, index]));

/** Rows of `spec`'s sheet from objects by column key, header first. */
function sheetRows(spec: SheetSpec, rows: readonly Record<string, unknown>[]): Row[] {
  return [
    spec.columns.map((column) => column.header.en),
    ...rows.map((row) => spec.columns.map((column) => row[column.key] ?? '')),
  ];
}

function workbook(sheets: Record<string, Row[]>): HyperFormula {
  const lastRowOf = (name: string | undefined) => sheets[name ?? '']?.length ?? 1;
  const translated: Record<string, Row[]> = {};
  for (const [name, rows] of Object.entries(sheets)) {
    translated[name] = rows.map((row) =>
      row.map((cell) =>
        typeof cell === 'string' && cell.startsWith('=')
          ? translateOpenRanges(cell, (sheet) => lastRowOf(sheet ?? name))
          : cell,
      ),
    );
  }
  return createFormulaEngine(translated, customFunctions);
}

const objectives = [
  { id: 'O-1', objective: 'Grow', team: 'Sales', weight: 1, progress: 0.5 },
  { id: 'O-2', objective: 'Ship', team: 'Product', weight: 1, progress: 0.2 },
  // The same team spelled another way: one row of the table.
  { id: 'O-3', objective: 'Keep', team: 'sales', weight: 1, progress: 0.9 },
  // A team but no ID yet: its row must not pick up the KRs without an objective.
  { id: '', objective: 'Draft', team: 'Product' },
];
const keyResults = [
  { id: 'KR-1', objectiveId: 'O-1', status: 'On track' },
  { id: 'KR-2', objectiveId: 'O-1', status: 'At risk' },
  { id: 'KR-3', objectiveId: 'O-1', status: 'On track' },
  { id: 'KR-4', objectiveId: 'O-3', status: 'Off track' },
  { id: 'KR-5', objectiveId: 'O-2', status: 'At risk' },
  { id: 'KR-6', objectiveId: 'O-2', status: 'At risk' },
  { id: 'KR-7', objectiveId: '', status: 'On track' },
  { id: 'KR-8', objectiveId: 'O-9', status: 'On track' },
];

function dashboard(language: 'en' | 'es' = 'en') {
  const settingsRows = SETTINGS_SHEET.columns.map((setting) => [setting.header.en, '']);
  const rowByKey = Object.fromEntries(
    SETTINGS_SHEET.columns.map((setting, index) => [setting.key, index + 1]),
  );
  const layout = dashboardLayout({
    language,
    objectives: { name: 'Objectives', indexByKey: indexByKey(OBJECTIVES_SHEET) },
    keyResults: { name: 'Key Results', indexByKey: indexByKey(KEY_RESULTS_SHEET) },
    kpis: { name: 'KPIs', indexByKey: indexByKey(KPIS_SHEET) },
    settings: { name: 'Settings', rowByKey },
    objectiveTeams: objectives.map((objective) => objective.team),
    objectiveCount: objectives.length,
  });
  const statuses =
    language === 'en'
      ? keyResults
      : keyResults.map((kr) => ({ ...kr, status: spanish(kr.status) }));
  const engine = workbook({
    Objectives: sheetRows(OBJECTIVES_SHEET, objectives),
    'Key Results': sheetRows(KEY_RESULTS_SHEET, statuses),
    KPIs: sheetRows(KPIS_SHEET, []),
    Settings: settingsRows,
    Dashboard: layout.cells.map((row) => [...row]),
  });
  const values = engine.getSheetValues(engine.getSheetId('Dashboard')!);
  return { layout, values };
}

function spanish(status: string): string {
  return { 'On track': 'En camino', 'At risk': 'En riesgo', 'Off track': 'Desviado' }[status]!;
}

describe('the Dashboard team table', () => {
  it('counts each team’s key results by status, through their objective’s team', () => {
    const { values } = dashboard();
    const top = DASHBOARD_TABLE_ROW - 1;
    expect(values[top]?.slice(4, 9)).toEqual([
      'Team',
      'Progress',
      'On track',
      'At risk',
      'Off track',
    ]);
    // Sales: O-1 (2 on track, 1 at risk) and O-3 (1 off track); Product: O-2 (2 at risk).
    // KR-7 (no objective) and KR-8 (an unknown objective) belong to no team.
    expect(values[top + 1]?.slice(4, 5).concat(values[top + 1]!.slice(6, 9))).toEqual([
      'Sales',
      2,
      1,
      1,
    ]);
    expect(values[top + 2]?.slice(4, 5).concat(values[top + 2]!.slice(6, 9))).toEqual([
      'Product',
      0,
      2,
      0,
    ]);
  });

  it('says above the counts that they are key results, in the workbook language', () => {
    for (const [language, caption] of [
      ['en', 'Key results'],
      ['es', 'Resultados clave'],
    ] as const) {
      const { layout, values } = dashboard(language);
      const { row, column } = layout.captionCell;
      expect(values[row - 1]?.[column - 1]).toBe(caption);
      expect(row).toBe(DASHBOARD_TABLE_ROW - 1);
      // The Spanish labels count the same: Sales 2 En camino, 1 En riesgo, 1 Desviado.
      expect(values[DASHBOARD_TABLE_ROW]?.slice(6, 9)).toEqual([2, 1, 1]);
    }
  });

  it('agrees with the key-results-by-status block: every KR with a team counted once', () => {
    const { values } = dashboard();
    const byStatus = [3, 4, 5].map((row) => values[row]?.[4]);
    // The block counts all eight KRs; the team rows the six under a known objective.
    expect(byStatus).toEqual([4, 3, 1]);
    const teamTotal = [DASHBOARD_TABLE_ROW, DASHBOARD_TABLE_ROW + 1]
      .flatMap((row) => values[row]!.slice(6, 9))
      .reduce((sum: number, count) => sum + Number(count), 0);
    expect(teamTotal).toBe(6);
  });
});
