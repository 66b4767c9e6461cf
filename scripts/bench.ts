// npm run bench: HTML build time, and slide PDF / handout export against bare Puppeteer printing the same HTML.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build, type Format } from '../src/build.js';
import { silentLogger } from '../src/log.js';
import { findBrowser, CHROMIUM_ARGS } from '../src/export/browser.js';

const root = path.resolve(import.meta.dirname, '..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-'));
const runs = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const klass = process.env.BENCH_CLASS ?? 'cold-war-survey';

async function timeBuild(formats: Format[], classes?: string[]) {
  const times: number[] = [];
  let slides = 0;
  let decks = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await build({ root, outDir: path.join(out, 'dist'), formats: new Set(formats), classes, logger: silentLogger, export: { concurrency: os.availableParallelism() } });
    times.push(performance.now() - t);
    if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n') + r.failed.join('\n'));
    slides = r.slides;
    decks = r.decks;
  }
  return { ms: median(times), slides, decks };
}

/** Bare Puppeteer: one browser, one page.pdf per deck, no bookmarks, no handouts. */
async function baseline(): Promise<number> {
  const manifest = JSON.parse(fs.readFileSync(path.join(out, 'dist', 'manifest.json'), 'utf8'));
  const decks: string[] = manifest.classes.find((c: { id: string }) => c.id === klass).decks.map((d: { html: string }) => path.join(out, 'dist', d.html));
  const { default: puppeteer } = await import('puppeteer');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const browser = await puppeteer.launch({ executablePath: await findBrowser(), headless: true, args: [...CHROMIUM_ARGS, '--no-sandbox'] });
    const page = await browser.newPage();
    for (const file of decks) {
      await page.goto(`${pathToFileURL(file).href}?print-pdf&margin=0&pdfSeparateFragments=false`, { waitUntil: 'load' });
      await page.waitForSelector('.pdf-page');
      await page.evaluate(() => document.fonts.ready);
      await page.pdf({ printBackground: true, preferCSSPageSize: true });
    }
    await browser.close();
    times.push(performance.now() - t);
  }
  return median(times);
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
console.log(`Lectern benchmark: ${os.availableParallelism()} cores, node ${process.version}, median of ${runs} runs\n`);
await timeBuild(['html'], [klass]); // warm caches (templates, fonts) once
const html1 = await timeBuild(['html'], [klass]);
console.log(`HTML, one class (${html1.decks} decks, ${html1.slides} slides): ${fmt(html1.ms)}`);
const htmlAll = await timeBuild(['html']);
console.log(`HTML, every class (${htmlAll.decks} deck builds, ${htmlAll.slides} slides): ${fmt(htmlAll.ms)}`);
const pdf = await timeBuild(['html', 'pdf'], [klass]);
console.log(`Slide PDFs, one class (${pdf.decks} decks, ${pdf.slides} slides), with bookmarks: ${fmt(pdf.ms)}`);
const base = await baseline();
console.log(`Baseline, bare Puppeteer (one browser, page.pdf per deck): ${fmt(base)}  → Lectern/baseline = ${(pdf.ms / base).toFixed(2)}×`);
const all = await timeBuild(['html', 'pdf', 'handout'], [klass]);
console.log(`Slide PDFs + handouts, one class: ${fmt(all.ms)}`);
fs.rmSync(out, { recursive: true, force: true });
