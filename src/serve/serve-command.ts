// `lectern serve` flags → a running server until Ctrl-C.
import path from 'node:path';
import { UsageError, type CliEnvironment } from '../cli.js';
import { startServer } from './server.js';

export async function runServe(values: Record<string, unknown>, env: CliEnvironment): Promise<number> {
  const port = values.port === undefined ? 8000 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535, not "${String(values.port)}"`);
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  const server = await startServer({
    root: env.cwd,
    outDir: path.resolve(env.cwd, (values.out as string | undefined) ?? 'dist'),
    port,
    host,
    classes: values.class as string[] | undefined,
    pdf: Boolean(values.pdf),
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
