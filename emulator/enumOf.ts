// An Apps Script enum as the bundle sees it: each member's value is its own name.
export const enumOf = <T extends string>(...names: T[]): Record<T, T> =>
  Object.fromEntries(names.map((name) => [name, name])) as Record<T, T>;
