// The check-in nudge email of one owner: the same rules as the 1:1 digest (inline styles,
// every sheet text escaped and made inert, under EMAIL_SIZE_LIMIT), its own texts.
import { interpolate, type Language } from '../i18n/language';
import { MENU } from '../menu';
import {
  card,
  cut,
  EMAIL_SIZE_LIMIT,
  type EmailContext,
  emailPage,
  escapeHtml,
  factRow,
  formatDay,
  inertLinks,
  lastCheckInCell,
  paddedRow,
  type ReminderEmail,
  safeUrl,
  textStyle,
  utf8Bytes,
  WRAP,
  workbookButton,
} from '../reminders/email';
import { REMINDER_MESSAGES } from '../reminders/messages';
import { PEOPLE_SHEET } from '../workbook/schema';
import type { NudgeFrequency } from '../workbook/settings';
import { NUDGE_MESSAGES, type NudgeMessages } from './messages';
import type { NudgedKeyResult, OwnerNudge } from './plan';

export interface NudgeEmailContext extends EmailContext {
  readonly frequency: NudgeFrequency;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** Settings › Nudge after (days). */
  readonly afterDays: number;
}

/** How much an email shows: the first `keyResults` KRs, comments cut at `commentChars`. */
const SHAPES: readonly { readonly keyResults: number; readonly commentChars: number }[] = [
  { keyResults: Number.POSITIVE_INFINITY, commentChars: 2000 },
  { keyResults: 20, commentChars: 300 },
  { keyResults: 5, commentChars: 100 },
  { keyResults: 0, commentChars: 0 },
];

interface Facts {
  readonly title: string;
  readonly objective: string;
  readonly value: string;
  readonly lastCheckIn: string;
  readonly comment: string;
}

function factsOf(
  keyResult: NudgedKeyResult,
  language: Language,
  messages: NudgeMessages,
  commentChars: number,
): Facts {
  const when = keyResult.lastCheckInDay
    ? formatDay(keyResult.lastCheckInDay, language, false)
    : messages.noCheckIn;
  const quiet =
    keyResult.quietDays !== null && keyResult.lastCheckInDay
      ? ` (${interpolate(messages.quietFor, { days: keyResult.quietDays })})`
      : '';
  return {
    title: inertLinks(
      keyResult.id ? `${keyResult.id} · ${keyResult.keyResult}` : keyResult.keyResult,
    ),
    objective: inertLinks(keyResult.objective) || '—',
    value: inertLinks(keyResult.values[language]),
    lastCheckIn: `${when}${quiet}`,
    comment: inertLinks(cut(keyResult.lastComment, commentChars)),
  };
}

/** "OKRs › Check-in…" in the workbook language: the menu item that opens the sidebar. */
function checkInMenu(language: Language): string {
  const item = MENU.find(
    (entry) =>
      typeof entry === 'object' &&
      'functionName' in entry &&
      entry.functionName === 'showCheckInSidebar',
  );
  return `OKRs › ${item && 'label' in item ? item.label[language] : ''}`;
}

/** The check-in nudge of one owner: subject, plain text and HTML bodies. */
export function renderNudgeEmail(nudge: OwnerNudge, context: NudgeEmailContext): ReminderEmail {
  const { language } = context;
  const messages = NUDGE_MESSAGES[language];
  const count = nudge.keyResults.length;
  const subject = interpolate(count === 1 ? messages.subjectOne : messages.subjectMany, { count });
  const workbook = inertLinks(context.spreadsheetName);
  const texts = {
    greeting: interpolate(messages.greeting, { name: inertLinks(nudge.name || nudge.email) }),
    intro: interpolate(messages.intro, { days: context.afterDays }),
    howTo: interpolate(messages.howTo, { workbook, menu: checkInMenu(language) }),
    footer: interpolate(messages.footer, {
      frequency: context.frequency === 'biweekly' ? messages.biweekly : messages.weekly,
      weekday: REMINDER_MESSAGES[language].weekdays[context.weekday] ?? '',
      workbook,
      column: PEOPLE_SHEET.columns.find((column) => column.key === 'nudgesPausedUntil')!.header[
        language
      ],
    }),
  };
  const url = safeUrl(context.spreadsheetUrl);
  let email: ReminderEmail | undefined;
  for (const shape of SHAPES) {
    const shown = nudge.keyResults
      .slice(0, shape.keyResults)
      .map((keyResult) => factsOf(keyResult, language, messages, shape.commentChars));
    const hidden = count - shown.length;
    const more = hidden > 0 ? interpolate(messages.more, { count: hidden, workbook }) : '';
    email = {
      to: nudge.email,
      subject,
      body: plainText(shown, messages, texts, more, url),
      htmlBody: html(shown, messages, texts, more, url, subject, language),
    };
    if (utf8Bytes(email.body) + utf8Bytes(email.htmlBody) < EMAIL_SIZE_LIMIT) break;
  }
  return email as ReminderEmail;
}

type Texts = { greeting: string; intro: string; howTo: string; footer: string };

function plainText(
  shown: readonly Facts[],
  messages: NudgeMessages,
  texts: Texts,
  more: string,
  url: string | null,
): string {
  const lines = [texts.greeting, '', texts.intro];
  for (const facts of shown) {
    const comment = facts.comment.replace(/\s*\r?\n\s*/g, ' / ') || messages.noComment;
    lines.push(
      '',
      `* ${facts.title}`,
      `  ${facts.objective}`,
      `  ${messages.value}: ${facts.value}`,
      `  ${messages.lastCheckIn}: ${facts.lastCheckIn} — ${comment}`,
    );
  }
  if (more) lines.push('', more);
  lines.push('', url ? `${texts.howTo} ${url}` : texts.howTo, '', '--', texts.footer);
  return lines.join('\n');
}

function html(
  shown: readonly Facts[],
  messages: NudgeMessages,
  texts: Texts,
  more: string,
  url: string | null,
  subject: string,
  language: Language,
): string {
  const cards = shown.map((facts) =>
    card(
      '#1a73e8',
      '#f1f6fe',
      facts.title,
      factRow(REMINDER_MESSAGES[language].objective, escapeHtml(facts.objective)) +
        factRow(messages.value, escapeHtml(facts.value)) +
        factRow(messages.lastCheckIn, lastCheckInCell(facts.lastCheckIn, facts.comment)),
    ),
  );
  return emailPage(
    language,
    subject,
    texts.greeting,
    texts.intro,
    paddedRow(
      '12px 28px 0',
      cards.join('') +
        (more
          ? `<p style="${textStyle(13, '#5f6368')}margin:0 0 12px;">${escapeHtml(more)}</p>`
          : ''),
    ) +
      paddedRow(
        '8px 28px 4px',
        `<p style="${textStyle(15)}margin:0 0 12px;font-weight:bold;${WRAP}">${escapeHtml(texts.howTo)}</p>` +
          (url ? workbookButton(url, messages.openWorkbook) : ''),
      ),
    texts.footer,
  );
}
