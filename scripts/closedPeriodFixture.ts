// Writes test/emulator/fixtures/closedPeriodWorkbook.json: the example OKRs as a given
// build of the add-on makes them (Create workbook, Insert example OKRs, a check-in), with
// 2026-Q4 closed and its key results carried into 2027-Q1. The upgrade test opens it with
// today's build. Usage: node scripts/run-ts.mjs scripts/closedPeriodFixture.ts <dist dir> <label>
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEmulator } from '../emulator';
import { saveWorkbook } from '../test/emulator/fixtures/savedWorkbook';

const [distDir, label = 'unnamed build'] = process.argv.slice(2);
if (!distDir) throw new Error('usage: closedPeriodFixture.ts <dist dir> <label>');
const emulator = createEmulator({
  distDir: resolve(distDir),
  now: new Date('2026-11-22T15:00:00Z'),
  locale: 'en_US',
  user: { email: 'owner@example.com', locale: 'en' },
});
emulator.run('createOrUpgradeWorkbook');
emulator.run('insertExampleOkrs');
emulator.callFromClient(
  'saveCheckIn',
  [{ keyResultId: 'KR2.1', value: 70, confidence: 'yellow', comment: 'Before the close' }],
  { user: { email: 'martin@example.com' } },
);
emulator.clock.set(new Date('2026-12-31T20:00:00Z'));
for (const answer of ['YES', 'OK', 'YES', 'OK', 'YES', 'OK'] as const)
  emulator.ui.queueResponse(answer);
emulator.run('closePeriod');
const target = resolve('test/emulator/fixtures/closedPeriodWorkbook.json');
writeFileSync(target, `${JSON.stringify(saveWorkbook(emulator, label))}\n`);
console.log(`wrote ${target}`);
