/** The table's own entry for `key` (never an inherited one such as `constructor`). */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string | number): T | undefined {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; the bundle targets ES2020.
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
