// The playground's engine without the page: the clock moves the world (time-driven
// triggers fire at their hour on each day passed) and "Viewing as" runs as that person.
import { PlaygroundEngine } from '../../playground/engine';
import { OUTSIDE_EDITOR_EMAIL } from '../../playground/people';
import type { SheetView } from '../../playground/state';
import { REMINDER_MESSAGES } from '../../src/core/reminders/messages';
import { REMINDER_LOG_SHEET, sheetName } from '../../src/core/workbook/schema';

/** 11:00 in Madrid: the 8:00 trigger is due once on each following day. */
const NOW = new Date('2026-11-20T10:00:00Z');

function reminderLog(engine: PlaygroundEngine): SheetView | undefined {
  return engine.state().sheets.find((sheet) => sheet.name === sheetName(REMINDER_LOG_SHEET, 'es'));
}

function completedRuns(engine: PlaygroundEngine): number {
  const completed = REMINDER_MESSAGES.es.logRunCompleted;
  return (reminderLog(engine)?.cells ?? []).filter((row) =>
    row.some((cell) => cell.startsWith(completed)),
  ).length;
}

describe('the playground’s clock', () => {
  let engine: PlaygroundEngine;
  beforeAll(() => {
    // Nobody at the page: the add-on's questions take their default answer.
    engine = new PlaygroundEngine('es', () => null, NOW);
    engine.execute({ type: 'menu', functionName: 'setUpReminders' });
  });

  it('fires the daily trigger at its hour on each of three days passed, logging each run', () => {
    const before = completedRuns(engine);
    engine.execute({ type: 'clock', addDays: 3 });
    const state = engine.state();
    expect(state.now).toBe('2026-11-23T10:00:00.000Z');
    expect(completedRuns(engine) - before).toBe(3);
    const runs = state.log.filter((line) => line.includes('runDailyReminders'));
    expect(runs).toHaveLength(3);
    // In order, each at 8:00 in Madrid (7:00 UTC in November).
    expect(runs.map((line) => line.slice(0, 24))).toEqual([
      '2026-11-21T07:00:00.000Z',
      '2026-11-22T07:00:00.000Z',
      '2026-11-23T07:00:00.000Z',
    ]);
    expect(state.lastAction).toEqual({ name: '+1 día', ok: true });
  });

  it('fires nothing when the date is set back, and each day since the trigger was set up when set forward', () => {
    const triggerLines = () =>
      engine.state().log.filter((line) => line.includes('runDailyReminders')).length;
    const before = triggerLines();
    engine.execute({ type: 'clock', date: '2026-11-01' });
    expect(engine.state().now).toBe('2026-11-01T10:00:00.000Z');
    expect(triggerLines()).toBe(before);
    // The trigger was created on 20 November: it fires on 21…25 November, not before.
    engine.execute({ type: 'clock', date: '2026-11-25' });
    expect(triggerLines() - before).toBe(5);
  });
});

describe('the playground’s “Viewing as”', () => {
  let engine: PlaygroundEngine;
  beforeAll(() => {
    engine = new PlaygroundEngine('en', () => null, NOW);
  });

  it('lists the People of the workbook and an outside editor, starting as the top manager', () => {
    const { people, user } = engine.state();
    expect(people).toContainEqual({ name: 'Ana Pérez', email: 'ana@example.com', outside: false });
    expect(people.at(-1)).toEqual({ name: '', email: OUTSIDE_EDITOR_EMAIL, outside: true });
    expect(people.filter((person) => !person.outside).map((person) => person.email)).not.toContain(
      OUTSIDE_EDITOR_EMAIL,
    );
    expect(user).toBe('laura@example.com');
  });

  it('runs the sidebar as the chosen person, opening it again for them', () => {
    engine.execute({ type: 'menu', functionName: 'showCheckInSidebar' });
    const shown = engine.state().sidebar?.key;
    engine.execute({ type: 'viewAs', email: 'ana@example.com' });
    const state = engine.state();
    expect(state.user).toBe('ana@example.com');
    expect(state.sidebar?.key).not.toBe(shown);
    const context = engine.execute({ type: 'run', functionName: 'getCheckInContext', args: [] });
    expect(JSON.stringify(context)).toContain('ana@example.com');
  });

  it('refuses someone who is neither in People nor the outside editor', () => {
    expect(() => engine.execute({ type: 'viewAs', email: 'nobody@example.org' })).toThrow();
    expect(engine.state().user).toBe('ana@example.com');
  });
});
