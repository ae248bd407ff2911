// The playground's web server (node:http, local only): serves the page, relays the page's
// clicks and the sidebar's google.script.run calls to the engine worker, and pushes state
// changes and the add-on's questions to the page as server-sent events.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { PROJECT_DIR } from '../emulator/paths';
import type { Language } from '../src/core/i18n/language';
import { htmlWithBridge } from './bridge';
import { EngineClient } from './engineClient';
import { functionHelp } from './functionHelp';
import type { EngineCommand, Surface } from './protocol';
import type { ButtonName } from './state';

export interface PlaygroundOptions {
  /** 0 picks a free port. */
  readonly port: number;
  readonly language?: Language;
  /** The emulated clock's start; the real time when absent. */
  readonly now?: Date;
  /** Defaults to 127.0.0.1: the playground is for the person at this machine. */
  readonly host?: string;
}

export interface RunningPlayground {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const PAGE_DIR = join(PROJECT_DIR, 'playground', 'page');
const MAX_BODY_BYTES = 1024 * 1024;

interface PageAssets {
  readonly html: string;
  readonly script: string;
  readonly css: string;
}

async function buildPage(): Promise<PageAssets> {
  const result = await esbuild.build({
    entryPoints: [join(PAGE_DIR, 'playground.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const template = readFileSync(join(PAGE_DIR, 'index.html'), 'utf8');
  return {
    html: template
      .replace('<!-- inline:style -->', '<link rel="stylesheet" href="/playground.css" />')
      .replace('<!-- inline:script -->', '<script src="/playground.js"></script>'),
    script: result.outputFiles[0].text,
    css: readFileSync(join(PAGE_DIR, 'playground.css'), 'utf8'),
  };
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, ...SECURITY_HEADERS });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        const parsed: unknown = text ? JSON.parse(text) : {};
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
          reject(new Error('Expected a JSON object'));
        } else resolve(parsed as Record<string, unknown>);
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}

const BUTTONS: readonly ButtonName[] = ['OK', 'CANCEL', 'YES', 'NO', 'CLOSE'];

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function surfaceOf(value: unknown): Surface {
  return value === 'dialog' ? 'dialog' : 'sidebar';
}

/** The page's POST routes, as engine commands. */
function commandFor(path: string, body: Record<string, unknown>): EngineCommand | undefined {
  switch (path) {
    case '/api/menu':
      return { type: 'menu', functionName: text(body.functionName) };
    case '/api/run':
      return {
        type: 'run',
        functionName: text(body.functionName),
        args: Array.isArray(body.args) ? body.args : [],
      };
    case '/api/language':
      return { type: 'language', language: body.language === 'en' ? 'en' : 'es' };
    case '/api/clock':
      return {
        type: 'clock',
        date: typeof body.date === 'string' ? body.date : undefined,
        addDays: typeof body.addDays === 'number' ? body.addDays : undefined,
      };
    case '/api/daily-trigger':
      return { type: 'dailyTrigger' };
    case '/api/view-as':
      return { type: 'viewAs', email: text(body.email) };
    case '/api/close':
      return { type: 'close', surface: surfaceOf(body.surface) };
    case '/api/active-sheet':
      return { type: 'activeSheet', name: text(body.name) };
    case '/api/edit':
      return {
        type: 'edit',
        sheet: text(body.sheet),
        cell: text(body.cell),
        value: text(body.value),
      };
    default:
      return undefined;
  }
}

/** Starts the playground: the engine (with the example workbook) and the web server. */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  // The port first: a busy port is reported at once, before seconds of building.
  let handler: (request: IncomingMessage, response: ServerResponse) => Promise<void> = async (
    _request,
    response,
  ) => send(response, 503, 'text/plain; charset=utf-8', 'Starting…');
  const server: Server = createServer((request, response) => {
    handler(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        sendJson(response, 400, {
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        });
      } else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  let page: PageAssets;
  let engine: EngineClient;
  try {
    [page, engine] = await Promise.all([
      buildPage(),
      EngineClient.start(options.language ?? 'es', options.now),
    ]);
  } catch (error) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }
  const listeners = new Set<ServerResponse>();
  const broadcast = (event: string, data: unknown) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const listener of listeners) listener.write(frame);
  };
  engine.onState = (state) => broadcast('state', { revision: state.revision });
  engine.onQuestion = (question) => broadcast('question', question);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Only this machine's names: a web page re-pointing its own host name here gets nothing.
    const host = String(request.headers.host ?? '').replace(/:\d+$/, '');
    if (!['127.0.0.1', 'localhost', '[::1]', options.host ?? '127.0.0.1'].includes(host)) {
      return send(response, 421, 'text/plain; charset=utf-8', 'Unknown host');
    }
    const url = new URL(request.url ?? '/', 'http://playground.local');
    const path = url.pathname;
    if (request.method === 'GET') {
      if (path === '/') return send(response, 200, 'text/html; charset=utf-8', page.html);
      if (path === '/playground.js') {
        return send(response, 200, 'text/javascript; charset=utf-8', page.script);
      }
      if (path === '/playground.css')
        return send(response, 200, 'text/css; charset=utf-8', page.css);
      if (path === '/favicon.ico') {
        response.writeHead(204, SECURITY_HEADERS);
        return void response.end();
      }
      if (path === '/api/state') return sendJson(response, 200, engine.state);
      if (path === '/api/functions') {
        return sendJson(
          response,
          200,
          functionHelp(url.searchParams.get('language') === 'en' ? 'en' : 'es'),
        );
      }
      if (path === '/api/question') return sendJson(response, 200, engine.pendingQuestion());
      if (path === '/api/events') {
        response.writeHead(200, {
          'content-type': 'text/event-stream',
          connection: 'keep-alive',
          ...SECURITY_HEADERS,
        });
        response.write(
          `event: state\ndata: ${JSON.stringify({ revision: engine.state.revision })}\n\n`,
        );
        response.write(`event: question\ndata: ${JSON.stringify(engine.pendingQuestion())}\n\n`);
        listeners.add(response);
        request.on('close', () => listeners.delete(response));
        return;
      }
      if (path === '/html/sidebar' || path === '/html/dialog') {
        const result = await engine.send({ type: 'html', surface: surfaceOf(path.slice(6)) });
        if (!result.ok || typeof result.value !== 'string') {
          return send(response, 404, 'text/plain; charset=utf-8', 'Nothing is shown there.');
        }
        return send(
          response,
          200,
          'text/html; charset=utf-8',
          htmlWithBridge(result.value, surfaceOf(path.slice(6))),
        );
      }
      return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    }
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', '');
    // A page on another origin must not drive the add-on: only same-origin JSON posts.
    const origin = request.headers.origin;
    if (origin && origin !== `http://${request.headers.host}`) {
      return sendJson(response, 403, { ok: false, error: 'Cross-origin request refused' });
    }
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, { ok: false, error: 'Send JSON' });
    }
    const body = await readJson(request);
    if (path === '/api/answer') {
      const button = BUTTONS.find((name) => name === body.button);
      const answered =
        button !== undefined && engine.answer(Number(body.id), { button, text: text(body.text) });
      return sendJson(response, answered ? 200 : 409, {
        ok: answered,
        error: answered ? undefined : 'No such question or button',
      });
    }
    const command = commandFor(path, body);
    if (!command) return sendJson(response, 404, { ok: false, error: 'Not found' });
    const result = await engine.send(command);
    if (command.type === 'run') {
      // google.script.run: the add-on's own failure goes to the failure handler.
      return sendJson(response, 200, result);
    }
    return sendJson(response, 200, { ok: result.ok, error: result.error?.message });
  }

  handler = handle;
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/`,
    port,
    async close() {
      for (const listener of listeners) listener.end();
      listeners.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.close();
    },
  };
}
