import { type IsoDay, weekdayOf } from '../dates';
import { interpolate, type Language } from '../i18n/language';
import type { RedKeyResult } from './keyResults';
import { REMINDER_MESSAGES, type ReminderMessages } from './messages';
import { type ManagerDigest, redCount } from './plan';

/** One email ready for MailApp.sendEmail. */
export interface ReminderEmail {
  readonly to: string;
  readonly subject: string;
  /** Plain-text body, for clients that do not show HTML. */
  readonly body: string;
  readonly htmlBody: string;
}

export interface EmailContext {
  readonly language: Language;
  readonly spreadsheetUrl: string;
  readonly spreadsheetName: string;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every sheet text goes through this before it reaches HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

function escapeMultiline(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

function formatDay(day: IsoDay, language: Language, long = true): string {
  const messages = REMINDER_MESSAGES[language];
  // Seven weekday names and twelve month names: a calendar day's weekday and month index them.
  return interpolate(long ? messages.longDate : messages.shortDate, {
    weekday: messages.weekdays[weekdayOf(day)]!,
    day: Number(day.slice(8, 10)),
    month: messages.months[Number(day.slice(5, 7)) - 1]!,
    year: day.slice(0, 4),
  });
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** The facts shown for one red KR, as plain text lines (escaped later for HTML). */
interface KeyResultFacts {
  readonly title: string;
  readonly objective: string;
  readonly value: string;
  readonly progress: string;
  readonly why: string;
  readonly lastCheckIn: string;
  readonly comment: string;
}

function factsOf(keyResult: RedKeyResult, language: Language): KeyResultFacts {
  const messages = REMINDER_MESSAGES[language];
  let progress = '—';
  if (keyResult.progress !== null) {
    progress =
      keyResult.expected !== null
        ? interpolate(messages.progressVsExpected, {
            progress: percent(keyResult.progress),
            expected: percent(keyResult.expected),
          })
        : interpolate(messages.progressOnly, { progress: percent(keyResult.progress) });
  }
  const reasons: string[] = [];
  if (keyResult.redByNumbers) reasons.push(messages.redByNumbers);
  if (keyResult.redByConfidence) reasons.push(messages.redByConfidence);
  const title = keyResult.id ? `${keyResult.id} · ${keyResult.keyResult}` : keyResult.keyResult;
  return {
    title,
    objective: keyResult.objective || '—',
    value: keyResult.values[language],
    progress,
    why: reasons.join('; '),
    lastCheckIn: keyResult.lastCheckInDay
      ? formatDay(keyResult.lastCheckInDay, language, false)
      : messages.noCheckIn,
    comment: keyResult.lastComment || messages.noComment,
  };
}

function datesOf(digest: ManagerDigest, language: Language): string {
  return digest.oneOnOnes
    .map((section) => formatDay(section.date, language))
    .join(REMINDER_MESSAGES[language].dateJoiner);
}

// Only a web link may become a button; anything else is left out rather than linked.
function safeUrl(url: string): string | null {
  return /^https:\/\/[^\s"'<>]+$/.test(url) ? url : null;
}

/**
 * The reminder email of one manager: subject with the 1:1 date(s) and the count of red
 * KRs, a plain-text body and an HTML body with inline styles only (mail clients drop
 * style sheets and block external resources), every sheet text escaped.
 */
export function renderReminderEmail(digest: ManagerDigest, context: EmailContext): ReminderEmail {
  const { language } = context;
  const messages = REMINDER_MESSAGES[language];
  const count = redCount(digest);
  const dates = datesOf(digest, language);
  const subject = interpolate(count === 1 ? messages.subjectOne : messages.subjectMany, {
    dates,
    count,
  });
  const greetingName = digest.managerName || digest.managerEmail;
  return {
    to: digest.managerEmail,
    subject,
    body: plainText(digest, context, messages, { dates, count, greetingName }),
    htmlBody: html(digest, context, messages, { subject, dates, count, greetingName }),
  };
}

function introOf(messages: ReminderMessages, dates: string, count: number): string {
  return interpolate(count === 1 ? messages.introOne : messages.introMany, { dates, count });
}

function plainText(
  digest: ManagerDigest,
  context: EmailContext,
  messages: ReminderMessages,
  values: { dates: string; count: number; greetingName: string },
): string {
  const lines = [
    interpolate(messages.greeting, { name: values.greetingName }),
    '',
    introOf(messages, values.dates, values.count),
  ];
  for (const section of digest.oneOnOnes) {
    for (const report of section.reports) {
      const heading = interpolate(messages.reportHeading, {
        name: report.name,
        date: formatDay(section.date, context.language),
      });
      lines.push('', heading, '='.repeat(Math.min(heading.length, 60)));
      for (const keyResult of report.redKeyResults) {
        const facts = factsOf(keyResult, context.language);
        lines.push(
          '',
          `* ${facts.title}`,
          `  ${messages.objective}: ${facts.objective}`,
          `  ${messages.value}: ${facts.value}`,
          `  ${messages.progress}: ${facts.progress}`,
          `  ${messages.whyRed}: ${facts.why}`,
          `  ${messages.lastCheckIn}: ${facts.lastCheckIn} — ${facts.comment.replace(/\s*\r?\n\s*/g, ' / ')}`,
        );
      }
    }
  }
  lines.push('', messages.question);
  const url = safeUrl(context.spreadsheetUrl);
  if (url) lines.push('', `${messages.openWorkbook}: ${url}`);
  lines.push('', '--', interpolate(messages.footer, { workbook: context.spreadsheetName }));
  return lines.join('\n');
}

const RED = '#c5221f';
const WRAP = 'word-break:break-word;overflow-wrap:anywhere;';

/** Inline text style: mail clients drop style sheets, so every element carries its own. */
function textStyle(size: number, color = '#202124'): string {
  return `font-family:Arial,Helvetica,sans-serif;font-size:${size}px;color:${color};`;
}

/** A layout table's opening tag, styled as mail clients need it. */
function layoutTable(width: string, style: string): string {
  return `<table role="presentation"${width} cellpadding="0" cellspacing="0" style="border-collapse:collapse;${style}">`;
}

const FULL_WIDTH = ' width="100%"';

function paddedRow(padding: string, content: string): string {
  return `<tr><td style="padding:${padding};">${content}</td></tr>`;
}

function factRow(label: string, value: string): string {
  return (
    `<tr><td style="${textStyle(13, '#5f6368')}padding:2px 12px 2px 0;vertical-align:top;">${escapeHtml(label)}</td>` +
    `<td style="${textStyle(13)}padding:2px 0;vertical-align:top;${WRAP}">${value}</td></tr>`
  );
}

function keyResultCard(
  keyResult: RedKeyResult,
  context: EmailContext,
  messages: ReminderMessages,
): string {
  const facts = factsOf(keyResult, context.language);
  return (
    layoutTable(FULL_WIDTH, `margin:0 0 12px;background:#fdf2f1;border-left:4px solid ${RED};`) +
    `<tr><td style="padding:12px 14px;">` +
    `<div style="${textStyle(15)}font-weight:bold;margin:0 0 6px;${WRAP}">${escapeHtml(facts.title)}</div>` +
    layoutTable('', '') +
    factRow(messages.objective, escapeHtml(facts.objective)) +
    factRow(messages.value, escapeHtml(facts.value)) +
    factRow(messages.progress, escapeHtml(facts.progress)) +
    factRow(messages.whyRed, `<span style="color:${RED};">${escapeHtml(facts.why)}</span>`) +
    factRow(
      messages.lastCheckIn,
      keyResult.lastComment
        ? `${escapeHtml(facts.lastCheckIn)}<div style="margin:4px 0 0;padding:6px 10px;background:#ffffff;border-radius:4px;color:#3c4043;font-style:italic;">${escapeMultiline(facts.comment)}</div>`
        : escapeHtml(facts.lastCheckIn),
    ) +
    `</table></td></tr></table>`
  );
}

function html(
  digest: ManagerDigest,
  context: EmailContext,
  messages: ReminderMessages,
  values: { subject: string; dates: string; count: number; greetingName: string },
): string {
  const sections: string[] = [];
  for (const section of digest.oneOnOnes) {
    for (const report of section.reports) {
      const heading = interpolate(messages.reportHeading, {
        name: report.name,
        date: formatDay(section.date, context.language),
      });
      sections.push(
        paddedRow(
          '8px 28px 0',
          `<h2 style="${textStyle(16)}margin:12px 0 10px;overflow-wrap:anywhere;">${escapeHtml(heading)}</h2>` +
            report.redKeyResults
              .map((keyResult) => keyResultCard(keyResult, context, messages))
              .join(''),
        ),
      );
    }
  }
  const url = safeUrl(context.spreadsheetUrl);
  const button = url
    ? paddedRow(
        '8px 28px 4px',
        `<a href="${escapeHtml(url)}" style="font-family:Arial,Helvetica,sans-serif;display:inline-block;background:#1a73e8;color:#ffffff;text-decoration:none;font-size:14px;font-weight:bold;padding:10px 18px;border-radius:4px;">${escapeHtml(messages.openWorkbook)}</a>`,
      )
    : '';
  return (
    `<!DOCTYPE html><html lang="${context.language}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(values.subject)}</title></head>` +
    `<body style="margin:0;padding:0;background:#f1f3f4;">` +
    layoutTable(FULL_WIDTH, 'background:#f1f3f4;') +
    `<tr><td align="center" style="padding:24px 8px;">` +
    layoutTable(FULL_WIDTH, 'max-width:640px;background:#ffffff;border-radius:8px;') +
    paddedRow(
      '24px 28px 0',
      `<p style="${textStyle(15)}margin:0 0 12px;">${escapeHtml(interpolate(messages.greeting, { name: values.greetingName }))}</p>` +
        `<p style="${textStyle(15)}margin:0;">${escapeHtml(introOf(messages, values.dates, values.count))}</p>`,
    ) +
    sections.join('') +
    paddedRow(
      '8px 28px 12px',
      `<p style="${textStyle(15)}margin:8px 0;font-weight:bold;">${escapeHtml(messages.question)}</p>`,
    ) +
    button +
    paddedRow(
      '16px 28px 24px',
      `<p style="${textStyle(12, '#5f6368')}margin:0;">${escapeHtml(interpolate(messages.footer, { workbook: context.spreadsheetName }))}</p>`,
    ) +
    `</table></td></tr></table></body></html>`
  );
}
