// npm run bench:big: a generated 300-slide deck to slide PDF and handout in one go; time and peak memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { build } from '../src/build.js';
import { silentLogger } from '../src/log.js';
import { profileReport } from '../src/cli/profile-report.js';
import { processHost } from '../src/cli/host.js';

const profile = process.argv.includes('--profile');

const slides = Number(process.env.SLIDES ?? 300);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-big-'));
fs.mkdirSync(path.join(root, 'decks'));
const body = Array.from({ length: slides - 1 }, (_, i) =>
  i % 25 === 0
    ? `# Part ${i / 25 + 1}\n`
    : `## Slide ${i + 2}: Хрущёв and the thaw\n\n- Point one about ${i}\n  - a detail\n- Point two, with $x^${i % 9}$\n\nNote: Notes for slide ${i + 2}.\n`,
).join('\n');
fs.writeFileSync(path.join(root, 'decks', 'big.md'), `---\ntitle: A ${slides}-slide deck\n---\n\n${body}`);

// Peak memory of Node and every Chromium process under it, sampled every 100 ms, two ways: the sum of resident
// sizes (RSS, counts pages the processes share once per process, so it overstates) and the sum of proportional
// sizes (PSS, from /proc/PID/smaps_rollup: a shared page split between its sharers, the kernel's own fair share).
let peakRss = 0;
let peakPss = 0;
let peakNode = 0;
let peakParts = '';
const sample = setInterval(() => {
  try {
    const pids = execFileSync('bash', ['-c', `pstree -p -T ${process.pid} 2>/dev/null | grep -o '([0-9]*)' | tr -d '()'`], { encoding: 'utf8' }).split('\n').filter(Boolean);
    let rss = 0;
    let pss = 0;
    const parts: Record<string, number> = {};
    for (const pid of pids) {
      try {
        const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
        rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) * 1024;
        const own = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) * 1024;
        pss += own;
        const kind = /--type=([a-z-]+)/.exec(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? (pid === String(process.pid) ? 'node' : 'browser');
        parts[kind] = (parts[kind] ?? 0) + own;
      } catch {
        // The process ended between listing and reading.
      }
    }
    peakNode = Math.max(peakNode, process.memoryUsage().rss);
    peakRss = Math.max(peakRss, rss);
    if (pss > peakPss) peakParts = Object.entries(parts).map(([k, v]) => `${k} ${(v / 2 ** 20).toFixed(0)}`).join(', ');
    peakPss = Math.max(peakPss, pss);
  } catch {
    // pstree failed: skip this sample.
  }
}, 100);
const started = performance.now();
const result = await build({ root, outDir: path.join(root, 'dist'), formats: new Set(['html', 'pdf', 'handout']), cache: false }, { cwd: root, logger: silentLogger, host: processHost() });
clearInterval(sample);
const deck = result.manifest?.classes[0]?.decks[0];
console.log(`${deck?.slides} slides → slide PDF ${deck?.pages?.pdf} pages, handout ${deck?.pages?.handout} pages in ${((performance.now() - started) / 1000).toFixed(2)} s; ok=${result.ok} ${result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join('; ')}`);
if (deck?.pdf) {
  // Every page should carry its slide's text: a blank page shows up as an empty form-feed section.
  const text = execFileSync('pdftotext', [path.join(root, 'dist', deck.pdf), '-'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const blank = text.split('\f').slice(0, deck.pages!.pdf!).filter((p) => !p.trim()).length;
  console.log(`blank pages: ${blank}`);
  // How the chunks were joined (on their bytes: "Lectern (Chromium)", keeping tags), and whether qpdf finds a fault.
  for (const file of [deck.pdf, deck.handout].filter((f): f is string => Boolean(f))) {
    const info = execFileSync('pdfinfo', [path.join(root, 'dist', file)], { encoding: 'utf8' });
    const check = spawnSync('qpdf', ['--check', path.join(root, 'dist', file)], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(info)?.[1];
    console.log(`${path.basename(file)}: producer ${field('Producer')}, tagged ${field('Tagged')}, qpdf ${check.status === 0 ? 'no faults' : `exit ${check.status}`}`);
  }
}
console.log(`peak memory (Node + Chromium): PSS ${(peakPss / 2 ** 20).toFixed(0)} MiB, RSS summed ${(peakRss / 2 ** 20).toFixed(0)} MiB (Node alone: RSS ${(peakNode / 2 ** 20).toFixed(0)} MiB); at the PSS peak, MiB: ${peakParts}`);
if (profile) for (const line of profileReport()) console.log(line);
fs.rmSync(root, { recursive: true, force: true });
