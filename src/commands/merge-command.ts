// `lectern merge DIR…`: joins the outputs of `lectern build --shard i/n` runs into one dist/.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { printDiagnostics, UsageError, type CliEnvironment } from '../cli.js';
import { mergeShards } from '../shard/merge.js';

export async function runMerge(values: Record<string, unknown>, positionals: string[], env: CliEnvironment): Promise<number> {
  if (!positionals.length) throw new UsageError('name the shard output folders to merge, such as: lectern merge shards/*');
  const started = performance.now();
  const out = (values.out as string | undefined) ?? 'dist';
  const result = mergeShards(positionals.map((d) => path.resolve(env.cwd, d)), path.resolve(env.cwd, out), { root: env.cwd });
  printDiagnostics(result.diagnostics, env);
  if (!result.manifest) {
    env.logger.error(`lectern merge: failed, ${out}/ left as it was`);
    return 1;
  }
  env.logger.info(`merged ${positionals.length} shard${positionals.length === 1 ? '' : 's'}: ${result.decks} deck builds in ${out}/ (${((performance.now() - started) / 1000).toFixed(2)} s)`);
  return 0;
}
