import type { SheetRow } from '../../../src/core/cycle/okrs';
import { parseSettings, type Settings } from '../../../src/core/workbook/settings';

export function settingsOf(values: Record<string, unknown>, locale = 'en_US'): Settings {
  const labels: Record<string, string> = {
    language: 'Language',
    period: 'Period',
    periodStart: 'Period start',
    periodEnd: 'Period end',
    asOf: 'As of',
    greenAt: 'Green at',
    yellowAt: 'Yellow at',
  };
  return parseSettings(
    Object.entries(values).map(([key, value]) => [labels[key], value]),
    locale,
  );
}

let nextRow = 2;
export function row(cells: Record<string, unknown>, rowNumber?: number): SheetRow {
  return { rowNumber: rowNumber ?? nextRow++, cells };
}

export const Q4 = {
  period: 'Q4 2026',
  periodStart: '2026-10-01',
  periodEnd: '2026-12-31',
  asOf: '2026-11-22',
};
