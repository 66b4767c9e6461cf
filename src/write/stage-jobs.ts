// The build's main loop: render each job, newest source first, stage it, and either take its PDFs from the print
// cache or hand it to the printer at once, so that Chromium prints one deck while Node renders the next.
import fs from 'node:fs';
import { hasErrors } from '../diagnostics.js';
import type { DeckJob, PlanStep } from '../plan.js';
import type { ExportResult } from '../export/export-decks.js';
import type { PrintCache } from '../cache/cached-export.js';
import { yieldToEventLoop, type AsyncQueue } from '../parallel.js';
import { timed } from '../profile.js';
import type { Output } from './output.js';
import type { Stager } from './staging.js';

export interface Staged {
  /** By step, in the steps' order: undefined where the deck has errors (or the build was stopped). */
  planned: (DeckJob | undefined)[];
  /** Jobs whose PDFs came from the print cache. */
  reused: ExportResult[];
}

export async function stageJobs(
  steps: readonly PlanStep[],
  to: { output: Output; stager: Stager; printCache?: PrintCache; print?: AsyncQueue<DeckJob> },
  control: { interrupted: AbortSignal; printing: AbortSignal; stopPrinting(): void },
): Promise<Staged> {
  const { output, stager, printCache, print } = to;
  const planned: (DeckJob | undefined)[] = new Array(steps.length);
  const reused: ExportResult[] = [];
  for (const i of newestFirst(steps)) {
    if (control.interrupted.aborted) break;
    const step = steps[i]!;
    const job = timed('plan: render HTML', () => step.plan());
    planned[i] = job;
    // An error anywhere fails the build: stop printing, but go on rendering to report every deck's problems.
    if (!job || hasErrors(step.diagnostics)) control.stopPrinting();
    if (job && !control.printing.aborted) {
      const assets = timed('write HTML, copy assets', () => stager.addJob(job));
      const fromCache = printCache && timed('print cache: hash inputs, reuse', () => printCache.reuse(job, assets));
      if (fromCache) reused.push(fromCache);
      else if (print) {
        // The page loads the shared assets: they must all be in place before it is printed.
        await output.settled();
        print.push(job);
        // Let the page start on it before the checks below take this thread.
        await yieldToEventLoop();
      }
    }
    timed('plan: checks, reading page', () => step.complete());
    if (hasErrors(step.diagnostics)) control.stopPrinting();
    if (job && !control.printing.aborted) stager.addReading(job);
    await yieldToEventLoop();
  }
  return { planned, reused };
}

/** Step indexes, the most recently saved deck first (ties keep their order): after an edit, it prints at once. */
function newestFirst(steps: readonly PlanStep[]): number[] {
  const mtime = new Map<string, number>();
  const of = (file: string) => {
    if (!mtime.has(file)) {
      try {
        mtime.set(file, fs.statSync(file).mtimeMs);
      } catch {
        mtime.set(file, 0);
      }
    }
    return mtime.get(file)!;
  };
  return steps.map((_, i) => i).sort((a, b) => of(steps[b]!.file) - of(steps[a]!.file) || a - b);
}
