// `lectern merge DIR…`: joins the outputs of `lectern build --shard i/n` runs into one dist/.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { UsageError } from '../diagnostics.js';
import { printDiagnostics, type CliEnvironment, type Flags, type FlagSpec, command } from '../cli/environment.js';
import { processHost } from '../cli/host.js';

const flags = { out: { type: 'string' } } as const satisfies FlagSpec;

export const mergeCommand = command({
  help: `Usage: lectern merge DIR… [--out DIR]

Joins the output folders of "lectern build --shard I/N" runs (every I from 1 to N, built from the same
sources with the same options) into one dist/ with one manifest.json and index pages, as one full build
would have written them. Run it in the project folder: the index pages are made from its classes.

Options:
  --out DIR        output folder (default: dist)
  -h, --help       show this help

Exit codes: 0 merged, 1 a shard missing or a folder that is not a shard output, 2 wrong command line.`,
  options: flags,
  run: (values, positionals, env) => runMerge(values, positionals, env),
});

async function runMerge(values: Flags<typeof flags>, positionals: string[], env: CliEnvironment): Promise<number> {
  if (!positionals.length) throw new UsageError('name the shard output folders to merge, such as: lectern merge shards/*');
  const started = performance.now();
  const out = values.out ?? 'dist';
  const { mergeShards } = await import('../shard/merge.js');
  const result = mergeShards(positionals.map((d) => path.resolve(env.cwd, d)), path.resolve(env.cwd, out), { root: env.cwd }, processHost());
  printDiagnostics(result.diagnostics, env);
  if (!result.manifest) {
    env.logger.error(`lectern merge: failed, ${out}/ left as it was`);
    return 1;
  }
  env.logger.info(`merged ${positionals.length} shard${positionals.length === 1 ? '' : 's'}: ${result.decks} deck builds in ${out}/ (${((performance.now() - started) / 1000).toFixed(2)} s)`);
  return 0;
}
