// emulator/googleScriptRun.ts: the google.script.run stand-in behaves as Apps Script's
// client does where the sidebar could notice.
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_TRANSPORT, googleScriptRunSource } from '../../emulator/googleScriptRun';
import { launchBrowser, sidebarPage } from './browser';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await sidebarPage(browser);
  await page.exposeFunction(DEFAULT_TRANSPORT, (name: string, args: unknown[]) => {
    if (name === 'fails') throw new Error('No hay ningún resultado clave con ID «X».');
    if (name === 'dated') return { when: new Date(0) };
    return { name, args };
  });
  await page.setContent(
    `<script>${googleScriptRunSource({ functionNames: ['echo', 'fails', 'dated'] })}</script>`,
  );
});
afterAll(async () => {
  await browser?.close();
});

type Outcome = { ok: boolean; value?: unknown; message?: string; name?: string; user?: unknown };

function call(name: string, args: unknown[], userObject?: unknown): Promise<Outcome> {
  return page.evaluate(
    ([fn, callArgs, user]) =>
      new Promise<Outcome>((resolve) => {
        // biome-ignore lint/suspicious/noExplicitAny: the page's global google.script.run.
        const run = (window as any).google.script.run
          .withSuccessHandler((value: unknown, passed: unknown) =>
            resolve({ ok: true, value, user: passed }),
          )
          .withFailureHandler((error: Error, passed: unknown) =>
            resolve({
              ok: false,
              message: error.message,
              name: error instanceof Error ? 'Error' : typeof error,
              user: passed,
            }),
          )
          .withUserObject(user);
        run[fn as string](...(callArgs as unknown[]));
      }),
    [name, args, userObject] as const,
  );
}

describe('google.script.run bridge', () => {
  it('calls through the transport with JSON-copied arguments and passes the user object', async () => {
    expect(await call('echo', [{ a: 1, skip: undefined }, 'x'], { row: 3 })).toEqual({
      ok: true,
      value: { name: 'echo', args: [{ a: 1 }, 'x'] },
      user: { row: 3 },
    });
  });

  it('hands a server error to the failure handler as an Error with the server message', async () => {
    expect(await call('fails', [])).toEqual({
      ok: false,
      message: 'No hay ningún resultado clave con ID «X».',
      name: 'Error',
    });
  });

  it('turns a result holding a Date into null, as Apps Script does', async () => {
    expect(await call('dated', [])).toEqual({ ok: true, value: null });
  });

  it('exposes only the listed server functions, and runners are immutable', async () => {
    const shape = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the page's global google.script.run.
      const run = (window as any).google.script.run;
      const withHandler = run.withSuccessHandler(() => undefined);
      return {
        names: Object.keys(run).sort(),
        frozen: Object.isFrozen(run),
        distinct: withHandler !== run,
      };
    });
    expect(shape).toEqual({
      names: [
        'dated',
        'echo',
        'fails',
        'withFailureHandler',
        'withSuccessHandler',
        'withUserObject',
      ],
      frozen: true,
      distinct: true,
    });
  });
});
