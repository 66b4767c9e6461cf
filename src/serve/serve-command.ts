// Placeholder until its issue lands.
import type { CliEnvironment } from '../cli.js';

export async function runServe(_values: Record<string, unknown>, ...rest: unknown[]): Promise<number> {
  const env = rest[rest.length - 1] as CliEnvironment;
  env.logger.error('lectern: this command is not implemented yet');
  return 2;
}
