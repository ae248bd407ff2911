// The engine worker: owns the emulated spreadsheet and runs one command at a time. When
// the add-on asks a question (alert, prompt) the worker tells the main thread and blocks,
// as Apps Script blocks the script until the person answers.
import { parentPort, workerData } from 'node:worker_threads';
import { PlaygroundEngine } from './engine';
import {
  type EngineMessage,
  type EngineOptions,
  type EngineRequest,
  waitForAnswer,
} from './protocol';
import type { PendingQuestion } from './state';

const port = parentPort;
if (!port) throw new Error('engineWorker.ts runs as a worker thread');
const options = workerData as EngineOptions;
let questionSerial = 0;

function post(message: EngineMessage): void {
  port?.postMessage(message);
}

try {
  const engine = new PlaygroundEngine(
    options.language,
    (question) => {
      const pending: PendingQuestion = { ...question, id: ++questionSerial };
      post({ type: 'question', question: pending });
      return waitForAnswer(options.answers);
    },
    options.now ? new Date(options.now) : new Date(),
  );
  let lastState = engine.state();
  // A failure while picturing the workbook must not take the playground down with it.
  const currentState = (): { state: typeof lastState; error?: string } => {
    try {
      lastState = engine.state();
      return { state: lastState };
    } catch (error) {
      return { state: lastState, error: String((error as Error).message ?? error) };
    }
  };
  post({ type: 'ready', state: lastState });
  port.on('message', (request: EngineRequest) => {
    let ok = true;
    let value: unknown;
    let error: { name: string; message: string } | undefined;
    try {
      value = engine.execute(request.command);
    } catch (caught) {
      ok = false;
      const { name, message } = caught as { name?: unknown; message?: unknown };
      error = {
        name: typeof name === 'string' ? name : 'Error',
        message: String(message ?? caught),
      };
    }
    const pictured = currentState();
    let state = pictured.state;
    if (pictured.error && ok) {
      ok = false;
      error = { name: 'Error', message: pictured.error };
    }
    try {
      // Only plain data crosses google.script.run; the structured clone checks that too.
      post({ type: 'done', id: request.id, ok, value, error, state });
    } catch (cloneError) {
      state = currentState().state;
      post({
        type: 'done',
        id: request.id,
        ok: false,
        error: { name: 'Error', message: String((cloneError as Error).message) },
        state,
      });
    }
  });
} catch (error) {
  post({
    type: 'failed',
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
