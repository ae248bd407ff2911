import { isSheetNamed, mapColumns } from '../../src/core/workbook/headers';
import { KEY_RESULTS_SHEET, PEOPLE_SHEET, WORKBOOK_SHEETS } from '../../src/core/workbook/schema';

describe('mapColumns', () => {
  it('finds columns by name in either language, in any order, ignoring user columns', () => {
    const header = ['Mi nota', 'META', 'id', 'Resultado clave', 'Current', 'inicio'];
    const { indexByKey, missing } = mapColumns(header, KEY_RESULTS_SHEET);
    expect(indexByKey).toMatchObject({ target: 1, id: 2, keyResult: 3, current: 4, start: 5 });
    expect(missing).toContain('owner');
    expect(missing).not.toContain('target');
  });

  it('accepts aliases and ignores accents and case', () => {
    const { indexByKey } = mapColumns(
      ['NOMBRE', 'correo electronico', 'Próximo 1:1'],
      PEOPLE_SHEET,
    );
    expect(indexByKey).toEqual({ name: 0, email: 1, nextOneOnOne: 2 });
  });

  it('takes the left-most column when a header repeats', () => {
    expect(mapColumns(['ID', 'ID'], KEY_RESULTS_SHEET).indexByKey.id).toBe(0);
  });
});

describe('the schema', () => {
  it('gives every sheet distinct column keys and distinct headers in each language', () => {
    for (const sheet of WORKBOOK_SHEETS) {
      const keys = sheet.columns.map((column) => column.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const language of ['en', 'es'] as const) {
        const headers = sheet.columns.map((column) => column.header[language].toLowerCase());
        expect(new Set(headers).size).toBe(headers.length);
      }
    }
  });

  it('recognises a sheet renamed to the other language', () => {
    expect(isSheetNamed(KEY_RESULTS_SHEET, 'resultados CLAVE')).toBe(true);
    expect(isSheetNamed(KEY_RESULTS_SHEET, 'Key Results')).toBe(true);
    expect(isSheetNamed(KEY_RESULTS_SHEET, 'Objetivos')).toBe(false);
  });
});
