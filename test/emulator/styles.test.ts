import { createEmulator } from '../../emulator/index';
import { shiftReferences } from '../../emulator/styles';

describe('cell styles with conditional formats applied', () => {
  it('the first matching rule paints the cell; text rules ignore case; custom formulas follow the row', () => {
    const emulator = createEmulator();
    emulator.writeSheet('KRs', [
      ['Status', 'Progress'],
      ['Off track', 0.1],
      ['on track', 0.9],
      ['', 0.5],
    ]);
    emulator.execute(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('KRs')!;
      const status = sheet.getRange('A2:A4');
      const progress = sheet.getRange('B2:B4');
      sheet.setConditionalFormatRules([
        SpreadsheetApp.newConditionalFormatRule()
          .whenTextEqualTo('On track')
          .setBackground('#B7E1CD')
          .setRanges([status])
          .build(),
        SpreadsheetApp.newConditionalFormatRule()
          .whenTextEqualTo('Off track')
          .setBackground('#F4CCCC')
          .setFontColor('#990000')
          .setRanges([status])
          .build(),
        SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied('=$B2<0.3')
          .setBold(true)
          .setRanges([status])
          .build(),
        SpreadsheetApp.newConditionalFormatRule()
          .setGradientMinpointWithValue('#ff0000', SpreadsheetApp.InterpolationType.NUMBER, '0')
          .setGradientMaxpointWithValue('#00ff00', SpreadsheetApp.InterpolationType.NUMBER, '1')
          .setRanges([progress])
          .build(),
      ]);
    });
    const styles = emulator.sheetStyles('KRs');
    expect(styles[1][0]).toMatchObject({
      background: '#f4cccc',
      fontColor: '#990000',
      bold: false,
    });
    expect(styles[2][0]).toMatchObject({ background: '#b7e1cd' });
    expect(styles[3][0]).toMatchObject({ background: '#ffffff', bold: false });
    expect(styles[0][0].background).toBe('#ffffff');
    expect(styles.slice(1).map((row) => row[1].background)).toEqual([
      '#e61a00',
      '#1ae600',
      '#808000',
    ]);
  });

  it('a custom formula rule applies where the formula holds for that row', () => {
    const emulator = createEmulator();
    emulator.writeSheet('Data', [[1], [5], [9]]);
    emulator.execute(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!;
      sheet.setConditionalFormatRules([
        SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied('=A1>4')
          .setBackground('#000000')
          .setRanges([sheet.getRange('A1:A3')])
          .build(),
      ]);
    });
    expect(emulator.sheetStyles('Data').map((row) => row[0].background)).toEqual([
      '#ffffff',
      '#000000',
      '#000000',
    ]);
  });

  it('shifts relative references only', () => {
    expect(shiftReferences('=AND($B2<0.3, C$1="x", "A1")', 2, 1)).toBe(
      '=AND($B4<0.3, D$1="x", "A1")',
    );
  });
});
