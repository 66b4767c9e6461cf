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

let peakRss = 0;
const sample = setInterval(() => {
  // Node's own memory plus every Chromium process under it (a process may end between listing and reading).
  try {
    const pids = execFileSync('bash', ['-c', `pstree -p ${process.pid} 2>/dev/null | grep -o '([0-9]*)' | tr -d '()'`], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const rss = execFileSync('ps', ['-o', 'rss=', '-p', pids.join(',') || String(process.pid)], { encoding: 'utf8' });
    peakRss = Math.max(peakRss, rss.split('\n').filter(Boolean).reduce((n, l) => n + Number(l.trim()), 0) * 1024);
  } catch {
    // ps exits 1 when one of the processes is gone: skip this sample.
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
console.log(`peak memory (Node + Chromium): ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
for (const line of profileReport()) console.log(line);
fs.rmSync(root, { recursive: true, force: true });
