// Who the person at the page can act as: the People of the workbook the add-on made (read
// from its People sheet, headers in either language), plus an editor who is not in People.
import type { Workbook } from '../emulator/index';
import { isSheetNamed, mapColumns } from '../src/core/workbook/headers';
import { PEOPLE_SHEET } from '../src/core/workbook/schema';
import type { PersonView } from './state';

/** Someone with edit access who is not in People (the add-on must ask who they are). */
export const OUTSIDE_EDITOR_EMAIL = 'guest@example.net';

interface PeopleRow {
  readonly name: string;
  readonly email: string;
  readonly managerEmail: string;
}

function peopleRows(workbook: Workbook): PeopleRow[] {
  const people = workbook.sheets.find((sheet) => isSheetNamed(PEOPLE_SHEET, sheet.name));
  if (!people) return [];
  const { lastRow, lastColumn } = workbook.extent(people);
  if (lastRow < 2) return [];
  const rows = workbook.values(people, { row: 1, column: 1, rows: lastRow, columns: lastColumn });
  const { indexByKey } = mapColumns(rows[0], PEOPLE_SHEET);
  const cell = (row: readonly unknown[], key: string) => {
    const index = indexByKey[key];
    return index === undefined ? '' : String(row[index] ?? '').trim();
  };
  return rows
    .slice(1)
    .map((row) => ({
      name: cell(row, 'name'),
      email: cell(row, 'email'),
      managerEmail: cell(row, 'managerEmail'),
    }))
    .filter((row) => row.email.includes('@'));
}

/** The People of the workbook, then the outside editor (whose email People does not list). */
export function peopleOf(workbook: Workbook): PersonView[] {
  const listed = peopleRows(workbook);
  const seen = new Set<string>();
  const people: PersonView[] = [];
  for (const row of listed) {
    const key = row.email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    people.push({ name: row.name || row.email, email: row.email, outside: false });
  }
  people.push({ name: '', email: OUTSIDE_EDITOR_EMAIL, outside: true });
  return people;
}

/** The example's top manager (nobody above them), so every team's key results are theirs. */
export function topManagerOf(workbook: Workbook): string | undefined {
  const listed = peopleRows(workbook);
  return (listed.find((row) => row.managerEmail === '') ?? listed[0])?.email;
}
