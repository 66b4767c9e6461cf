// npm run bench: each Lectern figure next to its reference, measured in the same run (whole processes, wall time).
// BENCH_RUNS (default 3) runs per figure, medians; BENCH_SKIP=marp,serve,big leaves parts out. Prints the load.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { browserCandidates, findBrowser } from '../src/export/find-browser.js';
import { isHeadlessShell } from '../src/export/chromium-process.js';
import { writeMarpDecks } from './bench/marp.js';
import { generateCourse } from './bench/course.js';
import { measureServe } from './bench/serve.js';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'bin', 'lectern.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-'));
const runs = Number(process.env.BENCH_RUNS ?? 3);
const skip = new Set((process.env.BENCH_SKIP ?? '').split(','));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const browser = await findBrowser(process.env);
// Lectern prefers Debian's chromium-headless-shell. A Puppeteer script or Marp CLI runs the full browser unless
// told otherwise, so the references run on both: the same binary (Lectern's own cost) and the full one (what a
// user of those tools gets by default).
const fullBrowser = isHeadlessShell(browser) ? browserCandidates(process.env).find((c) => !isHeadlessShell(c.path))?.path : undefined;

/** Wall time of a whole process, as a user at the shell sees it. */
function timeProcess(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  return ms;
}
/** A pause between timed runs, for the last one's processes to be reaped. */
const settle = () => void spawnSync('sleep', ['0.2']);
const lectern = (args: string[], cwd = root) => timeProcess(process.execPath, [cli, 'build', ...args], cwd);
const medianOf = (fn: () => number) => median(Array.from({ length: runs }, fn));

/** Bare Puppeteer in its own process: one browser, page.pdf per built deck page (no bookmarks, no handouts). */
function bareScript(dist: string, exe: string, name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const pages = manifest.classes.flatMap((c: { decks: { html: string }[] }) => c.decks.map((d) => path.join(dist, d.html)));
  const script = path.join(work, `${name}.mjs`);
  const headless = isHeadlessShell(exe) ? "'shell'" : 'true';
  fs.writeFileSync(script, `import puppeteer from ${JSON.stringify(path.join(root, 'node_modules', 'puppeteer', 'lib', 'esm', 'puppeteer', 'puppeteer.js'))};
const b = await puppeteer.launch({ executablePath: ${JSON.stringify(exe)}, headless: ${headless}, args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
for (const [i, f] of ${JSON.stringify(pages)}.entries()) {
  await p.goto('file://' + f + '?print-pdf&margin=0', { waitUntil: 'load' });
  await p.waitForSelector('.pdf-page');
  await p.evaluate(() => document.fonts.ready);
  await p.pdf({ path: ${JSON.stringify(work)} + '/${name}-' + i + '.pdf', printBackground: true, preferCSSPageSize: true });
}
await b.close();`);
  return script;
}

const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`Lectern benchmark: ${os.cpus()[0]?.model ?? 'cpu'} × ${os.availableParallelism()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${path.basename(browser)}; median of ${runs}`);
console.log(`load average at start: ${load()}\n`);

// Cold: one class's four lectures to slide PDFs, no cache; against a bare print of the same HTML, and Marp CLI
// on the same four decks. They take turns, round after round: this machine's speed drifts by 10-20% within
// minutes, and a figure and its reference measured minutes apart would compare the drift.
const dist = path.join(work, 'dist');
const klass = process.env.BENCH_CLASS ?? 'cold-war-survey';
const coldArgs = ['--class', klass, '--format', 'pdf', '--no-cache', '--out', dist];
lectern(coldArgs);
const marpBin = path.join(os.tmpdir(), 'lectern-bench-marp', 'node_modules', '.bin', 'marp');
const withMarp = !skip.has('marp') && fs.existsSync(marpBin);
const references: { name: string; run: () => number }[] = [];
const browsers = [browser, ...(fullBrowser ? [fullBrowser] : [])];
browsers.forEach((exe, i) => {
  const script = bareScript(dist, exe, `bare${i}`);
  references.push({ name: `bare Puppeteer print of the same HTML, ${path.basename(exe)}`, run: () => timeProcess(process.execPath, [script], work) });
});
let marpDecks = 0;
if (withMarp) {
  const decks = writeMarpDecks(root, path.join(work, 'marp'));
  marpDecks = decks.length;
  browsers.forEach((exe, i) => {
    const config = path.join(work, 'marp', `.marprc-${i}.json`);
    fs.writeFileSync(config, JSON.stringify({ allowLocalFiles: true, browser: 'chrome', browserPath: exe }));
    const env = { CHROME_PATH: exe, CHROME_NO_SANDBOX: '1', ...(isHeadlessShell(exe) ? { PUPPETEER_HEADLESS_MODE: 'shell' } : {}) };
    references.push({ name: `Marp CLI on the same ${marpDecks} decks as Marp Markdown, ${path.basename(exe)}`, run: () => timeProcess(marpBin, ['--config-file', config, '--pdf', '--input-dir', path.dirname(decks[0]!), '-o', path.join(work, `marp-out-${i}`)], work, env) });
  });
}
// The order turns round by round, so that no tool always runs right after the same other one: with Marp CLI in
// the rounds, the same build measured 1.00× bare in one run and 0.91× without it in the next.
const contenders = [() => lectern(coldArgs), ...references.map((r) => r.run)];
const rounds = Array.from({ length: runs }, (_, round) => {
  const times: number[] = new Array(contenders.length);
  for (let k = 0; k < contenders.length; k++) {
    const i = (k + round) % contenders.length;
    settle();
    times[i] = contenders[i]!();
  }
  return { lectern: times[0]!, refs: times.slice(1) };
});
const cold = median(rounds.map((r) => r.lectern));
console.log(`cold, ${klass} (4 decks) to slide PDFs: Lectern ${s(cold)} on ${path.basename(browser)} (HTML build included)`);
references.forEach((ref, i) => {
  const ms = median(rounds.map((r) => r.refs[i]!));
  console.log(`  ${ref.name}: ${s(ms)} → Lectern ${(cold / ms).toFixed(2)}× (each round: ${rounds.map((r) => (r.lectern / r.refs[i]!).toFixed(2)).join(', ')})`);
});
if (!withMarp && !skip.has('marp')) console.log(`  Marp CLI: not installed (npm install @marp-team/marp-cli in ${path.dirname(path.dirname(path.dirname(marpBin)))})`);

// Full build (PDFs and handouts): cold, then nothing changed.
const full = path.join(work, 'full');
const coldFull = medianOf(() => lectern(['--no-cache', '--out', full]));
lectern(['--out', full]);
const noChange = medianOf(() => lectern(['--out', full]));
console.log(`shipped course, HTML + PDFs + handouts: cold ${s(coldFull)}, nothing changed ${s(noChange)} (${((noChange / coldFull) * 100).toFixed(0)}% of cold)`);

// A generated 40-deck course: one deck edited, then rebuilt.
const course = generateCourse(path.join(work, 'course'), 40, 30);
const courseCold = lectern(['--out', 'dist'], course.root);
const edits = Array.from({ length: runs }, (_, i) => {
  course.edit(i);
  return lectern(['--out', 'dist'], course.root);
});
console.log(`40-deck course (1200 slides, PDFs + handouts): cold ${s(courseCold)}, one deck edited ${s(median(edits))}`);

if (!skip.has('serve')) {
  const times = await measureServe(cli, path.join(work, 'serve'), browser, 20);
  console.log(`serve, 30-slide deck, file write → new text in the page (${times.length} saves): p50 ${Math.round(pct(times, 50))} ms, p95 ${Math.round(pct(times, 95))} ms`);
}

if (!skip.has('big')) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'bench-big.ts')], { cwd: root, env: { ...process.env, SLIDES: '2000' }, encoding: 'utf8' });
  console.log(`2000-slide deck: ${out.trim().split('\n').join('; ')}`);
}
console.log(`\nload average at end: ${load()}`);
fs.rmSync(work, { recursive: true, force: true });
