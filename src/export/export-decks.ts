// Slide PDFs and handouts for every deck job: one browser, pages in parallel up to a bound, each deck on its own.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DeckJob } from '../build.js';
import type { Logger } from '../log.js';
import { allSlides } from '../model/deck.js';
import { renderHandout, type HandoutLayout, type Paper } from '../render/handout.js';
import { loadTemplates } from '../render/templates.js';
import type { Output } from '../write/output.js';
import { browserSession, BrowserNotFound } from './browser.js';
import { printHandout } from './handout.js';
import { printSlides } from './slides-pdf.js';
import { DeckError, error } from '../diagnostics.js';

export interface ExportOptions {
  formats: ReadonlySet<'pdf' | 'handout'>;
  concurrency?: number;
  pdfFragments?: boolean;
  pdfNotes?: boolean;
  /** Per deck, for slide PDF and handout together. */
  timeoutMs?: number;
  templatesDir?: string;
}

export interface ExportResult {
  job: DeckJob;
  pdf?: string;
  handout?: string;
  pages?: { pdf?: number; handout?: number };
  files: number;
  ms: number;
  error?: string;
}

export async function exportDecks(jobs: DeckJob[], output: Output, options: ExportOptions, logger: Logger): Promise<ExportResult[]> {
  const session = browserSession();
  const results: ExportResult[] = new Array(jobs.length);
  const progress = progressReporter(jobs.length, logger);
  const onSignal = () => void session.close();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await exportOne(jobs[i]!, output, options, session);
        progress(results[i]!);
        if (results[i]!.error?.startsWith('no Chromium')) throw new DeckError([error('lectern', 1, 1, results[i]!.error!)]);
      }
    };
    const concurrency = Math.max(1, Math.min(options.concurrency ?? 2, jobs.length));
    await Promise.all(Array.from({ length: concurrency }, worker));
    return results;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await session.close();
  }
}

async function exportOne(job: DeckJob, output: Output, options: ExportOptions, session: ReturnType<typeof browserSession>): Promise<ExportResult> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? 120_000 + 500 * job.slides;
  const result: ExportResult = { job, files: 0, ms: 0, pages: {} };
  const slug = job.deck.slug;
  const htmlFile = output.path(`${job.dir}/index.html`);
  const subject = [job.info.code, job.info.name].filter(Boolean).join(' ');
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      session.withPage(async (page) => {
        const slides = await printSlides(page, htmlFile, job.deck, { fragments: Boolean(options.pdfFragments), notes: Boolean(options.pdfNotes), subject });
        if (options.formats.has('pdf')) {
          result.pdf = `${job.dir}/${slug}.pdf`;
          output.write(result.pdf, slides.bytes);
          result.pages!.pdf = slides.pages;
          result.files++;
        }
        if (options.formats.has('handout')) {
          const layout: HandoutLayout = job.look.handout.layout;
          const paper: Paper = job.look.handout.paper;
          const templates = loadTemplates(options.templatesDir ?? path.join(job.look.theme.dir, '..', '..'), job.look.theme);
          const handoutFile = output.path(`${job.dir}/_handout.html`);
          fs.writeFileSync(handoutFile, renderHandout(job.deck, job.look, job.info, templates, { layout, paper, assets: '../../assets', date: job.date }));
          const ids = allSlides(job.deck.slides).map((s) => s.id);
          // A slide's last page is its final state when fragments are printed one per page.
          const pageFor = (i: number) => slides.slidePages.get(ids[i]!)?.at(-1) ?? 0;
          const handout = await printHandout(page, handoutFile, slides.bytes, pageFor, { title: `${job.deck.meta.title}: handout`, author: job.info.instructor ?? job.deck.meta.author, subject });
          fs.rmSync(handoutFile);
          result.handout = `${job.dir}/${slug}-handout.pdf`;
          output.write(result.handout, handout.bytes);
          result.pages!.handout = handout.pages;
          result.files++;
        }
      }, timeoutMs),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
      }),
    ]);
  } catch (e) {
    result.error = e instanceof BrowserNotFound ? e.message : `PDF export of ${job.dir} failed: ${(e as Error).message.split('\n')[0]}`;
  } finally {
    clearTimeout(timer);
  }
  result.ms = performance.now() - started;
  return result;
}

/** A bar on a terminal; plain lines in CI and pipes. */
function progressReporter(total: number, logger: Logger): (r: ExportResult) => void {
  let done = 0;
  const tty = process.stderr.isTTY && !process.env.CI;
  return (r) => {
    done++;
    const what = [r.pages?.pdf !== undefined ? `${r.pages.pdf} pages` : '', r.pages?.handout !== undefined ? `handout ${r.pages.handout} pages` : ''].filter(Boolean).join(', ');
    const line = `${r.error ? 'failed' : 'pdf'} ${r.job.dir}${what ? ` (${what})` : ''} ${(r.ms / 1000).toFixed(2)} s`;
    if (tty) {
      const width = 24;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${line.slice(0, 60).padEnd(60)}${done === total ? '\n' : ''}`);
    } else logger.info(line);
  };
}
