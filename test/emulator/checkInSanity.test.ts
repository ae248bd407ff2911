// The "are you sure?" rule on the server: a value the sidebar would have asked about is
// refused, with nothing written, unless the request says the person confirmed it.
import type { Emulator } from '../../emulator';
import type { Language } from '../../src/core/i18n/language';
import { sanityWorkbook, save } from './fixtures/checkInFixture';

const checkIns = (emulator: Emulator, language: Language) =>
  emulator.sheetValues(language === 'es' ? 'Seguimiento' : 'Check-ins').length - 1;

// [KR, value typed in English, asked about?]
const CASES: [string, string, boolean][] = [
  ['UP', '60', false],
  ['UP', '-60', true],
  ['UP', '1,000.5', true],
  ['DOWN', '60', false],
  ['DOWN', '131', true],
  ['DOWN', '-1', true],
  ['MIN', '80', true],
  ['MIN', '96', false],
  ['MAX', '13', true],
  ['MAX', '12', false],
  ['YESNO', 'yes', false],
  ['YESNO', 'no', false],
  ['REV', '10,000,000,000,000', true],
  ['REV', '-500', true],
  ['REV', '2,500,000', false],
];

describe('saveCheckIn: values that look like typos', () => {
  it.each(CASES)('%s ← %s (asked about: %s)', (id, value, asked) => {
    const emulator = sanityWorkbook('en');
    const payload = { keyResultId: id, value, confidence: 'green', comment: '' };
    if (!asked) {
      save(emulator, payload);
      expect(checkIns(emulator, 'en')).toBe(1);
      return;
    }
    const before = emulator.sheetValues('Key Results');
    expect(() => save(emulator, payload)).toThrow(/^Nothing was saved: .* Confirm in the sidebar/);
    expect(() => save(emulator, { ...payload, confirmed: false })).toThrow(/Nothing was saved/);
    // Nothing recorded, nothing changed on the KR.
    expect(checkIns(emulator, 'en')).toBe(0);
    expect(emulator.sheetValues('Key Results')).toEqual(before);
    // Confirmed, it is recorded as typed.
    save(emulator, { ...payload, confirmed: true });
    expect(checkIns(emulator, 'en')).toBe(1);
  });

  it('explains the refusal in Spanish in a Spanish workbook, with the numbers as Spanish writes them', () => {
    const emulator = sanityWorkbook('es');
    expect(() =>
      save(emulator, { keyResultId: 'REV', value: '-500', confidence: 'green' }),
    ).toThrow(
      'No se guardó nada: -500 es negativo, pero este resultado clave va de 0 a 10.000.000. Confírmalo en la barra lateral para guardarlo de todos modos.',
    );
    expect(checkIns(emulator, 'es')).toBe(0);
  });

  it('judges against the value in the sheet under the lock, not the one the sidebar saw', () => {
    const emulator = sanityWorkbook('en');
    // DOWN showed 80 when the sidebar opened; someone then types 40 into its Current. 95 is
    // a step back of 15 from 80, but of 55 from 40: more than the whole 100 → 50.
    const header = emulator.sheetValues('Key Results')[0];
    const column = String.fromCharCode(65 + header.indexOf('Current'));
    emulator.userEdit('Key Results', `${column}3`, 40);
    expect(() => save(emulator, { keyResultId: 'DOWN', value: '95', confidence: 'red' })).toThrow(
      'Nothing was saved: 95 moves away from the target by more than the whole way from 100 to 50. Confirm in the sidebar to save it anyway.',
    );
  });
});
