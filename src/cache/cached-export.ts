// The build's hook into the print cache: decks whose key is stored are copied, not printed; new prints are stored.
import type { DeckJob } from '../plan.js';
import type { ExportResult } from '../export/export-decks.js';
import type { AssetPlan } from '../write/assets.js';
import type { Output } from '../write/output.js';
import { assetsDigest, environmentDigest, jobKey, templatesDigest, type PrintSettings } from './key.js';
import { PrintStore } from './store.js';

export interface CacheOptions {
  /** Usually `<project>/.lectern-cache`. */
  dir: string;
  maxBytes?: number;
}

export interface CachedPrints {
  /** Decks whose files were copied from the cache into the output. */
  reused: ExportResult[];
  /** Decks that still need Chromium. */
  toPrint: DeckJob[];
  /** Stores the decks printed in this run (call before the output is committed: it copies from staging). */
  save(printed: readonly ExportResult[]): void;
}

export async function reuseCachedPrints(jobs: readonly DeckJob[], output: Output, assets: AssetPlan, print: PrintSettings, templatesDir: string, cache: CacheOptions): Promise<CachedPrints> {
  const store = new PrintStore(cache.dir, cache.maxBytes);
  const { findBrowser } = await import('../export/browser.js');
  const environment = environmentDigest(await findBrowser().catch(() => 'no browser'));
  const context = { assets: assetsDigest(assets), environment, print, templates: templatesDigest(templatesDir) };
  const keys = new Map(jobs.map((j) => [j, jobKey(j, context)]));
  const reused: ExportResult[] = [];
  const toPrint: DeckJob[] = [];
  for (const job of jobs) {
    const entry = store.get(keys.get(job)!);
    if (!entry) {
      toPrint.push(job);
      continue;
    }
    const result: ExportResult = { job, files: 0, ms: 0, pages: entry.pages };
    if (entry.files.pdf) {
      result.pdf = `${job.dir}/${job.deck.slug}.pdf`;
      output.copy(result.pdf, entry.files.pdf);
      result.files++;
    }
    if (entry.files.handout) {
      result.handout = `${job.dir}/${job.deck.slug}-handout.pdf`;
      output.copy(result.handout, entry.files.handout);
      result.files++;
    }
    reused.push(result);
  }
  return {
    reused,
    toPrint,
    save(printed) {
      for (const r of printed) {
        const key = keys.get(r.job);
        if (!key || r.error) continue;
        const files: Partial<Record<'pdf' | 'handout', string>> = {};
        if (r.pdf) files.pdf = output.path(r.pdf);
        if (r.handout) files.handout = output.path(r.handout);
        store.put(key, { files, pages: r.pages ?? {} });
      }
      store.trim();
    },
  };
}
