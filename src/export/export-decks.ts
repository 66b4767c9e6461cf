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
import type { Page } from 'puppeteer';
import { BrowserNotFound, type BrowserSession } from './browser.js';
import { fillHandout, printSheets } from './handout.js';
import { printSlides, reprintForHandout } from './slides-pdf.js';
import { CHUNK_ABOVE, printSlidesChunked } from './chunks.js';
import { DeckError, fileError } from '../diagnostics.js';
import { jobSourceDate } from '../cache/source-date.js';
import { timed } from '../profile.js';

export interface ExportOptions {
  formats: ReadonlySet<'pdf' | 'handout'>;
  concurrency?: number;
  pdfFragments?: boolean;
  pdfNotes?: boolean;
  /** Decks with more slides are printed in chunks in parallel pages (default CHUNK_ABOVE). */
  chunkAbove?: number;
  /** Per deck, for slide PDF and handout together. */
  timeoutMs?: number;
  templatesDir?: string;
  /** Ctrl-C: stop taking decks; the build discards its staging folder. */
  signal?: AbortSignal;
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

/** The caller owns the session (it may have started the launch early) and closes it. */
export async function exportDecks(jobs: DeckJob[], output: Output, options: ExportOptions, session: BrowserSession, logger: Logger): Promise<ExportResult[]> {
  const results: ExportResult[] = new Array(jobs.length);
  const progress = progressReporter(jobs.length, logger);
  let next = 0;
  const finishing: Promise<void>[] = [];
  // Each worker keeps one page for deck after deck (a new page costs more than a navigation);
  // after a failure it starts over with a fresh page.
  const worker = async () => {
    while (next < jobs.length && !options.signal?.aborted) {
      try {
        await session.withPage(async (page) => {
          while (next < jobs.length && !options.signal?.aborted) {
            const i = next++;
            const { result, finish } = await exportOne(jobs[i]!, output, options, page, session);
            results[i] = result;
            if (result.error) {
              progress(result);
              break;
            }
            finishing.push(finish.then(() => progress(result)));
          }
        });
      } catch (e) {
        if (options.signal?.aborted) return;
        if (e instanceof BrowserNotFound) throw new DeckError([fileError('lectern', e.message)]);
        throw e;
      }
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 2, jobs.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  await Promise.all(finishing);
  return results;
}

/**
 * Prints one deck's slide PDF and handout sheets in the page; `finish` (bookmarks, filling the handout,
 * writing files) runs in Node while the page goes on to the next deck.
 */
async function exportOne(job: DeckJob, output: Output, options: ExportOptions, page: Page, session: BrowserSession): Promise<{ result: ExportResult; finish: Promise<void> }> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? 120_000 + 500 * job.slides;
  const result: ExportResult = { job, files: 0, ms: 0, pages: {} };
  const slug = job.deck.slug;
  const htmlFile = output.path(`${job.dir}/index.html`);
  const subject = [job.info.code, job.info.name].filter(Boolean).join(' ');
  const date = jobSourceDate(job);
  const identity = `${job.dir}\n${date.toISOString()}\n${job.html}`;
  let timer: NodeJS.Timeout | undefined;
  let finish: Promise<void> = Promise.resolve();
  try {
    page.setDefaultTimeout(timeoutMs);
    page.setDefaultNavigationTimeout(timeoutMs);
    await Promise.race([
      (async () => {
        const slideOptions = { fragments: Boolean(options.pdfFragments), notes: Boolean(options.pdfNotes), subject, date, identity };
        const handoutColours = options.formats.has('handout') ? Boolean(job.look.theme.paperColours) : undefined;
        // A large deck is printed in chunks in parallel pages; this worker's page then prints its handout.
        const chunked = job.slides > (options.chunkAbove ?? CHUNK_ABOVE)
          ? await printSlidesChunked(session, htmlFile, job.deck, job.slides, slideOptions, options.concurrency ?? 2, handoutColours, timeoutMs)
          : undefined;
        const slides = chunked?.slides ?? (await printSlides(page, htmlFile, job.deck, slideOptions));
        const steps: (() => Promise<void>)[] = [];
        if (options.formats.has('pdf')) {
          result.pdf = `${job.dir}/${slug}.pdf`;
          result.pages!.pdf = slides.pages;
          result.files++;
          steps.push(async () => output.write(result.pdf!, await slides.finish()));
        }
        if (options.formats.has('handout')) {
          // Dark slides would drown a printed page in ink: such themes give paper colours for handouts.
          const handoutSlides = chunked ? chunked.paper! : [await reprintForHandout(page, Boolean(job.look.theme.paperColours))];
          const handoutFile = output.path(`${job.dir}/_handout.html`);
          output.write(`${job.dir}/_handout.html`, handoutHtml(job, options.templatesDir));
          const ids = allSlides(job.deck.slides).map((s) => s.id);
          // A slide's last page is its final state when fragments are printed one per page.
          const pageFor = (i: number) => slides.slidePages.get(ids[i]!)?.at(-1) ?? 0;
          const sheets = await timed('handout: lay out, page.pdf', () => printSheets(page, handoutFile));
          fs.rmSync(handoutFile, { force: true });
          result.handout = `${job.dir}/${slug}-handout.pdf`;
          result.files++;
          steps.push(async () => {
            const handout = await timed('pdf-lib: fill handout', () => fillHandout(sheets, handoutSlides, pageFor, { title: `${job.deck.meta.title}: handout`, author: job.info.instructor ?? job.deck.meta.author, subject, date, identity: `${identity}\nhandout` }));
            result.pages!.handout = handout.pages;
            output.write(result.handout!, handout.bytes);
          });
        }
        finish = (async () => {
          for (const step of steps) await step();
          result.ms = performance.now() - started;
        })().catch((e: Error) => {
          result.error = `PDF export of ${job.dir} failed: ${e.message.split('\n')[0]}`;
        });
      })(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
      }),
    ]);
  } catch (e) {
    if (e instanceof BrowserNotFound) throw e;
    result.error = `PDF export of ${job.dir} failed: ${(e as Error).message.split('\n')[0]}`;
  } finally {
    clearTimeout(timer);
  }
  result.ms = performance.now() - started;
  return { result, finish };
}

/** The handout page Chromium prints (its slide frames are filled in afterwards). */
export function handoutHtml(job: DeckJob, templatesDir?: string): string {
  const layout: HandoutLayout = job.look.handout.layout;
  const paper: Paper = job.look.handout.paper;
  const templates = loadTemplates(templatesDir ?? path.join(job.look.theme.dir, '..', '..'), job.look.theme);
  return renderHandout(job.deck, job.look, job.info, templates, { layout, paper, assets: '../../assets', date: job.date, html: job.rawHtml });
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
      const room = Math.max(20, (process.stderr.columns ?? 100) - width - 12);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${line.slice(0, room).padEnd(room)}${done === total ? '\n' : ''}`);
    } else logger.info(line);
  };
}
