// npm run bench:input: each hostile input class of issue 27 at three sizes (or up to a documented limit, then past
// it), as a whole `lectern build --format html` process: seconds per MB at the largest size built and the growth
// exponent (log-log slope of time over size, after the run time of a one-slide deck is taken off; 1 is linear). BENCH_INPUT=table,list picks
// classes; BENCH_INPUT_TIMEOUT (s, default 120) gives up on a size, which then shows as "> N s".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { inputClasses } from './bench/inputs.js';

const cli = path.resolve(import.meta.dirname, '..', 'bin', 'lectern.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-input-'));
const timeout = Number(process.env.BENCH_INPUT_TIMEOUT ?? 120) * 1000;
const pick = new Set((process.env.BENCH_INPUT ?? '').split(',').filter(Boolean));
const fractions = [0.25, 0.5, 1];

interface Run {
  bytes: number;
  ms: number;
  outcome: string;
}

/** One build of `text` as decks/x.md in a fresh project: wall time and how it ended. */
function buildOnce(text: string): Run {
  const root = fs.mkdtempSync(path.join(work, 'p-'));
  fs.mkdirSync(path.join(root, 'decks'));
  fs.writeFileSync(path.join(root, 'decks', 'x.md'), text);
  const t = performance.now();
  const r = spawnSync(process.execPath, [cli, 'build', '--format', 'html', '--no-cache'], { cwd: root, encoding: 'utf8', timeout, killSignal: 'SIGKILL', maxBuffer: 64 * 2 ** 20 });
  const ms = performance.now() - t;
  fs.rmSync(root, { recursive: true, force: true });
  const error = r.stderr.split('\n').find((l) => / error: /.test(l));
  // A refusal's message up to its first ";" (what was too large), not its advice.
  const outcome = r.error ? 'timed out' : r.status === 0 ? 'built' : `refused: ${error?.replace(/^.*? error: /, '').split(';')[0] ?? `exit ${r.status}`}`;
  return { bytes: Buffer.byteLength(text), ms, outcome };
}

const oneSlide = () => buildOnce('---\ntitle: Input\n---\n\n## One\n\nText.\n').ms;
// The quickest one-slide build seen so far, measured again before each class: a busy machine slows some runs.
let baseline = Math.min(oneSlide(), oneSlide(), oneSlide());
console.log(`one-slide deck: ${(baseline / 1000).toFixed(2)} s (taken off before the slope); load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log("| Input | Sizes | Seconds | s per MB (largest built, less a one-slide deck's time) | Growth exponent | Outcome |");
console.log('|---|---|---|---|---|---|');
for (const input of inputClasses) {
  if (pick.size && !pick.has(input.name)) continue;
  baseline = Math.min(baseline, oneSlide());
  const runs: Run[] = [];
  for (const count of input.sizes ?? fractions.map((f) => Math.round(input.count * f))) {
    const run = buildOnce(input.deck(count));
    runs.push(run);
    if (run.outcome === 'timed out') break;
  }
  // Growth and speed over the sizes that were built (a refusal takes no time to speak of).
  const built = runs.filter((r) => r.outcome === 'built');
  const last = built[built.length - 1] ?? runs[runs.length - 1]!;
  const mb = (b: number) => b / 2 ** 20;
  const net = (r: Run) => Math.max(r.ms - baseline, 1);
  // Least-squares slope of log(net time) over log(bytes).
  const xs = built.map((r) => Math.log(r.bytes));
  const ys = built.map((r) => Math.log(net(r)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  const sizes = runs.map((r) => (r.bytes >= 2 ** 20 ? `${mb(r.bytes).toFixed(1)} MB` : `${(r.bytes / 1024).toFixed(0)} kB`)).join(', ');
  const seconds = runs.map((r) => (r.outcome === 'timed out' ? `> ${timeout / 1000}` : (r.ms / 1000).toFixed(2))).join(', ');
  const perMb = last.outcome === 'built' ? (net(last) / 1000 / mb(last.bytes)).toFixed(1) : '-';
  console.log(`| ${input.count.toLocaleString('en')} ${input.what} | ${sizes} | ${seconds} | ${perMb} | ${built.length > 1 ? slope.toFixed(2) : '-'} | ${[...new Set(runs.map((r) => r.outcome))].join('; ')} |`);
}
fs.rmSync(work, { recursive: true, force: true });
