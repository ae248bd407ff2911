// `npm start`: the built add-on, offline, in a local web page. PORT picks the port
// (default 8080); PLAYGROUND_LANGUAGE=en starts in English (Spanish by default).

import { startPlayground } from '../playground/server';
import { languageFromTag } from '../src/core/i18n/language';

const DEFAULT_PORT = 8080;

async function main(): Promise<void> {
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number (0–65535), not "${process.env.PORT}".`);
    process.exit(2);
  }
  const language = languageFromTag(process.env.PLAYGROUND_LANGUAGE ?? 'es');
  const started = Date.now();
  try {
    const playground = await startPlayground({ port, language });
    console.log(`OKR Sheets playground: ${playground.url}  (ready in ${Date.now() - started} ms)`);
    console.log('Offline: the built add-on (dist/) runs in the emulator. Ctrl+C stops it.');
    const stop = () => {
      void playground.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `Port ${port} is already in use. Stop what is using it, or choose another port: PORT=8081 npm start`,
      );
    } else console.error(error);
    process.exit(1);
  }
}

void main();
