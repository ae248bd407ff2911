// One identity rule for objective and key-result IDs, everywhere: the custom functions'
// groups and cascade, check-ins, reminders, the OKR review and the carry-over. An ID is
// compared trimmed and case-insensitively, never accent-folded (`KRe` is not `KRé`):
// that is how OKR_CASCADE and OKR_ROLLUP compare them in the sheet.

/** The comparison key of an ID cell ('' for a blank one). */
export function idKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim().toLowerCase();
}

/** Two or more rows with the same ID, where an action needs exactly one of them. */
interface DuplicateId {
  readonly id: string;
  /** 1-based sheet rows holding that ID, in sheet order. */
  readonly rowNumbers: readonly number[];
}

/** The one row whose ID matches `id`, none, or every row that claims it. */
type IdMatch<Row> =
  | { readonly kind: 'found'; readonly row: Row }
  | { readonly kind: 'missing' }
  | { readonly kind: 'duplicate'; readonly duplicate: DuplicateId };

/** Finds the row with this ID; two rows with it are a duplicate, never a silent pick. */
export function findById<Row>(
  rows: readonly Row[],
  id: unknown,
  idOf: (row: Row) => unknown,
  rowNumberOf: (row: Row) => number,
): IdMatch<Row> {
  const wanted = idKey(id);
  if (wanted === '') return { kind: 'missing' };
  const matches = rows.filter((row) => idKey(idOf(row)) === wanted);
  if (matches.length === 0) return { kind: 'missing' };
  if (matches.length === 1) return { kind: 'found', row: matches[0] as Row };
  return {
    kind: 'duplicate',
    duplicate: { id: String(idOf(matches[0] as Row)).trim(), rowNumbers: matches.map(rowNumberOf) },
  };
}

/** Every ID that two or more rows share, with their rows, in sheet order. */
export function duplicateIds<Row>(
  rows: readonly Row[],
  idOf: (row: Row) => unknown,
  rowNumberOf: (row: Row) => number,
): DuplicateId[] {
  const byKey = new Map<string, { id: string; rowNumbers: number[] }>();
  for (const row of rows) {
    const key = idKey(idOf(row));
    if (key === '') continue;
    const seen = byKey.get(key);
    if (seen) seen.rowNumbers.push(rowNumberOf(row));
    else byKey.set(key, { id: String(idOf(row)).trim(), rowNumbers: [rowNumberOf(row)] });
  }
  return [...byKey.values()].filter((entry) => entry.rowNumbers.length > 1);
}
