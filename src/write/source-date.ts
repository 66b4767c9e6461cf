// The date written into PDFs and the manifest: from the sources, never the clock, so a rebuild is reproducible.
import fs from 'node:fs';
import path from 'node:path';
import type { DeckJob } from '../render/render-job.js';
import type { Environment } from '../context.js';

/** SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) when set and valid. */
export function sourceDateEpoch(env: Environment): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  if (!value || !/^\d+$/.test(value)) return undefined;
  return new Date(Number(value) * 1000);
}

/** The newest modification time of the files a deck job is made from (deck, its images and logo, class file). */
export function jobSourceDate(job: DeckJob): Date {
  if (job.sourceDateEpoch) return job.sourceDateEpoch;
  const files = [job.deck.file, ...job.images.map((i) => path.resolve(job.deck.dir, i)), job.look.logo, job.klass.file];
  let newest = 0;
  for (const f of files) {
    if (!f) continue;
    try {
      newest = Math.max(newest, fs.statSync(f).mtimeMs);
    } catch {
      // A missing image is reported elsewhere; it does not date the deck.
    }
  }
  // Whole seconds: PDF dates carry no milliseconds, and the manifest should agree with them.
  return new Date(Math.floor(newest / 1000) * 1000);
}

/** The newest source date of a build: the manifest's generatedAt. */
export function buildSourceDate(jobs: readonly DeckJob[], epoch: Date | undefined): Date {
  if (epoch) return epoch;
  const dates = jobs.map((j) => jobSourceDate(j).getTime());
  return new Date(dates.length ? Math.max(...dates) : 0);
}
