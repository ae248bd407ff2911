// The add-on's HTML (sidebar, dialogs) as the playground serves it: the page exactly as
// the add-on built it, with google.script.run (the project's shared client bridge) placed
// first and carried over HTTP to the emulator, each call one execution of the person.
import { DEFAULT_TRANSPORT, googleScriptRunSource } from '../emulator/googleScriptRun';
import { PUBLIC_FUNCTIONS } from '../src/server/registry';
import type { Surface } from './protocol';

/** google.script.run exposes every public top-level function (names not ending in `_`). */
const CLIENT_FUNCTION_NAMES = PUBLIC_FUNCTIONS.map((entry) => entry.name).filter(
  (name) => !name.endsWith('_'),
);

/** POST /api/run → { ok, value } or { ok: false, error: { name, message } }. */
const HTTP_TRANSPORT = `window[${JSON.stringify(DEFAULT_TRANSPORT)}] = function (functionName, args) {
  return fetch('/api/run', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ functionName: functionName, args: args }),
  })
    .then(function (response) { return response.json(); })
    .then(function (result) {
      if (result.ok) return result.value;
      throw result.error || new Error('The server call failed.');
    });
};`;

/** google.script.host: close() closes this sidebar or dialog in the page around it. */
function hostScript(surface: Surface): string {
  return `window.google.script.host = {
  close: function () {
    fetch('/api/close', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ surface: ${JSON.stringify(surface)} }),
    });
  },
  setHeight: function () {},
  setWidth: function () {},
  editor: { focus: function () {} },
};`;
}

/** The add-on's page with the bridge placed before any of its own scripts. */
export function htmlWithBridge(html: string, surface: Surface): string {
  const bridge = [
    HTTP_TRANSPORT,
    googleScriptRunSource({ functionNames: CLIENT_FUNCTION_NAMES }),
    hostScript(surface),
  ].join('\n');
  const script = `<script>${bridge}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) {
    const at = head.index + head[0].length;
    return html.slice(0, at) + script + html.slice(at);
  }
  return script + html;
}
