// `lectern build`: flags → build options, diagnostics and a summary on stderr.
import os from 'node:os';
import path from 'node:path';
import { build } from '../build.js';
import { parseFormats, printDiagnostics, UsageError, type CliEnvironment } from '../cli.js';
import { handoutLayouts, paperSizes } from '../config/schema.js';
import { parseShard } from '../shard/partition.js';
import { enableProfile, profileReport, recordStartup } from '../profile.js';

export async function runBuild(values: Record<string, unknown>, env: CliEnvironment): Promise<number> {
  if (values.profile) enableProfile();
  recordStartup();
  const formats = parseFormats(values.format);
  const paper = values.paper as string | undefined;
  if (paper && !(paperSizes as readonly string[]).includes(paper)) throw new UsageError(`unknown paper "${paper}" (A4 or Letter)`);
  const layout = values.layout as string | undefined;
  if (layout && !(handoutLayouts as readonly string[]).includes(layout)) throw new UsageError(`unknown handout layout "${layout}" (${handoutLayouts.join(', ')})`);
  const concurrency = values.concurrency === undefined ? os.availableParallelism() : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency takes a whole number ≥ 1, not "${String(values.concurrency)}"`);
  const shard = values.shard === undefined ? undefined : parseShard(String(values.shard));
  if (values.shard !== undefined && !shard) throw new UsageError(`--shard takes INDEX/COUNT with 1 ≤ INDEX ≤ COUNT, such as 3/8, not "${String(values.shard)}"`);
  const handout = paper || layout ? { ...(paper ? { paper: paper as 'A4' } : {}), ...(layout ? { layout: layout as '3-up' } : {}) } : undefined;
  const result = await build({
    root: env.cwd,
    outDir: path.resolve(env.cwd, (values.out as string | undefined) ?? 'dist'),
    decks: values.deck as string[] | undefined,
    classes: values.class as string[] | undefined,
    formats,
    look: values.theme || handout ? { theme: values.theme as string | undefined, handout } : undefined,
    export: { concurrency, pdfFragments: Boolean(values['pdf-fragments']), pdfNotes: Boolean(values['pdf-notes']) },
    logger: env.logger,
    shard,
    ...(values['no-cache'] ? { cache: false as const } : {}),
  });
  if (result.interrupted) {
    env.logger.error('lectern build: interrupted, dist/ left as it was');
    return 130;
  }
  printDiagnostics(result.diagnostics, env);
  if (!result.manifest) {
    env.logger.error(`lectern build: failed, dist/ left as it was`);
    return 1;
  }
  for (const f of result.failed) env.logger.error(`lectern build: error: ${f}`);
  const classes = result.classes;
  const reused = result.upToDate ? ', nothing changed since the last build' : result.reused.length ? `, ${result.reused.length} deck${result.reused.length === 1 ? '' : 's'} from the print cache` : '';
  env.logger.info(
    `built ${result.decks} deck${result.decks === 1 ? '' : 's'} for ${classes} class${classes === 1 ? '' : 'es'}: ${result.slides} slides, ${result.files} files in ${path.relative(env.cwd, path.resolve(env.cwd, (values.out as string | undefined) ?? 'dist')) || '.'}/ (${(result.ms / 1000).toFixed(2)} s${reused})`,
  );
  for (const line of profileReport()) env.logger.info(line);
  return result.ok ? 0 : 1;
}
