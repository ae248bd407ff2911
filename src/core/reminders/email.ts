import { type IsoDay, weekdayOf } from '../dates';
import { interpolate, type Language } from '../i18n/language';
import { NUDGE_MESSAGES } from '../nudges/messages';
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
  /** Who set up the reminders (the account they go out from), when known. */
  readonly owner?: string;
}

/** Each email stays under this (HTML and text bodies together, UTF-8); MailApp refuses 200 KB. */
export const EMAIL_SIZE_LIMIT = 100 * 1024;

const ALL = Number.POSITIVE_INFINITY;

/**
 * How much of a digest an email shows: the first `keyResults` red KRs of each report, at
 * most `total` in the email, comments cut at `commentChars`. The first shape that fits the
 * size limit is used.
 */
const SHAPES: readonly {
  readonly keyResults: number;
  readonly total: number;
  readonly commentChars: number;
}[] = [
  { keyResults: ALL, total: ALL, commentChars: 2000 },
  { keyResults: 5, total: ALL, commentChars: 500 },
  { keyResults: 3, total: ALL, commentChars: 300 },
  { keyResults: 1, total: ALL, commentChars: 200 },
  { keyResults: 1, total: 20, commentChars: 200 },
  { keyResults: 1, total: 10, commentChars: 100 },
  { keyResults: 0, total: 0, commentChars: 0 },
];

/** The red KRs of each report that a shape shows (in order, within its total). */
function shownOf(digest: ManagerDigest, shape: Shape): Map<object, readonly RedKeyResult[]> {
  const shown = new Map<object, readonly RedKeyResult[]>();
  let left = shape.total;
  for (const section of digest.oneOnOnes) {
    for (const report of section.reports) {
      const count = Math.max(0, Math.min(shape.keyResults, left, report.redKeyResults.length));
      shown.set(report, report.redKeyResults.slice(0, count));
      left -= count;
    }
  }
  return shown;
}

type Shape = (typeof SHAPES)[number];

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

const ZERO_WIDTH_SPACE = '\u200b';
const LINK_LIKE = /:\/\/|^www\.|@|[a-z0-9-]\.[a-z]{2,}/i;

/**
 * Sheet text that a mail client would turn into a link (`https://…`, `evil.example`,
 * `name@host`) with a zero-width space around each `.`, `:`, `/` and `@`: it reads the
 * same, but no client sees an address in it any more, so nothing typed in a cell becomes
 * a link in an email sent from the owner's account.
 */
export function inertLinks(text: string): string {
  return text.replace(/\S+/g, (token) =>
    LINK_LIKE.test(token)
      ? token.replace(/[.:/@]/g, `${ZERO_WIDTH_SPACE}$&${ZERO_WIDTH_SPACE}`)
      : token,
  );
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

export function escapeMultiline(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

export function formatDay(day: IsoDay, language: Language, long = true): string {
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

export function cut(text: string, chars: number): string {
  return text.length > chars ? `${text.slice(0, chars).trimEnd()}…` : text;
}

function factsOf(keyResult: RedKeyResult, language: Language, shape: Shape): KeyResultFacts {
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
  const title = inertLinks(
    keyResult.id ? `${keyResult.id} · ${keyResult.keyResult}` : keyResult.keyResult,
  );
  return {
    title,
    objective: inertLinks(keyResult.objective) || '—',
    value: inertLinks(keyResult.values[language]),
    progress,
    why: reasons.join('; '),
    lastCheckIn: keyResult.lastCheckInDay
      ? formatDay(keyResult.lastCheckInDay, language, false)
      : messages.noCheckIn,
    comment: inertLinks(cut(keyResult.lastComment, shape.commentChars)) || messages.noComment,
  };
}

function datesOf(digest: ManagerDigest, language: Language): string {
  return digest.oneOnOnes
    .map((section) => formatDay(section.date, language))
    .join(REMINDER_MESSAGES[language].dateJoiner);
}

// Only a web link may become a button; anything else is left out rather than linked.
export function safeUrl(url: string): string | null {
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
  const stoppedOnly = digest.oneOnOnes.some((section) =>
    section.reports.some((report) => report.stopped?.length),
  );
  const subject = interpolate(
    count === 0
      ? stoppedOnly
        ? messages.subjectStopped
        : NUDGE_MESSAGES[language].subjectUnchecked
      : count === 1
        ? messages.subjectOne
        : messages.subjectMany,
    { dates, count },
  );
  const greetingName = inertLinks(digest.managerName || digest.managerEmail);
  let email: ReminderEmail | undefined;
  for (const shape of SHAPES) {
    email = {
      to: digest.managerEmail,
      subject,
      body: plainText(
        digest,
        context,
        messages,
        { dates, count, greetingName, stoppedOnly },
        shape,
      ),
      htmlBody: html(
        digest,
        context,
        messages,
        { subject, dates, count, greetingName, stoppedOnly },
        shape,
      ),
    };
    if (utf8Bytes(email.body) + utf8Bytes(email.htmlBody) < EMAIL_SIZE_LIMIT) break;
  }
  return email as ReminderEmail;
}

/** The footer: which workbook it comes from and who set the reminders up. */
function footerOf(context: EmailContext, messages: ReminderMessages): string {
  const workbook = inertLinks(context.spreadsheetName);
  return context.owner
    ? interpolate(messages.footerBy, { workbook, owner: inertLinks(context.owner) })
    : interpolate(messages.footer, { workbook });
}

/** The line for the red KRs of a report that did not fit, or '' when all are shown. */
function moreLine(
  report: { readonly name: string; readonly redKeyResults: readonly unknown[] },
  shown: number,
  context: EmailContext,
  messages: ReminderMessages,
): string {
  const count = report.redKeyResults.length - shown;
  if (count <= 0) return '';
  return interpolate(count === 1 ? messages.moreOne : messages.moreMany, {
    count,
    name: inertLinks(report.name),
    workbook: inertLinks(context.spreadsheetName),
  });
}

function introOf(
  messages: ReminderMessages,
  values: { dates: string; count: number; stoppedOnly: boolean },
  language: Language,
): string {
  const { dates, count } = values;
  return interpolate(
    count === 0
      ? values.stoppedOnly
        ? messages.introStopped
        : NUDGE_MESSAGES[language].introUnchecked
      : count === 1
        ? messages.introOne
        : messages.introMany,
    { dates, count },
  );
}

/** A report's live key results whose source stopped updating, one line each (plain text). */
function stoppedLines(report: ReportOf, messages: ReminderMessages): string[] {
  return (report.stopped ?? []).map((item) => {
    const title = inertLinks(item.id ? `${item.id} · ${item.keyResult}` : item.keyResult);
    const why = item.error
      ? interpolate(messages.stoppedError, { error: item.error })
      : interpolate(messages.stoppedStale, { days: item.days });
    return `${title}: ${why}`;
  });
}

/** A report's key results still without a check-in after a nudge, one line each. */
function uncheckedLines(report: ReportOf, language: Language): string[] {
  const messages = NUDGE_MESSAGES[language];
  return (report.unchecked ?? []).map((item) => {
    const title = inertLinks(item.id ? `${item.id} · ${item.keyResult}` : item.keyResult);
    const why =
      item.days === null
        ? messages.uncheckedNever
        : interpolate(messages.uncheckedFor, { days: item.days });
    return `${title}: ${why}`;
  });
}

/** The warning lines of a report: stopped live sources, then KRs quiet after a nudge. */
function warningLines(report: ReportOf, context: EmailContext, messages: ReminderMessages) {
  return [...stoppedLines(report, messages), ...uncheckedLines(report, context.language)];
}

type ReportOf = ManagerDigest['oneOnOnes'][number]['reports'][number];

function plainText(
  digest: ManagerDigest,
  context: EmailContext,
  messages: ReminderMessages,
  values: { dates: string; count: number; greetingName: string; stoppedOnly: boolean },
  shape: Shape,
): string {
  const shownBy = shownOf(digest, shape);
  const lines = [
    interpolate(messages.greeting, { name: values.greetingName }),
    '',
    introOf(messages, values, context.language),
  ];
  for (const section of digest.oneOnOnes) {
    for (const report of section.reports) {
      const heading = interpolate(messages.reportHeading, {
        name: inertLinks(report.name),
        date: formatDay(section.date, context.language),
      });
      lines.push('', heading, '='.repeat(Math.min(heading.length, 60)));
      const shown = shownBy.get(report) ?? [];
      for (const keyResult of shown) {
        const facts = factsOf(keyResult, context.language, shape);
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
      const more = moreLine(report, shown.length, context, messages);
      if (more) lines.push('', more);
      for (const line of warningLines(report, context, messages)) lines.push('', `! ${line}`);
    }
  }
  lines.push('', messages.question);
  const url = safeUrl(context.spreadsheetUrl);
  if (url) lines.push('', `${messages.openWorkbook}: ${url}`);
  lines.push('', '--', footerOf(context, messages));
  return lines.join('\n');
}

const RED = '#c5221f';
export const WRAP = 'word-break:break-word;overflow-wrap:anywhere;';

/** Inline text style: mail clients drop style sheets, so every element carries its own. */
export function textStyle(size: number, color = '#202124'): string {
  return `font-family:Arial,Helvetica,sans-serif;font-size:${size}px;color:${color};`;
}

/** A layout table's opening tag, styled as mail clients need it. */
export function layoutTable(width: string, style: string): string {
  return `<table role="presentation"${width} cellpadding="0" cellspacing="0" style="border-collapse:collapse;${style}">`;
}

export const FULL_WIDTH = ' width="100%"';

export function paddedRow(padding: string, content: string): string {
  return `<tr><td style="padding:${padding};">${content}</td></tr>`;
}

export function factRow(label: string, value: string): string {
  return (
    `<tr><td style="${textStyle(13, '#5f6368')}padding:2px 12px 2px 0;vertical-align:top;">${escapeHtml(label)}</td>` +
    `<td style="${textStyle(13)}padding:2px 0;vertical-align:top;${WRAP}">${value}</td></tr>`
  );
}

/** A key result's card: a coloured left border, its title, then its fact rows. */
export function card(color: string, background: string, title: string, rows: string): string {
  return (
    layoutTable(
      FULL_WIDTH,
      `margin:0 0 12px;background:${background};border-left:4px solid ${color};`,
    ) +
    `<tr><td style="padding:12px 14px;">` +
    `<div style="${textStyle(15)}font-weight:bold;margin:0 0 6px;${WRAP}">${escapeHtml(title)}</div>` +
    layoutTable('', '') +
    rows +
    `</table></td></tr></table>`
  );
}

/** The day of the last check-in, with its comment below it when there is one. */
export function lastCheckInCell(day: string, comment: string): string {
  return comment
    ? `${escapeHtml(day)}<div style="margin:4px 0 0;padding:6px 10px;background:#ffffff;border-radius:4px;color:#3c4043;font-style:italic;">${escapeMultiline(comment)}</div>`
    : escapeHtml(day);
}

function keyResultCard(
  keyResult: RedKeyResult,
  context: EmailContext,
  messages: ReminderMessages,
  shape: Shape,
): string {
  const facts = factsOf(keyResult, context.language, shape);
  return card(
    RED,
    '#fdf2f1',
    facts.title,
    factRow(messages.objective, escapeHtml(facts.objective)) +
      factRow(messages.value, escapeHtml(facts.value)) +
      factRow(messages.progress, escapeHtml(facts.progress)) +
      factRow(messages.whyRed, `<span style="color:${RED};">${escapeHtml(facts.why)}</span>`) +
      factRow(
        messages.lastCheckIn,
        lastCheckInCell(facts.lastCheckIn, keyResult.lastComment ? facts.comment : ''),
      ),
  );
}

/** The workbook's button: the only link an email has. */
export function workbookButton(url: string, label: string): string {
  return `<a href="${escapeHtml(url)}" style="font-family:Arial,Helvetica,sans-serif;display:inline-block;background:#1a73e8;color:#ffffff;text-decoration:none;font-size:14px;font-weight:bold;padding:10px 18px;border-radius:4px;">${escapeHtml(label)}</a>`;
}

/**
 * The page every email is: a white column on grey, the greeting and intro first, then
 * `rows` (padded table rows), then the footer.
 */
export function emailPage(
  language: Language,
  subject: string,
  greeting: string,
  intro: string,
  rows: string,
  footer: string,
): string {
  return (
    `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:0;background:#f1f3f4;">` +
    layoutTable(FULL_WIDTH, 'background:#f1f3f4;') +
    `<tr><td align="center" style="padding:24px 8px;">` +
    layoutTable(FULL_WIDTH, 'max-width:640px;background:#ffffff;border-radius:8px;') +
    paddedRow(
      '24px 28px 0',
      `<p style="${textStyle(15)}margin:0 0 12px;">${escapeHtml(greeting)}</p>` +
        `<p style="${textStyle(15)}margin:0;">${escapeHtml(intro)}</p>`,
    ) +
    rows +
    paddedRow(
      '16px 28px 24px',
      `<p style="${textStyle(12, '#5f6368')}margin:0;">${escapeHtml(footer)}</p>`,
    ) +
    `</table></td></tr></table></body></html>`
  );
}

function html(
  digest: ManagerDigest,
  context: EmailContext,
  messages: ReminderMessages,
  values: {
    subject: string;
    dates: string;
    count: number;
    greetingName: string;
    stoppedOnly: boolean;
  },
  shape: Shape,
): string {
  const shownBy = shownOf(digest, shape);
  const sections: string[] = [];
  for (const section of digest.oneOnOnes) {
    for (const report of section.reports) {
      const heading = interpolate(messages.reportHeading, {
        name: inertLinks(report.name),
        date: formatDay(section.date, context.language),
      });
      const shown = shownBy.get(report) ?? [];
      const more = moreLine(report, shown.length, context, messages);
      sections.push(
        paddedRow(
          '8px 28px 0',
          `<h2 style="${textStyle(16)}margin:12px 0 10px;overflow-wrap:anywhere;">${escapeHtml(heading)}</h2>` +
            shown.map((keyResult) => keyResultCard(keyResult, context, messages, shape)).join('') +
            (more
              ? `<p style="${textStyle(13, '#5f6368')}margin:0 0 12px;">${escapeHtml(more)}</p>`
              : '') +
            warningLines(report, context, messages)
              .map(
                (line) =>
                  `<p style="${textStyle(13, '#b06000')}margin:0 0 12px;padding:8px 12px;background:#fef7e0;${WRAP}">${escapeHtml(line)}</p>`,
              )
              .join(''),
        ),
      );
    }
  }
  const url = safeUrl(context.spreadsheetUrl);
  return emailPage(
    context.language,
    values.subject,
    interpolate(messages.greeting, { name: values.greetingName }),
    introOf(messages, values, context.language),
    sections.join('') +
      paddedRow(
        '8px 28px 12px',
        `<p style="${textStyle(15)}margin:8px 0;font-weight:bold;">${escapeHtml(messages.question)}</p>`,
      ) +
      (url ? paddedRow('8px 28px 4px', workbookButton(url, messages.openWorkbook)) : ''),
    footerOf(context, messages),
  );
}
