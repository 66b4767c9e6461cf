// `lectern serve` flags → a running server until Ctrl-C.
import path from 'node:path';
import { UsageError } from '../diagnostics.js';
import { command, type CliEnvironment, type Flags, type FlagSpec } from '../cli/environment.js';
import { processHost } from '../cli/host.js';

const flags = {
  port: { type: 'string' },
  host: { type: 'string' },
  deck: { type: 'string', multiple: true },
  class: { type: 'string', multiple: true },
  pdf: { type: 'boolean' },
  'follow-links': { type: 'boolean' },
  out: { type: 'string' },
} as const satisfies FlagSpec;

export const serveCommand = command({
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
  --follow-links   use decks, class files and templates that link to files outside the project
  --out DIR        output folder (default: dist)
  -h, --help       show this help`,
  options: flags,
  run: (values, _positionals, env) => runServe(values, env),
});

async function runServe(values: Flags<typeof flags>, env: CliEnvironment): Promise<number> {
  const port = values.port === undefined ? 8000 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535, not "${String(values.port)}"`);
  const host = values.host ?? '127.0.0.1';
  const { startServer } = await import('../serve/server.js');
  const server = await startServer({
    system: processHost(),
    root: env.cwd,
    outDir: path.resolve(env.cwd, values.out ?? 'dist'),
    port,
    host,
    decks: values.deck,
    classes: values.class,
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
