// Text Sheets reads as a value when typed (or written by setValues, which reads input as
// typed) and HyperFormula does not: times with am/pm but no minutes (9 am), dates with a
// month's name (1 Jan 2026, Jan 1, 3 de marzo de 2026) and the Spanish booleans in a
// Spanish locale. A leading apostrophe keeps any of them text, as in Sheets.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
};

function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase().slice(0, 3)];
}

/** Days since 1899-12-30 (the spreadsheet serial) of a calendar day. */
function serialOf(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return (time - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export type TypedValue =
  | { readonly kind: 'date'; readonly serial: number }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean };

/** What Sheets makes of `text` where HyperFormula would keep it text, or null. */
export function typedValue(text: string, locale: string, year: number): TypedValue | null {
  const hour = /^\s*(\d{1,2})\s*([ap])\.?\s?m\.?\s*$/i.exec(text);
  if (hour) return { kind: 'text', text: `${hour[1]}:00 ${hour[2]!.toLowerCase()}m` };
  if (/^es/i.test(locale)) {
    if (/^\s*verdadero\s*$/i.test(text)) return { kind: 'boolean', value: true };
    if (/^\s*falso\s*$/i.test(text)) return { kind: 'boolean', value: false };
  }
  const dayFirst = /^\s*(\d{1,2})\s+(?:de\s+)?([a-zé]{3,})\.?,?\s*(?:(?:de\s+)?(\d{4}))?\s*$/i.exec(
    text,
  );
  const monthFirst = /^\s*([a-zé]{3,})\.?\s+(\d{1,2}),?\s*(\d{4})?\s*$/i.exec(text);
  const parts = dayFirst
    ? { day: dayFirst[1]!, month: dayFirst[2]!, year: dayFirst[3] }
    : monthFirst
      ? { day: monthFirst[2]!, month: monthFirst[1]!, year: monthFirst[3] }
      : null;
  if (!parts) return null;
  const month = monthOf(parts.month);
  if (month === undefined) return null;
  const serial = serialOf(parts.year ? Number(parts.year) : year, month, Number(parts.day));
  return serial === null ? null : { kind: 'date', serial };
}
