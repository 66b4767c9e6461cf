// `lectern …` run in-process through main(), for tests that check what a user sees: exit code and output.
import { main, type CliEnvironment } from '../src/cli.js';

export async function lectern(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const line = (m: string) => (out.stderr += m + '\n');
  const env: CliEnvironment = { cwd, logger: { info: line, warn: line, error: line }, stdout: (t) => (out.stdout += t) };
  const code = await main(argv, env);
  return { code, ...out };
}
