// A column is the add-on's by its header in the sheet's language; a header in the other
// language is taken only when no column has the first and the column is empty or holds
// what the add-on writes there. A person's column is never taken over, and Review OKRs
// points the ambiguous case out.
import type { Emulator } from '../../emulator';
import { lastToast } from './fixtures/observations';
import { freshEmulator } from './fixtures/workbookFixture';

function englishWorkbookWith(first: string, values: readonly string[]): Emulator {
  const emulator = freshEmulator('en_US');
  emulator.writeSheet('Objectives', [
    ['ID', 'Objective', 'Level', 'Team', 'Owner', 'Parent ID', 'Weight'],
    ['O1', 'Sell better', 'Team', 'Sales', 'ana@x.com', '', 1],
  ]);
  emulator.writeSheet('Key Results', [
    [
      first,
      'ID',
      'Objective ID',
      'Key result',
      'Owner',
      'Type',
      'Start',
      'Target',
      'Unit',
      'Weight',
    ],
    [values[0], 'KR1', 'O1', 'Sell', 'ana@x.com', '', 0, 10, '', 1],
    [values[1], 'KR2', 'O1', 'Buy', 'ana@x.com', '', 0, 10, '', 1],
  ]);
  return emulator;
}

describe("a person's column named like the add-on's in the other language", () => {
  it('is not taken for Status by create/upgrade: their values stay, a Status column is added', () => {
    const emulator = englishWorkbookWith('Estado', ['kick-off done', 'pending']);
    emulator.run('createOrUpgradeWorkbook');
    const values = emulator.sheetValues('Key Results');
    expect(values.slice(1, 3).map((row) => row[0])).toEqual(['kick-off done', 'pending']);
    expect(emulator.sheetFormulas('Key Results')[1]![0]).toBe('');
    const header = values[0]!;
    expect(header).toContain('Status');
    expect(header.indexOf('Status')).toBeGreaterThan(0);
    expect(emulator.sheetFormulas('Key Results')[1]![header.indexOf('Status')]).toMatch(
      /^=KR_STATUS\(/,
    );
  });

  it('is not read as Current by the sidebar, nor written by a check-in', () => {
    const emulator = englishWorkbookWith('Actual', ['my note', 'other note']);
    emulator.run('createOrUpgradeWorkbook');
    const header = emulator.sheetValues('Key Results')[0]!;
    expect(header.indexOf('Current')).toBeGreaterThan(0);
    emulator.writeSheet('People', [['Ana', 'ana@x.com', 'Sales', '', '', '']], 2);
    const user = { email: 'ana@x.com', locale: 'en' };
    emulator.callFromClient(
      'saveCheckIn',
      [{ keyResultId: 'KR1', value: '4', confidence: 'green', comment: '' }],
      { user },
    );
    const row = emulator.sheetValues('Key Results')[1]!;
    expect(row[0]).toBe('my note');
    expect(row[header.indexOf('Current')]).toBe(4);
  });

  it('is taken when it is empty: no second column is added', () => {
    const emulator = englishWorkbookWith('Confianza', ['', '']);
    emulator.run('createOrUpgradeWorkbook');
    const header = emulator.sheetValues('Key Results')[0]!;
    expect(header).not.toContain('Confidence');
    expect(lastToast(emulator)).not.toContain('Confidence');
  });

  it('is pointed out by Review OKRs while the sheet has no Status column', () => {
    const emulator = englishWorkbookWith('Estado', ['kick-off done', 'pending']);
    emulator.writeSheet('People', [
      ['Name', 'Email', 'Team', 'Manager email', '1:1 schedule', 'Next 1:1'],
      ['Ana', 'ana@x.com', 'Sales', '', '', ''],
    ]);
    emulator.run('reviewOkrs');
    const problems = emulator.sheetValues('OKR review').map((row) => String(row[2]));
    expect(problems).toContain(
      'Column A is headed "Estado", the Spanish name of Status, but holds other values: the add-on does not use it as Status.',
    );
  });
});
