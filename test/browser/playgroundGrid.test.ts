// What the playground's grid draws for a sheet: display values, and status colours from
// the recorded conditional-format rules evaluated per cell (first matching rule wins,
// custom formulas with their relative references moved along, as Sheets applies them).
import { createEmulator } from '../../emulator/index';
import { sheetView, shiftRelativeReferences } from '../../playground/gridView';

describe('shiftRelativeReferences', () => {
  it('moves relative rows and columns, keeps $-anchored parts, strings and sheet names', () => {
    expect(shiftRelativeReferences('=$B2>5', 3, 4)).toBe('=$B5>5');
    expect(shiftRelativeReferences('=AND(B2<>"", C$1="B2")', 1, 1)).toBe('=AND(C3<>"", D$1="B2")');
    expect(shiftRelativeReferences("='Hoja A1'!A1+LOG10(A1)", 1, 0)).toBe(
      "='Hoja A1'!A2+LOG10(A2)",
    );
    expect(shiftRelativeReferences('=A1', 0, 0)).toBe('=A1');
  });
});

describe('sheetView', () => {
  const emulator = createEmulator({ locale: 'es_ES' });
  emulator.writeSheet('Datos', [
    ['Nombre', 'Valor', 'Estado'],
    ['uno', 2, 'En camino'],
    ['dos', 7, 'Desviado'],
    ['tres', 12, 'en riesgo'],
    ['<b>cuatro</b>', '', ''],
  ]);
  emulator.execute(({ SpreadsheetApp }) => {
    const sheet = SpreadsheetApp.getActive().getSheetByName('Datos')!;
    sheet.setFrozenRows(1);
    sheet.getRange('A1:C1').setFontWeight('bold').setBackground('#1f3864');
    const rule = () => SpreadsheetApp.newConditionalFormatRule();
    sheet.setConditionalFormatRules([
      rule()
        .whenTextEqualTo('Desviado')
        .setBackground('#f4c7c3')
        .setRanges([sheet.getRange('C2:C5')])
        .build(),
      rule()
        .whenTextContains('RIESGO')
        .setBackground('#fce8b2')
        .setRanges([sheet.getRange('C2:C5')])
        .build(),
      // Lower priority than the text rules on column C; on A it is the only rule.
      rule()
        .whenFormulaSatisfied('=$B2>5')
        .setBold(true)
        .setFontColor('#a50e0e')
        .setRanges([sheet.getRange('A2:C5')])
        .build(),
      rule()
        .whenNumberBetween(1, 3)
        .setBackground('#b7e1cd')
        .setRanges([sheet.getRange('B2:B5')])
        .build(),
      rule()
        .whenCellEmpty()
        .setBackground('#eeeeee')
        .setRanges([sheet.getRange('B5')])
        .build(),
    ]);
  });
  const view = sheetView(emulator.workbook, emulator.sheet('Datos'));
  const style = (row: number, column: number) => view.styles[view.styleIds[row - 1][column - 1]];

  it('shows display values in the locale and the frozen header', () => {
    expect(view.cells[0].slice(0, 3)).toEqual(['Nombre', 'Valor', 'Estado']);
    expect(view.cells[4][0]).toBe('<b>cuatro</b>');
    expect(view.frozenRows).toBe(1);
    expect(style(1, 1)).toEqual({ background: '#1f3864', bold: true });
    expect(style(2, 2).align).toBe('right');
  });

  it('colours each cell by the first rule that matches it', () => {
    expect(style(3, 3).background).toBe('#f4c7c3');
    expect(style(4, 3).background).toBe('#fce8b2');
    // Row 3's custom formula ($B3 = 7 > 5) is shadowed on C by the text rule, applies on A and B.
    expect(style(3, 3).bold).toBeUndefined();
    expect(style(3, 1)).toMatchObject({ bold: true, color: '#a50e0e' });
    expect(style(2, 1).bold).toBeUndefined();
    expect(style(4, 1)).toMatchObject({ bold: true, color: '#a50e0e' });
    expect(style(2, 2).background).toBe('#b7e1cd');
    expect(style(3, 2).background).toBeUndefined();
    expect(style(5, 2).background).toBe('#eeeeee');
    expect(style(2, 3).background).toBeUndefined();
  });
});

describe('sheetView of hidden rows', () => {
  it('lists the rows the add-on hid, so the page draws them hidden, and none once shown again', () => {
    const emulator = createEmulator({ locale: 'es_ES' });
    emulator.writeSheet('Datos', [['Nombre'], ['uno'], ['dos'], ['tres']]);
    const hide = (hidden: boolean) =>
      emulator.execute(({ SpreadsheetApp }) => {
        const sheet = SpreadsheetApp.getActive().getSheetByName('Datos')!;
        if (hidden) sheet.hideRows(3, 2);
        else sheet.showRows(3, 2);
      });
    hide(true);
    const view = sheetView(emulator.workbook, emulator.sheet('Datos'));
    expect(view.hiddenRows).toEqual([3, 4]);
    expect(view.cells[2]![0]).toBe('dos');
    hide(false);
    expect(sheetView(emulator.workbook, emulator.sheet('Datos')).hiddenRows).toEqual([]);
  });
});
