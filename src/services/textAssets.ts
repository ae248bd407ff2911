// Message catalogues shipped beside the script (dist/Texts.html) instead of inside it. The
// build swaps each listed catalogue for `textAsset(...)` (scripts/build.mjs, TEXT_ASSETS);
// the source keeps the real object, which tests and the sidebar use as it is. A catalogue
// is read on first use, once per execution, so an execution that shows none of its
// messages (every custom-function recalculation) never reads it.

let loaded: Record<string, Record<PropertyKey, unknown>> | undefined;

function catalogue(name: string): Record<PropertyKey, unknown> {
  loaded ??= JSON.parse(HtmlService.createHtmlOutputFromFile('Texts').getContent()) as Record<
    string,
    Record<PropertyKey, unknown>
  >;
  const found = loaded[name];
  if (!found) throw new Error(`OKR Sheets: the texts "${name}" are missing from Texts.html`);
  return found;
}

/**
 * A catalogue that reads itself from dist/Texts.html on first use. `shape` is `[]` for a
 * list, so the proxy is still an array to `Array.isArray` and the array methods.
 */
export function textAsset<T extends object>(name: string, shape: object = {}): T {
  return new Proxy(shape as T, {
    get: (_target, key) => catalogue(name)[key],
    has: (_target, key) => key in catalogue(name),
    ownKeys: () => Reflect.ownKeys(catalogue(name)),
    // The parsed JSON's own descriptors: writable and configurable, except an array's
    // length, which is non-configurable like the `[]` target's (a proxy invariant).
    getOwnPropertyDescriptor: (_target, key) =>
      Reflect.getOwnPropertyDescriptor(catalogue(name), key),
  });
}
