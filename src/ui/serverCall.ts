// google.script.run as promises. Failures arrive as Error-like objects whose message is
// already written for a person (the server localizes it).
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

export function callServer<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const google = window.google;
    if (!google?.script?.run) {
      reject(new Error('google.script.run is not available'));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
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
