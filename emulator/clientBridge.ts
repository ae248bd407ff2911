// What google.script.run carries between the sidebar and the server (Emulator.callFromClient).
/** Legal values for google.script.run: primitives, arrays and plain objects of them; no Date. */
export function legalForClient(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(legalForClient);
  if (typeof value !== 'object') return false;
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  return Object.values(value as object).every(legalForClient);
}
