// The daily run's cost does not grow with the workbook: the same service calls at 100 KRs
// as at 10,000 KRs with 200,000 check-ins, and exactly one email per manager with
// something red.
import { createEmulator, type Emulator } from '../../emulator';
import { writeWorkbook } from './fixtures/remindersWorkbook';
import type { Row } from './fixtures/tables';

const MANAGERS = 20;
const REPORTS_PER_MANAGER = 5;
const REPORTS = MANAGERS * REPORTS_PER_MANAGER;
// Managers 0, 3, 6, … 18 have a report with red KRs: 7 of the 20.
const RED_MANAGERS = Array.from({ length: MANAGERS }, (_, index) => index).filter(
  (index) => index % 3 === 0,
);

function reportOf(index: number): string {
  return `report${index}@example.com`;
}

function buildEmulator(
  keyResultCount: number,
  checkInsPerKeyResult: number,
  nudgeFrequency = 'Off',
): Emulator {
  const emulator = createEmulator({ timeZone: 'UTC', now: new Date('2026-02-13T08:00:00Z') });
  const people: Row[] = [];
  for (let manager = 0; manager < MANAGERS; manager++) {
    people.push({ name: `Lead ${manager}`, email: `lead${manager}@example.com` });
    for (let report = 0; report < REPORTS_PER_MANAGER; report++) {
      const index = manager * REPORTS_PER_MANAGER + report;
      people.push({
        name: `Report ${index}`,
        email: reportOf(index),
        managerEmail: `lead${manager}@example.com`,
        oneOnOneSchedule: '15',
      });
    }
  }
  const keyResults: Row[] = [];
  const checkIns: Row[] = [];
  for (let index = 0; index < keyResultCount; index++) {
    const report = index % REPORTS;
    const manager = Math.floor(report / REPORTS_PER_MANAGER);
    // Half-way through the quarter: 10% done is red, 60% is green.
    const red = RED_MANAGERS.includes(manager) && report % REPORTS_PER_MANAGER === 0;
    keyResults.push({
      id: `KR-${index}`,
      objectiveId: `O-${index % 50}`,
      keyResult: `Key result ${index}`,
      owner: reportOf(report),
      start: 0,
      target: 100,
      current: red ? 10 : 60,
    });
    for (let checkIn = 0; checkIn < checkInsPerKeyResult; checkIn++) {
      checkIns.push({
        timestamp: 46000 + checkIn,
        keyResultId: `KR-${index}`,
        value: checkIn,
        confidence: 'On track',
        comment: `Check-in ${checkIn}`,
        author: reportOf(report),
      });
    }
  }
  writeWorkbook(emulator, {
    settings: {
      language: 'English',
      periodStart: '2026-01-01',
      periodEnd: '2026-04-01',
      asOf: '2026-01-01',
      reminderDaysBefore: 2,
      nudgeFrequency,
    },
    people,
    objectives: Array.from({ length: 50 }, (_, index) => ({
      id: `O-${index}`,
      objective: `Objective ${index}`,
    })),
    keyResults,
    checkIns,
  });
  emulator.run('setUpReminders');
  return emulator;
}

function measure(emulator: Emulator) {
  emulator.resetCounters();
  const started = process.cpuUsage();
  const outcomes = emulator.fireDailyTriggers();
  const cpu = process.cpuUsage(started);
  expect(outcomes).toEqual([{ ok: true, value: undefined }]);
  const { byMethod, total, mail } = emulator.counters;
  return { byMethod: { ...byMethod }, total, mail, cpuMs: (cpu.user + cpu.system) / 1000 };
}

describe('daily run budget', () => {
  it('makes the same service calls at 100 KRs and at 10,000 KRs with 200,000 check-ins', () => {
    const small = measure(buildEmulator(100, 2));
    const large = measure(buildEmulator(10_000, 20));
    console.log(
      `reminder run: ${small.total} service calls at 100 KRs (${small.cpuMs.toFixed(0)} ms CPU), ` +
        `${large.total} at 10,000 KRs + 200,000 check-ins (${large.cpuMs.toFixed(0)} ms CPU)`,
    );
    expect(large.byMethod).toEqual(small.byMethod);
    // One read per sheet: Settings, Reminder log, People, Key Results, Objectives, Check-ins;
    // Settings again right before As of is written; and the live key results' run reads
    // Settings (its language) and Key Results (no live one here: Check-ins is not read).
    expect(small.byMethod['Range.getValues']).toBe(9);
    // And once more what the Key Results cells show, for the values in the emails.
    expect(small.byMethod['Range.getDisplayValues']).toBe(1);
    // One write for the As of date, one per email right after its send (its log row
    // appended), and one for the rest of the log (the quiet rows and the run row).
    expect(small.byMethod['Range.setValue']).toBe(1);
    expect(small.byMethod['Sheet.appendRow']).toBe(RED_MANAGERS.length);
    expect(small.byMethod['Range.setValues']).toBe(1);
    // Emails = managers with something red, never more.
    expect(small.byMethod['MailApp.sendEmail']).toBe(RED_MANAGERS.length);
    expect(large.byMethod['MailApp.sendEmail']).toBe(RED_MANAGERS.length);
  });

  it('retries deferred reminders with the same calls at 100 KRs and at 10,000 KRs', () => {
    const retried = (keyResultCount: number, checkInsPerKeyResult: number) => {
      const emulator = buildEmulator(keyResultCount, checkInsPerKeyResult);
      emulator.faults.exhaustMailQuota();
      emulator.fireDailyTriggers();
      emulator.faults.restoreMailQuota();
      emulator.clock.set(new Date('2026-02-14T08:00:00Z'));
      return measure(emulator);
    };
    const small = retried(100, 2);
    const large = retried(10_000, 5);
    expect(large.byMethod).toEqual(small.byMethod);
    // Each deferred row is rewritten right after its email (one write each), then the run
    // row is appended; nothing else of the log is rewritten.
    expect(small.byMethod['Range.setValues']).toBe(RED_MANAGERS.length);
    expect(small.byMethod['Sheet.appendRow']).toBe(1);
    expect(small.byMethod['MailApp.sendEmail']).toBe(RED_MANAGERS.length);
  });

  it('sends the Monday check-in nudges with the same calls at 100 KRs and at 10,000 KRs', () => {
    const monday = (keyResultCount: number, checkInsPerKeyResult: number) => {
      const emulator = buildEmulator(keyResultCount, checkInsPerKeyResult, 'Weekly');
      emulator.faults.setMailQuota(1500);
      emulator.fireDailyTriggers();
      // Monday 16 February: every KR's last check-in is from December, so each report is nudged.
      emulator.clock.set(new Date('2026-02-16T08:00:00Z'));
      const result = measure(emulator);
      return { ...result, emulator };
    };
    const small = monday(100, 2);
    const large = monday(10_000, 20);
    console.log(
      `Monday run with nudges: ${small.total} service calls at 100 KRs (${small.cpuMs.toFixed(0)} ms CPU), ` +
        `${large.total} at 10,000 KRs + 200,000 check-ins (${large.cpuMs.toFixed(0)} ms CPU)`,
    );
    expect(large.byMethod).toEqual(small.byMethod);
    expect(small.byMethod['MailApp.sendEmail']).toBe(REPORTS);
    // Each nudge's row right after its send; the run row at the end.
    expect(small.byMethod['Sheet.appendRow']).toBe(REPORTS + 1);
    // At 10,000 KRs a report owns 100: the email lists them all while it stays under 100 KB.
    const biggest = Math.max(
      ...large.emulator.outbox.map((email) => Buffer.byteLength(email.body + email.htmlBody)),
    );
    expect(biggest).toBeLessThan(100 * 1024);
  });
});
