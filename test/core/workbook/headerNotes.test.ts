import { KEY_RESULT_TYPE_WORDS } from '../../../src/core/formulas/progress';
import { STATUS_LABELS } from '../../../src/core/formulas/status';
import { headerNote as noteIn, plannedHeaderNotes } from '../../../src/core/workbook/headerNotes';
import { HEADER_NOTES } from '../../../src/core/workbook/headerNoteTexts';
import { type ExistingSheet, planWorkbook } from '../../../src/core/workbook/plan';
import {
  KEY_RESULTS_SHEET,
  PEOPLE_SHEET,
  WORKBOOK_SHEETS,
} from '../../../src/core/workbook/schema';

const today = new Date(2026, 1, 15);
const headerNote = (sheetKey: string, columnKey: string, language: 'en' | 'es') =>
  noteIn(HEADER_NOTES, sheetKey, columnKey, language);

describe('header notes', () => {
  it('exist for every column and setting of the template, in both languages', () => {
    for (const spec of WORKBOOK_SHEETS) {
      for (const column of spec.columns) {
        for (const language of ['en', 'es'] as const) {
          const note = headerNote(spec.key, column.key, language);
          expect({ sheet: spec.key, column: column.key, language, note }).toEqual(
            expect.objectContaining({ note: expect.stringMatching(/\S.{15,}/) }),
          );
          // Short enough to read in the note's popup.
          expect(note!.length).toBeLessThanOrEqual(200);
        }
      }
    }
    // No note for a column the schema does not have (a typo would never show).
    for (const [sheetKey, notes] of Object.entries(HEADER_NOTES)) {
      const spec = WORKBOOK_SHEETS.find((candidate) => candidate.key === sheetKey)!;
      expect(Object.keys(notes).sort()).toEqual(spec.columns.map((column) => column.key).sort());
    }
  });

  it('name the accepted words: every KR type, the confidence labels', () => {
    const type = `${headerNote('keyResults', 'type', 'en')} ${headerNote('keyResults', 'type', 'es')}`;
    for (const word of KEY_RESULT_TYPE_WORDS.filter((word) => word !== 'automatico')) {
      expect(type).toContain(word);
    }
    for (const language of ['en', 'es'] as const) {
      const confidence = headerNote('keyResults', 'confidence', language)!;
      for (const label of Object.values(STATUS_LABELS[language]))
        expect(confidence).toContain(label);
    }
    expect(headerNote('people', 'nextOneOnOne', 'es')).toMatch(/^Opcional/);
  });
});

function existing(header: string[], headerNotes: unknown[]): ExistingSheet {
  return {
    name: 'People',
    lastColumn: header.length,
    header,
    row2Values: [],
    row2Formulas: [],
    headerNotes,
  };
}

describe('planned header notes', () => {
  const people = PEOPLE_SHEET.columns.map((column) => column.header.en);
  const note = (key: string, language: 'en' | 'es' = 'en') => headerNote('people', key, language)!;

  it('fill every header of a new sheet', () => {
    const plan = planWorkbook({ tables: {}, locale: 'es_AR', today, headerNotes: HEADER_NOTES });
    const keyResults = plan.tables.find((table) => table.spec.key === KEY_RESULTS_SHEET.key)!;
    expect(keyResults.headerNotes).toEqual(
      KEY_RESULTS_SHEET.columns.map((column) => headerNote('keyResults', column.key, 'es')),
    );
    expect(plan.settings.labelNotes?.[0]).toBe(headerNote('settings', 'language', 'es'));
  });

  it('keep a person’s note, replace blank and the add-on’s own (either language)', () => {
    const notes = ['My own words', '', note('team', 'es'), note('managerEmail'), '', ''];
    const planned = plannedHeaderNotes(
      HEADER_NOTES,
      PEOPLE_SHEET,
      Object.fromEntries(PEOPLE_SHEET.columns.map((column, index) => [column.key, index])),
      notes,
      'en',
    );
    expect(planned).toEqual([
      'My own words',
      note('email'),
      note('team'),
      note('managerEmail'),
      note('oneOnOneSchedule'),
      note('nextOneOnOne'),
      // A column without a note yet (added by an upgrade) gets its own.
      note('nudgesPausedUntil'),
    ]);
  });

  it('leave the notes of a person’s own columns, and write nothing when all are in place', () => {
    const header = ['Name', 'Desk', ...people.slice(1)];
    const ownNotes = [
      note('name'),
      'Where they sit',
      ...people.slice(1).map((_, index) => note(PEOPLE_SHEET.columns[index + 1]!.key)),
    ];
    const plan = planWorkbook({
      tables: { people: existing(header, ownNotes) },
      locale: 'en_US',
      today,
      headerNotes: HEADER_NOTES,
    });
    expect(plan.tables.find((table) => table.spec.key === 'people')!.headerNotes).toBeNull();

    const blankDesk = planWorkbook({
      tables: { people: existing(header, [note('name'), '', '', '', '', '', ''].slice(0, 7)) },
      locale: 'en_US',
      today,
      headerNotes: HEADER_NOTES,
    });
    // The Desk column is the person's: no note is put on it, the others get theirs.
    expect(blankDesk.tables.find((table) => table.spec.key === 'people')!.headerNotes).toEqual([
      note('name'),
      '',
      ...PEOPLE_SHEET.columns.slice(1).map((column) => note(column.key)),
    ]);
  });

  it('change language with the workbook, as the add-on wrote them', () => {
    const header = [...people];
    const english = PEOPLE_SHEET.columns.map((column) => note(column.key, 'en'));
    const plan = planWorkbook({
      tables: { people: existing(header, english) },
      settings: { name: 'Settings', rows: [['Language', 'Español']], valueFormulas: [''] },
      locale: 'en_US',
      today,
      headerNotes: HEADER_NOTES,
    });
    expect(plan.tables.find((table) => table.spec.key === 'people')!.headerNotes).toEqual(
      PEOPLE_SHEET.columns.map((column) => note(column.key, 'es')),
    );
  });
});
