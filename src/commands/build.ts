// `lectern build`: flags → build options; diagnostics, rule summaries and what was built, on stderr.
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../diagnostics.js';
import { printDiagnostics, type CliEnvironment, type Flags, type FlagSpec, command } from '../cli/environment.js';
import { ruleSummaries, summariseWarnings } from '../check/summary.js';
import type { Format } from '../build.js';
import { profileReport, profileWanted, recordStartup, traceSpans } from '../cli/profile-report.js';
import { parseShard } from '../shard/partition.js';
import { interruptOnSignals } from '../cli/interrupt.js';
import { processHost } from '../cli/host.js';
import { DEFAULT_LIMITS, parseSize, type InputLimits } from '../outline/input-limits.js';

const flags = {
  deck: { type: 'string', multiple: true },
  class: { type: 'string', multiple: true },
  format: { type: 'string' },
  out: { type: 'string' },
  theme: { type: 'string' },
  paper: { type: 'string' },
  layout: { type: 'string' },
  'pdf-fragments': { type: 'boolean' },
  'pdf-notes': { type: 'boolean' },
  concurrency: { type: 'string' },
  scale: { type: 'string' },
  'no-html': { type: 'boolean' },
  shard: { type: 'string' },
  'no-cache': { type: 'boolean' },
  'max-deck-size': { type: 'string' },
  'max-slides': { type: 'string' },
  'follow-links': { type: 'boolean' },
  profile: { type: 'boolean' },
} as const satisfies FlagSpec;

export const buildCommand = command({
  help: `Usage: lectern build [options]

Builds every deck (decks/*.md, decks/<slug>/index.md) for every class in classes/*.yaml into dist/:
the reveal.js deck, its slide PDF and its handout. A build that fails leaves the previous dist/ as it was.
Warnings of one check rule are summed up in one line; "lectern check" lists each of them.

Options:
  --deck SLUG            only this deck (repeatable); a deck in no class is built under "Not in a class"
  --class ID             only this class (repeatable)
  --format LIST          html,pdf,handout,single,pptx,png (default: the first three); PDFs not rebuilt are kept
                         single: also <class>/<deck>.html, one self-contained file per deck
                         (kept up to date by later builds once it exists)
                         pptx: <deck>.pptx, editable PowerPoint from the slides (see docs/pptx.md)
                         png: one image per slide, <class>/<deck>/slides/001.png …
  --scale N              slide images at N times the slide size (1-4, default 1)
  --out DIR              output folder (default: dist)
  --theme NAME           override the theme of every deck (light, dark, contrast, …)
  --paper A4|Letter      handout paper size (default A4, or the class setting)
  --layout 3-up|6-up|notes|lecturer-notes  handout layout (default 3-up, or the class setting)
  --pdf-fragments        one PDF page per fragment step instead of the final state
  --pdf-notes            add each slide's speaker notes on a page after it
  --concurrency N        pages printed in parallel (default: number of CPUs)
  --no-html              show raw HTML in decks as text (for decks you did not write)
  --shard I/N            build only part I of N of the (class, deck) jobs (a CI matrix; see lectern merge)
  --max-deck-size SIZE   largest deck file read (default 2MB; e.g. 4MB, 500kB)
  --max-slides N         most slides in one deck (default 10000)
  --no-cache             print every PDF, and rebuild even if nothing changed (skips .lectern-cache/)
  --profile              print where the time went (also DEBUG=lectern:time; DEBUG=lectern:trace: each
                         step as it starts and ends, to see what overlaps)
  --follow-links         use decks, class files and templates that link to files outside the project
                         (refused by default, so a shared project cannot read your other files)
  -h, --help             show this help

Exit codes: 0 built, 1 errors in the decks or class files, 2 wrong command line, 130 interrupted (Ctrl-C).`,
  options: flags,
  run: (values, _positionals, env) => runBuild(values, env),
});

export function parseFormats(value: unknown): Set<Format> {
  if (value === undefined) return new Set(['html', 'pdf', 'handout']);
  const formats = String(value).split(',').map((s) => s.trim()).filter(Boolean);
  for (const f of formats) if (!['html', 'pdf', 'handout', 'single', 'pptx', 'png'].includes(f)) throw new UsageError(`unknown format "${f}" (formats: html, pdf, handout, single, pptx, png)`);
  return new Set(['html', ...formats] as Format[]);
}

async function runBuild(values: Flags<typeof flags>, env: CliEnvironment): Promise<number> {
  const profile = profileWanted(values.profile, process.env.DEBUG ?? '');
  recordStartup();
  const stopTrace = traceSpans(process.env.DEBUG ?? '', (line) => env.logger.info(line));
  const formats = parseFormats(values.format);
  const paper = values.paper;
  const layout = values.layout;
  // The schemas load zod (a tenth of a second): only when there is a flag to check, not on every rebuild.
  const { handoutLayouts, paperSizes } = paper || layout ? await import('../config/schema.js') : { handoutLayouts: [], paperSizes: [] };
  if (paper && !(paperSizes as readonly string[]).includes(paper)) throw new UsageError(`unknown paper "${paper}" (A4 or Letter)`);
  if (layout && !(handoutLayouts as readonly string[]).includes(layout)) throw new UsageError(`unknown handout layout "${layout}" (${handoutLayouts.join(', ')})`);
  const concurrency = values.concurrency === undefined ? os.availableParallelism() : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency takes a whole number ≥ 1, not "${String(values.concurrency)}"`);
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (!Number.isInteger(scale) || scale < 1 || scale > 4) throw new UsageError(`--scale takes a whole number from 1 to 4, not "${String(values.scale)}"`);
  const shard = values.shard === undefined ? undefined : parseShard(String(values.shard));
  if (values.shard !== undefined && !shard) throw new UsageError(`--shard takes INDEX/COUNT with 1 ≤ INDEX ≤ COUNT, such as 3/8, not "${String(values.shard)}"`);
  const handout = paper || layout ? { ...(paper ? { paper: paper as 'A4' } : {}), ...(layout ? { layout: layout as '3-up' } : {}) } : undefined;
  const limits = inputLimits(values);
  const outDir = path.resolve(env.cwd, values.out ?? 'dist');
  const { build } = await import('../build.js');
  const interrupt = interruptOnSignals();
  const result = await build({
    root: env.cwd,
    outDir,
    decks: values.deck,
    classes: values.class,
    html: values['no-html'] ? false : undefined,
    followLinks: Boolean(values['follow-links']),
    formats,
    look: values.theme || handout ? { theme: values.theme, handout } : undefined,
    export: { concurrency, pdfFragments: Boolean(values['pdf-fragments']), pdfNotes: Boolean(values['pdf-notes']), ...(values.scale === undefined ? {} : { scale }) },
    shard,
    limits,
    ...(values['no-cache'] ? { cache: false as const } : {}),
  }, { cwd: env.cwd, logger: env.logger, host: processHost(), signal: interrupt.signal }).finally(() => interrupt.dispose());
  if (result.interrupted) {
    env.logger.error('lectern build: interrupted, dist/ left as it was');
    return 130;
  }
  printDiagnostics(summariseWarnings(result.diagnostics), env);
  for (const line of ruleSummaries(result.diagnostics)) env.logger.warn(line);
  if (!result.manifest) {
    env.logger.error(`lectern build: failed, dist/ left as it was`);
    return 1;
  }
  for (const f of result.failed) env.logger.error(`lectern build: error: ${f}`);
  const classes = result.classes;
  const reused = result.upToDate ? ', nothing changed since the last build' : result.reused.length ? `, ${result.reused.length} deck${result.reused.length === 1 ? '' : 's'} from the print cache` : '';
  env.logger.info(
    `built ${result.decks} deck${result.decks === 1 ? '' : 's'} for ${classes} class${classes === 1 ? '' : 'es'}: ${result.slides} slides, ${result.files} files in ${path.relative(env.cwd, outDir) || '.'}/ (${(result.ms / 1000).toFixed(2)} s${reused})`,
  );
  for (const f of result.singles ?? []) env.logger.info(`single file ${f.path}: ${formatBytes(f.bytes)}`);
  // Only printing lays the slides out: without it, say how to find the ones that do not fit.
  if (!formats.has('pdf') && !formats.has('handout')) env.logger.info('slides not laid out (no PDFs asked for): "lectern check" finds the ones that run off the slide');
  stopTrace();
  if (profile) for (const line of profileReport()) env.logger.info(line);
  return result.ok ? 0 : 1;
}

/** --max-deck-size and --max-slides over the defaults. */
function inputLimits(values: Flags<typeof flags>): InputLimits {
  const limits = { ...DEFAULT_LIMITS };
  if (values['max-deck-size'] !== undefined) {
    const bytes = parseSize(String(values['max-deck-size']));
    if (bytes === undefined) throw new UsageError(`--max-deck-size takes a size such as 4MB or 500kB, not "${String(values['max-deck-size'])}"`);
    limits.deckBytes = bytes;
  }
  if (values['max-slides'] !== undefined) {
    const slides = Number(values['max-slides']);
    if (!Number.isInteger(slides) || slides < 1) throw new UsageError(`--max-slides takes a whole number ≥ 1, not "${String(values['max-slides'])}"`);
    limits.slides = slides;
  }
  return limits;
}

function formatBytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} kB`;
}
