// npm run bench:big: a generated 300-slide deck to slide PDF and handout in one go; time and peak memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { build } from '../src/build.js';
import { silentLogger } from '../src/log.js';
import { enableProfile, profileReport } from '../src/profile.js';

if (process.argv.includes('--profile')) enableProfile();

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
const sample = setInterval(() => {
  try {
    const pids = execFileSync('bash', ['-c', `pstree -p ${process.pid} 2>/dev/null | grep -o '([0-9]*)' | tr -d '()'`], { encoding: 'utf8' }).split('\n').filter(Boolean);
    let rss = 0;
    let pss = 0;
    for (const pid of pids) {
      try {
        const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
        rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) * 1024;
        pss += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) * 1024;
      } catch {
        // The process ended between listing and reading.
      }
    }
    peakNode = Math.max(peakNode, process.memoryUsage().rss);
    peakRss = Math.max(peakRss, rss);
    peakPss = Math.max(peakPss, pss);
  } catch {
    // pstree failed: skip this sample.
  }
}, 100);
const started = performance.now();
const result = await build({ root, outDir: path.join(root, 'dist'), formats: new Set(['html', 'pdf', 'handout']), logger: silentLogger, cache: false });
clearInterval(sample);
const deck = result.manifest?.classes[0]?.decks[0];
console.log(`${deck?.slides} slides → slide PDF ${deck?.pages?.pdf} pages, handout ${deck?.pages?.handout} pages in ${((performance.now() - started) / 1000).toFixed(2)} s; ok=${result.ok} ${result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join('; ')}`);
if (deck?.pdf) {
  // Every page should carry its slide's text: a blank page shows up as an empty form-feed section.
  const text = execFileSync('pdftotext', [path.join(root, 'dist', deck.pdf), '-'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const blank = text.split('\f').slice(0, deck.pages!.pdf!).filter((p) => !p.trim()).length;
  console.log(`blank pages: ${blank}`);
}
console.log(`peak memory (Node + Chromium): PSS ${(peakPss / 2 ** 20).toFixed(0)} MiB, RSS summed ${(peakRss / 2 ** 20).toFixed(0)} MiB (Node alone: RSS ${(peakNode / 2 ** 20).toFixed(0)} MiB)`);
for (const line of profileReport()) console.log(line);
fs.rmSync(root, { recursive: true, force: true });
