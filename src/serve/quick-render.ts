// serve's fast path: a saved deck re-rendered in memory and served from there at once; dist/ is written after.
import fs from 'node:fs';
import path from 'node:path';
import { hasErrors } from '../diagnostics.js';
import { planAndRender } from '../render-decks.js';
import type { DeckJob } from '../render/render-job.js';
import type { Environment } from '../context.js';
import { planAssets } from '../write/assets.js';
import { resolveInside } from '../paths/inside.js';
import { assetTarget } from '../paths/asset-target.js';
import { logoName } from '../paths/logo-name.js';

/** Pages rendered in memory, by their path inside dist/ (`<class>/<deck>/index.html`). */
export type MemoryPages = Map<string, string>;

/**
 * Renders `decks` without writing anything. Returns the pages, or undefined when the fast path cannot show the
 * save faithfully: the deck has errors (the full build reports them), or it needs a file dist/ does not hold yet
 * (a new image, another theme's assets), which only the full build copies.
 */
export function renderInMemory(root: string, outDir: string, decks: string[], classes: string[] | undefined, env: Environment, followLinks = false): MemoryPages | undefined {
  let plan;
  try {
    plan = planAndRender({ root, decks, classes, includeUnlisted: true, checks: false, followLinks }, { cwd: root, env });
  } catch {
    return undefined; // a deck named on the command line is gone: the full build says so
  }
  if (hasErrors(plan.diagnostics) || !plan.jobs.length) return undefined;
  if (!plan.jobs.every((job) => filesInPlace(root, outDir, job))) return undefined;
  const assets = planAssets(plan.jobs.map((j) => j.look), plan.project.templatesDir);
  if (![...assets.copies.keys()].every((to) => fs.existsSync(path.join(outDir, 'assets', to)))) return undefined;
  for (const [to, text] of assets.generated) if (readOrNull(path.join(outDir, 'assets', to)) !== text) return undefined;
  const pages: MemoryPages = new Map();
  for (const job of plan.jobs) {
    pages.set(`${job.dir}/index.html`, job.html);
    pages.set(`${job.dir}/read.html`, job.reading);
  }
  return pages;
}

/** Every image, linked file and logo the deck's page loads is already in dist/ beside it. */
function filesInPlace(root: string, outDir: string, job: DeckJob): boolean {
  for (const img of new Set(job.images)) {
    if (!resolveInside(root, job.deck.dir, img).ok) continue; // missing: a warning, and missing in dist/ too
    if (!fs.existsSync(path.join(outDir, job.dir, assetTarget(root, job.deck.dir, img)))) return false;
  }
  if (job.look.logo && !fs.existsSync(path.join(outDir, job.dir, logoName(job.look.logo)))) return false;
  if (job.look.logoAlt && !fs.existsSync(path.join(outDir, job.dir, logoName(job.look.logoAlt, 'alt')))) return false;
  return true;
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
