// Messages between the HTTP server (main thread) and the engine worker that runs the
// add-on. The worker runs one command at a time; an alert or prompt pauses it (Apps
// Script's ui.alert blocks the script too) until the page answers through shared memory.
import type { Language } from '../src/core/i18n/language';
import type { Answer, PendingQuestion, PlaygroundState } from './state';

export type Surface = 'sidebar' | 'dialog';

export type EngineCommand =
  | { readonly type: 'state' }
  | { readonly type: 'menu'; readonly functionName: string }
  | { readonly type: 'run'; readonly functionName: string; readonly args: readonly unknown[] }
  | { readonly type: 'language'; readonly language: Language }
  | { readonly type: 'clock'; readonly date?: string; readonly addDays?: number }
  | { readonly type: 'dailyTrigger' }
  | { readonly type: 'viewAs'; readonly email: string }
  | { readonly type: 'close'; readonly surface: Surface }
  | { readonly type: 'activeSheet'; readonly name: string }
  | { readonly type: 'edit'; readonly sheet: string; readonly cell: string; readonly value: string }
  | { readonly type: 'html'; readonly surface: Surface };

export interface EngineRequest {
  readonly id: number;
  readonly command: EngineCommand;
}

export type EngineMessage =
  | {
      readonly type: 'done';
      readonly id: number;
      readonly ok: boolean;
      readonly value?: unknown;
      readonly error?: { readonly name: string; readonly message: string };
      readonly state: PlaygroundState;
    }
  | { readonly type: 'question'; readonly question: PendingQuestion }
  | { readonly type: 'ready'; readonly state: PlaygroundState }
  | { readonly type: 'failed'; readonly message: string };

export interface EngineOptions {
  readonly language: Language;
  /** The emulated clock's start (ISO); the real time when absent. */
  readonly now?: string;
  /** The answer mailbox: [0] = 0 while waiting, 1 once answered; [1] = byte length. */
  readonly answers: SharedArrayBuffer;
}

export const ANSWER_HEADER_BYTES = 8;
export const ANSWER_BUFFER_BYTES = 64 * 1024;

export function writeAnswer(buffer: SharedArrayBuffer, answer: Answer): void {
  const bytes = new TextEncoder().encode(JSON.stringify(answer));
  const header = new Int32Array(buffer, 0, 2);
  new Uint8Array(buffer, ANSWER_HEADER_BYTES).set(
    bytes.subarray(0, ANSWER_BUFFER_BYTES - ANSWER_HEADER_BYTES),
  );
  Atomics.store(header, 1, Math.min(bytes.length, ANSWER_BUFFER_BYTES - ANSWER_HEADER_BYTES));
  Atomics.store(header, 0, 1);
  Atomics.notify(header, 0);
}

/** Blocks the calling (worker) thread until the main thread writes an answer. */
export function waitForAnswer(buffer: SharedArrayBuffer): Answer {
  const header = new Int32Array(buffer, 0, 2);
  while (Atomics.load(header, 0) === 0) Atomics.wait(header, 0, 0);
  const length = Atomics.load(header, 1);
  const bytes = new Uint8Array(buffer, ANSWER_HEADER_BYTES, length).slice();
  Atomics.store(header, 0, 0);
  return JSON.parse(new TextDecoder().decode(bytes)) as Answer;
}
