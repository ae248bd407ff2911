// A stand-in for the client side of google.script.run, as JavaScript source to put into
// a page before the sidebar's own script. Calls go through a pluggable async transport,
// a global function `transport(name, args) → Promise` that the host provides: a
// Playwright binding in the browser tests, an HTTP fetch in the playground.
//
// It behaves as Apps Script's does where the sidebar could notice:
// - `google.script.run` is an immutable runner; withSuccessHandler, withFailureHandler
//   and withUserObject return a new runner, and every public server function is a method;
// - handlers run asynchronously, with (value, userObject);
// - arguments and results cross as JSON-like data: a Date anywhere in a result makes
//   the result null (Apps Script refuses to send it), functions and undefined are dropped;
// - a failure reaches the failure handler as an Error with the server's message;
// - a call with no failure handler logs the error, as Apps Script logs it to the console.

export interface GoogleScriptRunOptions {
  /** Name of the global async function `(name, args) => Promise<result>`. */
  readonly transport?: string;
  /** The public server functions (the runner's methods). */
  readonly functionNames: readonly string[];
}

export const DEFAULT_TRANSPORT = '__okrTransport';

/** The bridge's JavaScript source: evaluate it in a page (e.g. addInitScript). */
export function googleScriptRunSource(options: GoogleScriptRunOptions): string {
  const transport = JSON.stringify(options.transport ?? DEFAULT_TRANSPORT);
  const names = JSON.stringify(options.functionNames);
  return `(() => {
  const transportName = ${transport};
  const functionNames = ${names};
  const hasDate = (value, seen) => {
    if (value === null || typeof value !== 'object') return false;
    if (Object.prototype.toString.call(value) === '[object Date]') return true;
    if (seen.has(value)) return false;
    seen.add(value);
    return Object.keys(value).some((key) => hasDate(value[key], seen));
  };
  const wire = (value) => {
    if (value === undefined) return null;
    if (hasDate(value, new Set())) {
      console.warn('google.script.run: a Date in the result makes it null, as in Apps Script');
      return null;
    }
    return JSON.parse(JSON.stringify(value));
  };
  const toError = (failure) => {
    const message =
      failure && typeof failure === 'object' && 'message' in failure
        ? String(failure.message)
        : String(failure);
    const error = new Error(message.replace(/^Error: /, ''));
    if (failure && typeof failure === 'object' && failure.name) error.name = String(failure.name);
    return error;
  };
  const makeRunner = (success, failure, userObject) => {
    const runner = {
      withSuccessHandler: (handler) => makeRunner(handler, failure, userObject),
      withFailureHandler: (handler) => makeRunner(success, handler, userObject),
      withUserObject: (object) => makeRunner(success, failure, object),
    };
    for (const name of functionNames) {
      runner[name] = (...args) => {
        const transport = window[transportName];
        const sent = args.map((arg) => (arg === undefined ? null : JSON.parse(JSON.stringify(arg))));
        Promise.resolve()
          .then(() => {
            if (typeof transport !== 'function') throw new Error('No transport ' + transportName);
            return transport(name, sent);
          })
          .then(
            (result) => {
              if (success) success(wire(result), userObject);
            },
            (problem) => {
              const error = toError(problem);
              if (failure) failure(error, userObject);
              else console.error('Uncaught ' + error.name + ': ' + error.message);
            },
          );
        return undefined;
      };
    }
    return Object.freeze(runner);
  };
  window.google = window.google || {};
  window.google.script = window.google.script || {};
  window.google.script.run = makeRunner(null, null, undefined);
})();
`;
}
