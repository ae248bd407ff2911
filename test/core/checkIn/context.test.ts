import { buildCheckInContext } from '../../../src/core/checkIn/context';
import { searchKeyResults } from '../../../src/core/checkIn/search';
import { parseSettings } from '../../../src/core/workbook/settings';

const settings = parseSettings(
  [
    ['Language', 'English'],
    ['Period start', new Date(2026, 9, 1)],
    ['Period end', new Date(2026, 11, 31)],
    ['As of', new Date(2026, 10, 15)],
  ],
  'en_US',
);

const people = [
  { name: 'Ana Boss', email: 'ana@example.com', managerEmail: '' },
  { name: 'Beto Rep', email: 'beto@example.com', managerEmail: 'ANA@example.com' },
  { name: 'Caro Rep', email: 'caro@example.com', managerEmail: 'ana@example.com' },
  { name: 'Dani Other', email: 'dani@example.com', managerEmail: 'zoe@example.com' },
];

const keyResult = (id: string, owner: string, current: unknown, extra = {}) => ({
  id,
  objectiveId: 'O1',
  keyResult: `KR ${id}`,
  owner,
  type: '',
  start: 0,
  target: 100,
  current,
  unit: 'leads',
  progress: '',
  expected: '',
  status: '',
  confidence: '',
  lastCheckIn: '',
  lastComment: '',
  ...extra,
});

const rows = [
  keyResult('KR1', 'ana@example.com', 80),
  keyResult('KR2', 'beto@example.com', 50, { lastComment: 'Waiting on legal' }),
  keyResult('KR3', 'caro@example.com', 5, { lastComment: 'No budget' }),
  keyResult('KR4', 'Caro Rep', 30),
  keyResult('KR5', 'dani@example.com', 0),
  keyResult('', 'ana@example.com', 1),
];

function context(email: string, identity: 'session' | 'chosen' | 'unknown' = 'session') {
  return buildCheckInContext({
    settings,
    keyResults: rows,
    objectives: [
      { id: 'O1', objective: 'Grow the pipeline' },
      { id: '', objective: 'x' },
    ],
    people,
    email,
    identity,
    today: new Date(2026, 10, 20),
  });
}

describe('buildCheckInContext', () => {
  it('lists my KRs by owner email, case-insensitively', () => {
    const result = context('Ana@Example.com');
    expect(result.mine).toEqual(['KR1']);
    expect(result.me).toEqual({ email: 'Ana@Example.com', name: 'Ana Boss' });
    expect(result.keyResults.map((kr) => kr.id)).toEqual(['KR1', 'KR2', 'KR3', 'KR4', 'KR5']);
  });

  it("lists a manager's team red first, owners written as email or name", () => {
    const result = context('ana@example.com');
    expect(result.isManager).toBe(true);
    // Expected ≈ 0.49 on Nov 15: KR3 (5%) and KR4 (30%) lag, KR2 (50%) is on track.
    expect(result.team).toEqual(['KR3', 'KR4', 'KR2']);
    const byId = new Map(result.keyResults.map((kr) => [kr.id, kr]));
    expect(byId.get('KR3')).toMatchObject({ status: 'red', lastComment: 'No budget' });
    expect(byId.get('KR4')?.status).toBe('yellow');
    expect(byId.get('KR2')?.status).toBe('green');
    expect(byId.get('KR2')?.ownerName).toBe('Beto Rep');
  });

  it("sends the spreadsheet's time zone, for the sidebar's dates ('' when unknown)", () => {
    expect(context('ana@example.com').timeZone).toBe('');
    const zoned = buildCheckInContext({
      settings,
      keyResults: rows,
      objectives: [],
      people,
      email: 'ana@example.com',
      identity: 'session',
      today: new Date(2026, 10, 20),
      timeZone: 'Europe/Madrid',
    });
    expect(zoned.timeZone).toBe('Europe/Madrid');
  });

  it('gives people who manage nobody an empty team', () => {
    const result = context('beto@example.com');
    expect(result.isManager).toBe(false);
    expect(result.team).toEqual([]);
    expect(result.mine).toEqual(['KR2']);
  });

  it('offers the People list only when the user is unknown', () => {
    const unknown = context('', 'unknown');
    expect(unknown.me).toBeNull();
    expect(unknown.mine).toEqual([]);
    expect(unknown.people.map((person) => person.email)).toContain('caro@example.com');
    expect(context('ana@example.com').people).toEqual([]);
  });

  it('prefers the sheet computed columns and sends dates as ISO text', () => {
    const result = buildCheckInContext({
      settings,
      keyResults: [
        keyResult('KR9', 'ana@example.com', 10, {
          progress: 0.9,
          expected: 0.5,
          status: 'En riesgo',
          confidence: 'Off track',
          lastCheckIn: new Date(Date.UTC(2026, 10, 14, 12)),
        }),
      ],
      objectives: [],
      people,
      email: 'ana@example.com',
      identity: 'session',
      today: new Date(2026, 10, 20),
    });
    expect(result.keyResults[0]).toMatchObject({
      progress: 0.9,
      expected: 0.5,
      status: 'yellow',
      confidence: 'red',
      lastCheckIn: '2026-11-14T12:00:00.000Z',
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('searchKeyResults', () => {
  it('matches every word across ID, title, objective and owner, accent-insensitively', () => {
    const { keyResults } = context('ana@example.com');
    const titles = new Map([['O1', 'Grow the pipeline']]);
    expect(searchKeyResults(keyResults, titles, 'pipeline caro').map((kr) => kr.id)).toEqual([
      'KR3',
      'KR4',
    ]);
    expect(searchKeyResults(keyResults, titles, 'kr5').map((kr) => kr.id)).toEqual(['KR5']);
    expect(searchKeyResults(keyResults, titles, '   ')).toEqual([]);
  });
});
