// The main thread's handle on the engine worker: builds the worker script with esbuild
// (packages stay external, so it loads hyperformula from node_modules), sends commands
// one by one, and relays the questions the add-on asks while a command is paused.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import { PROJECT_DIR } from '../emulator/paths';
import type { Language } from '../src/core/i18n/language';
import {
  ANSWER_BUFFER_BYTES,
  type EngineCommand,
  type EngineMessage,
  type EngineOptions,
  writeAnswer,
} from './protocol';
import { type Answer, BUTTONS_OF_SET, type PendingQuestion, type PlaygroundState } from './state';

export interface CommandResult {
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: { readonly name: string; readonly message: string };
}

export const PLAYGROUND_CACHE_DIR = join(PROJECT_DIR, 'node_modules', '.cache', 'okr-playground');

let workerBuilds = 0;

/** One file per start (removed once the worker has loaded it), so starts never collide. */
async function buildWorkerScript(): Promise<string> {
  mkdirSync(PLAYGROUND_CACHE_DIR, { recursive: true });
  workerBuilds += 1;
  const outfile = join(PLAYGROUND_CACHE_DIR, `engineWorker-${process.pid}-${workerBuilds}.cjs`);
  await esbuild.build({
    entryPoints: [join(PROJECT_DIR, 'playground', 'engineWorker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  return outfile;
}

export class EngineClient {
  private nextId = 1;
  private readonly pending = new Map<number, (message: EngineMessage & { type: 'done' }) => void>();
  private question: PendingQuestion | null = null;
  state: PlaygroundState;
  onState: (state: PlaygroundState) => void = () => undefined;
  onQuestion: (question: PendingQuestion | null) => void = () => undefined;

  private constructor(
    private readonly worker: Worker,
    private readonly answers: SharedArrayBuffer,
    initial: PlaygroundState,
  ) {
    this.state = initial;
    worker.on('message', (message: EngineMessage) => this.receive(message));
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => this.failAll(new Error('The playground engine stopped.')));
  }

  static async start(language: Language, now?: Date): Promise<EngineClient> {
    const script = await buildWorkerScript();
    const answers = new SharedArrayBuffer(ANSWER_BUFFER_BYTES);
    const options: EngineOptions = { language, answers, now: now?.toISOString() };
    const worker = new Worker(script, { workerData: options });
    const initial = await new Promise<PlaygroundState>((resolve, reject) => {
      const onMessage = (message: EngineMessage) => {
        if (message.type === 'ready') {
          worker.off('message', onMessage);
          resolve(message.state);
        } else if (message.type === 'failed') {
          worker.off('message', onMessage);
          reject(new Error(message.message));
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`The playground engine exited (${code}).`)));
    }).finally(() => rmSync(script, { force: true }));
    return new EngineClient(worker, answers, initial);
  }

  private receive(message: EngineMessage): void {
    if (message.type === 'question') {
      this.question = message.question;
      this.onQuestion(message.question);
    } else if (message.type === 'done') {
      if (message.state.revision >= this.state.revision) {
        this.state = message.state;
        this.onState(message.state);
      }
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    }
  }

  private failAll(error: Error): void {
    for (const [id, resolve] of this.pending) {
      resolve({
        type: 'done',
        id,
        ok: false,
        error: { name: 'Error', message: error.message },
        state: this.state,
      });
    }
    this.pending.clear();
  }

  /** Runs one command in the worker; resolves once it has finished (answers included). */
  send(command: EngineCommand): Promise<CommandResult> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (message) =>
        resolve({ ok: message.ok, value: message.value, error: message.error }),
      );
      this.worker.postMessage({ id, command });
    });
  }

  pendingQuestion(): PendingQuestion | null {
    return this.question;
  }

  /**
   * Answers the question the add-on is waiting on with one of its buttons (or CLOSE, the
   * dialog's ×); false if there is no such question or no such button.
   */
  answer(id: number, answer: Answer): boolean {
    if (!this.question || this.question.id !== id) return false;
    const allowed: readonly string[] = [...BUTTONS_OF_SET[this.question.buttons], 'CLOSE'];
    if (!allowed.includes(answer.button)) return false;
    this.question = null;
    this.onQuestion(null);
    writeAnswer(this.answers, answer);
    return true;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
