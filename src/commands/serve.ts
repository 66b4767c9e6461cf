// `lectern serve` flags → a running server until Ctrl-C.
import path from 'node:path';
import { UsageError } from '../diagnostics.js';
import type { CliEnvironment, Command } from '../cli/environment.js';

export const serveCommand: Command = {
  help: `Usage: lectern serve [options]

Builds the HTML, serves dist/ and rebuilds what a save affects, reloading open tabs on the same slide.
Decks that no class lists are served too, under "Not in a class". Build errors show in the terminal and as
an overlay in the browser; the server keeps running. PDFs already in dist/ are kept.

Options:
  --port N         port (default 8000; the next free one if taken)
  --host ADDR      interface to listen on (default 127.0.0.1)
  --deck SLUG      only this deck (repeatable)
  --class ID       only this class (repeatable)
  --pdf            also rebuild PDFs and handouts on every change
  --out DIR        output folder (default: dist)
  --follow-links   use decks, class files and templates that link to files outside the project
  -h, --help       show this help`,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    deck: { type: 'string', multiple: true },
    class: { type: 'string', multiple: true },
    pdf: { type: 'boolean' },
    out: { type: 'string' },
    'follow-links': { type: 'boolean' },
  },
  run: (values, _positionals, env) => runServe(values, env),
};

async function runServe(values: Record<string, unknown>, env: CliEnvironment): Promise<number> {
  const port = values.port === undefined ? 8000 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535, not "${String(values.port)}"`);
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  const { startServer } = await import('../serve/server.js');
  const server = await startServer({
    root: env.cwd,
    outDir: path.resolve(env.cwd, (values.out as string | undefined) ?? 'dist'),
    port,
    host,
    decks: values.deck as string[] | undefined,
    classes: values.class as string[] | undefined,
    pdf: Boolean(values.pdf),
    followLinks: Boolean(values['follow-links']),
    logger: env.logger,
  });
  env.logger.info(`serving ${server.url} (watching decks/, templates/, classes/; Ctrl-C to stop)`);
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') env.logger.warn(`listening on ${host}: other machines on the network can open these slides`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  env.logger.info('stopping');
  await server.close();
  return 0;
}
