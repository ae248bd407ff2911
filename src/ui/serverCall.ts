// google.script.run as promises, typed by the registry's client calls: a misspelt name or
// a wrong argument fails the typecheck. Type-only import: no server code reaches the page.
// Failures arrive as Error-like objects whose message is already written for a person
// (the server localizes it).
import type { ClientCalls } from '../server/registry';

type ServerFunctionName = keyof ClientCalls;

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: { message?: string } | string) => void): ScriptRunner;
  [name: string]: unknown;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRunner } };
  }
}

export function callServer<Name extends ServerFunctionName>(
  name: Name,
  ...args: Parameters<ClientCalls[Name]>
): Promise<ReturnType<ClientCalls[Name]>> {
  type Result = ReturnType<ClientCalls[Name]>;
  return new Promise<Result>((resolve, reject) => {
    const google = window.google;
    if (!google?.script?.run) {
      reject(new Error('google.script.run is not available'));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Result))
      .withFailureHandler((error) =>
        reject(new Error(typeof error === 'string' ? error : String(error?.message ?? error))),
      );
    const method = runner[name];
    if (typeof method !== 'function') {
      reject(new Error(`Unknown server function ${name}`));
      return;
    }
    method.apply(runner, args);
  });
}
