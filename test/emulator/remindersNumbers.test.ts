// Values in the KR's own format: the emails (text and HTML), the reminder preview, the
// sidebar's context and the review sheet write a key result's numbers as its cells show
// them (percent as %, money with its symbol, the unit), never as raw fractions.
import type { Emulator } from '../../emulator';
import type { CheckInContext } from '../../src/core/checkIn/context';
import type { Language } from '../../src/core/i18n/language';
import { formattedTeam, LEAD } from './fixtures/formattedKeyResults';
import { onDay } from './fixtures/remindersWorkbook';

interface PreviewEmail {
  readonly to: string;
  readonly body: string;
  readonly htmlBody: string;
}

const valueLines = (body: string) => body.split('\n').filter((line) => line.includes('→'));

const EXPECTED: Record<Language, string[]> = {
  en: [
    '  Current → target: 11% → 7%',
    '  Current → target: $3,700,000 → $10,000,000',
    '  Current → target: 12.5 → 40 users',
  ],
  es: [
    '  Actual → meta: 11% → 7%',
    '  Actual → meta: $3.700.000 → $10.000.000',
    '  Actual → meta: 12,5 → 40 usuarios',
  ],
};

function setUp(language: Language): Emulator {
  const emulator = formattedTeam(language);
  emulator.run('setUpReminders');
  return emulator;
}

describe.each(['en', 'es'] as const)('numbers in the KR’s own format (%s)', (language) => {
  it('the reminder preview', () => {
    const emulator = setUp(language);
    const preview = emulator.callFromClient('previewRemindersOn', ['2026-01-13']) as {
      emails: PreviewEmail[];
    };
    expect(preview.emails).toHaveLength(1);
    const [email] = preview.emails;
    expect(valueLines(email!.body)).toEqual(EXPECTED[language]);
    expect(email!.body).toMatchSnapshot();
  });

  it('the email sent, text and HTML alike', () => {
    const emulator = setUp(language);
    onDay(emulator, '2026-01-13');
    expect(emulator.outbox.map((sent) => sent.to)).toEqual([LEAD]);
    const [sent] = emulator.outbox;
    expect(valueLines(sent!.body)).toEqual(EXPECTED[language]);
    expect(sent!.body).toMatchSnapshot();
    for (const line of EXPECTED[language]) {
      const value = line.split(': ')[1]!.replace('→', '→');
      expect(sent!.htmlBody).toContain(`>${value}</td>`);
    }
    // Never the raw fraction or the unit after a symbol the cell already shows.
    expect(sent!.body).not.toMatch(/0[.,]11|0[.,]07|000 \$/);
  });

  it('the sidebar’s context carries what the cells show', () => {
    const emulator = setUp(language);
    const context = emulator.callFromClient('getCheckInContext', [], {
      user: { email: LEAD, locale: language },
    }) as CheckInContext;
    const shown = Object.fromEntries(
      context.keyResults.map((kr) => [kr.id, `${kr.currentText} | ${kr.targetText}`]),
    );
    expect(shown).toEqual({
      'KR-P': '11% | 7%',
      'KR-M': language === 'es' ? '$3.700.000 | $10.000.000' : '$3,700,000 | $10,000,000',
      'KR-U': language === 'es' ? '12,5 | 40' : '12.5 | 40',
    });
  });
});
