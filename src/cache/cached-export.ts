// The build's hook into the print cache: a deck whose key is stored is copied, not printed; new prints are stored.
import type { DeckJob } from '../render/render-job.js';
import type { ExportResult } from '../export/export-decks.js';
import type { AssetPlan } from '../write/assets.js';
import type { Output } from '../write/output.js';
import { assetsDigest, environmentDigest, jobKey, templatesDigest, type PrintSettings } from './key.js';
import { PrintStore, type FileRole } from './store.js';
import { slideFile } from '../export/slide-pngs.js';
import type { Cache } from './cache-options.js';
import type { Environment } from '../context.js';

export interface PrintCache {
  /** The deck's files copied from the cache into the output, or undefined when it must be printed. `assets`: what its page loads. */
  reuse(job: DeckJob, assets: AssetPlan): ExportResult | undefined;
  /** Stores the decks printed in this run (call before the output is committed: it copies from staging). */
  save(printed: readonly ExportResult[]): void;
}

export async function openPrintCache(output: Output, print: PrintSettings, templatesDir: string, cache: Cache, env: Environment): Promise<PrintCache> {
  const store = new PrintStore(cache.dir, cache.maxBytes);
  const { findBrowser } = await import('../export/find-browser.js');
  const environment = environmentDigest(await findBrowser(env).catch(() => 'no browser'), cache.salt);
  const templates = templatesDigest(templatesDir, cache.salt);
  // Looks share asset plans (the stager hands out one per look): hash each once.
  const digests = new WeakMap<AssetPlan, string>();
  const keys = new Map<DeckJob, string>();
  return {
    reuse(job, assets) {
      let digest = digests.get(assets);
      if (!digest) digests.set(assets, (digest = assetsDigest(assets, cache.salt)));
      const key = jobKey(job, { assets: digest, environment, print, templates, salt: cache.salt });
      keys.set(job, key);
      const entry = store.get(key);
      if (!entry) return undefined;
      const result: ExportResult = { job, files: 0, ms: 0, pages: entry.pages, overflow: entry.overflow };
      if (entry.files.pdf) {
        result.pdf = `${job.dir}/${job.deck.slug}.pdf`;
        output.link(result.pdf, entry.files.pdf);
        result.files++;
      }
      if (entry.files.handout) {
        result.handout = `${job.dir}/${job.deck.slug}-handout.pdf`;
        output.link(result.handout, entry.files.handout);
        result.files++;
      }
      if (entry.files.pptx) {
        result.pptx = `${job.dir}/${job.deck.slug}.pptx`;
        output.link(result.pptx, entry.files.pptx);
        result.files++;
      }
      const pngs = Object.keys(entry.files).filter((r): r is `png/${string}` => r.startsWith('png/')).sort();
      if (pngs.length) {
        result.png = { dir: `${job.dir}/slides`, count: pngs.length };
        for (const role of pngs) output.link(`${result.png.dir}/${role.slice(4)}`, entry.files[role]!);
        result.files += pngs.length;
      }
      result.warnings = entry.warnings;
      return result;
    },
    save(printed) {
      for (const r of printed) {
        const key = keys.get(r.job);
        if (!key || r.error) continue;
        const files: Partial<Record<FileRole, string>> = {};
        if (r.pdf) files.pdf = output.path(r.pdf);
        if (r.handout) files.handout = output.path(r.handout);
        if (r.pptx) files.pptx = output.path(r.pptx);
        for (let n = 1; n <= (r.png?.count ?? 0); n++) files[`png/${slideFile(n)}`] = output.path(`${r.png!.dir}/${slideFile(n)}`);
        store.put(key, { files, pages: r.pages ?? {}, overflow: r.overflow, warnings: r.warnings });
      }
      store.trim();
    },
  };
}
