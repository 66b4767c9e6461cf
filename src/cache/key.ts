// A deck's print key: the hash of everything its PDF and handout are made from. Same key → same bytes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { DeckJob } from '../render/render-job.js';
import type { AssetPlan } from '../write/assets.js';
import { listTree } from './up-to-date.js';
import { jobSourceDate } from '../write/source-date.js';

const require = createRequire(import.meta.url);

export interface PrintSettings {
  formats: readonly ('pdf' | 'handout' | 'pptx' | 'png')[];
  fragments: boolean;
  notes: boolean;
  /** Slide PNGs' pixels per CSS pixel. */
  scale?: number;
}

const sha = (salt: string) => createHash('sha256').update(salt);

function hashFile(hash: ReturnType<typeof sha>, file: string): void {
  hash.update(file).update('\0');
  try {
    hash.update(fs.readFileSync(file));
  } catch {
    hash.update('(missing)');
  }
  hash.update('\0');
}

/**
 * The shared assets a deck's page loads (reveal.js, its theme and fonts, KaTeX, styles), by content. A change to
 * any of them reprints every deck that loads it: coarse, but it never misses a file that a stylesheet pulls in.
 */
export function assetsDigest(assets: AssetPlan, salt: string): string {
  const hash = sha(salt);
  for (const [to, from] of [...assets.copies].sort(([a], [b]) => a.localeCompare(b))) hashFile(hash.update(to), from);
  for (const [to, text] of [...assets.generated].sort(([a], [b]) => a.localeCompare(b))) hash.update(to).update('\0').update(text).update('\0');
  return hash.digest('hex');
}

/**
 * What prints, as opposed to what is printed: Lectern's version, its export and render code (so a development build
 * that changes printing without a version bump misses), Puppeteer's version, and the browser binary.
 */
export function environmentDigest(browser: string, salt: string): string {
  const hash = sha(salt);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  hash.update((require(path.join(root, 'package.json')) as { version: string }).version);
  hash.update((require('puppeteer-core/package.json') as { version: string }).version);
  // The handout page is rendered while printing (render/handout.ts and the Markdown it uses), not hashed as HTML.
  for (const dir of ['export', 'render']) {
    const code = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', dir);
    for (const f of fs.readdirSync(code).sort()) hashFile(hash, path.join(code, f));
  }
  try {
    const stat = fs.statSync(browser);
    hash.update(`${browser}\0${stat.size}\0${stat.mtimeMs}`);
  } catch {
    hash.update(browser);
  }
  return hash.digest('hex');
}

/** The templates folder by path, size and modification time (the handout layout and partials). */
export function templatesDigest(templatesDir: string, salt: string): string {
  const hash = sha(salt);
  listTree(hash, templatesDir);
  return hash.digest('hex');
}

export function jobKey(job: DeckJob, context: { assets: string; environment: string; print: PrintSettings; templates: string; salt: string }): string {
  const hash = sha(context.salt);
  hash.update(JSON.stringify({
    assets: context.assets,
    environment: context.environment,
    print: context.print,
    dir: job.dir,
    date: jobSourceDate(job).toISOString(),
    meta: { title: job.deck.meta.title, author: job.deck.meta.author, tags: job.deck.meta.tags },
    info: job.info,
    classFormats: job.klass.settings.formats,
    // The whole look: a theme's paper colours for handouts live in theme.json, which is not an asset.
    look: job.look,
    rawHtml: job.rawHtml,
  }));
  hash.update('\0').update(job.html).update('\0');
  // The handout page is made from the deck model (notes, handout text), the look and class above, and the
  // templates: hashing those is much cheaper than rendering the page for every deck.
  // So is the PowerPoint file (pptx-deck.ts), which reads the model, not the page.
  if (context.print.formats.includes('handout') || context.print.formats.includes('pptx') || job.klass.settings.formats?.includes('pptx')) hash.update(JSON.stringify(job.deck)).update('\0').update(context.templates).update('\0');
  for (const img of [...new Set(job.images)].sort()) hashFile(hash, path.resolve(job.deck.dir, img));
  if (job.look.logo) hashFile(hash, job.look.logo);
  return hash.digest('hex');
}
