// The check stage: the rules that need no browser, run on one rendered job (its files, its page, its length).
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { Memo } from '../context.js';
import { applyRuleSettings } from '../config/rules.js';
import type { PlannedJob } from '../plan/plan-jobs.js';
import { ruleLayers, type RenderedJob } from '../render/render-job.js';
import { safeDecodeURI } from '../paths/inside.js';
import { isExternalUrl } from '../paths/url-policy.js';
import { checkImages, linksOutside } from './deck-files.js';
import { lectureLengthCheck } from './lecture-length.js';
import { staticChecks } from './static-rules.js';
import { scriptFindings } from './html-rules.js';

export interface CheckSettings {
  root: string;
  /** false: only the script scan (its network rule) runs; serve's in-memory render, whose build runs them all. */
  all: boolean;
  memo: Memo;
}

interface StoredChecks {
  found: Diagnostic[];
  /** Whether each linked file existed: a stored result stands only while they still do (or still do not). */
  files: Record<string, boolean>;
}

/**
 * The project's boundary: images and linked files that are missing or outside the project. It runs before the deck is
 * staged or printed, since staging copies those files and the print cache reads them.
 */
export function checkBoundary(planned: PlannedJob, rendered: RenderedJob, settings: CheckSettings): { images: Diagnostic[]; links: Diagnostic[] } {
  const { job } = rendered;
  const ruled = (found: Diagnostic[]) => applyRuleSettings(found, ruleLayers(planned));
  return { images: ruled(checkImages(job.deck, rendered.images, settings.root)), links: ruled(linksOutside(job.deck, rendered.links, settings.root)) };
}

/** The rules on the rendered page (static checks, raw HTML that runs code) and the lecture's length: while it prints. */
export function checkPage(planned: PlannedJob, rendered: RenderedJob, settings: CheckSettings): { page: Diagnostic[]; length: Diagnostic[] } {
  const { job } = rendered;
  const ruled = (found: Diagnostic[]) => applyRuleSettings(found, ruleLayers(planned));
  const page = settings.all ? storedOrRun(rendered, settings) : scriptFindings(job.deck, job.html, rendered.document);
  return { page: ruled(page), length: settings.all ? ruled(lectureLengthCheck(job.deck, job.timing, job.klass)) : [] };
}

/** Every finding of the job, with the deck's and the class's rule settings applied, in a stable order. */
export function checkJob(planned: PlannedJob, rendered: RenderedJob, settings: CheckSettings): Diagnostic[] {
  return inOrder(checkBoundary(planned, rendered, settings), checkPage(planned, rendered, settings));
}

/** The order findings have always had: missing images, the page's rules, links out of the project, the length. */
function inOrder(boundary: ReturnType<typeof checkBoundary>, page: ReturnType<typeof checkPage>): Diagnostic[] {
  return [...boundary.images, ...afterImages(boundary, page)];
}

/** The same order after the missing images, which the build reports first, before it stages the deck. */
export function afterImages(boundary: ReturnType<typeof checkBoundary>, page: ReturnType<typeof checkPage>): Diagnostic[] {
  return [...page.page, ...boundary.links, ...page.length];
}

/** The static checks and the script scan of the page, or their stored result for the same page and files. */
function storedOrRun(rendered: RenderedJob, settings: CheckSettings): Diagnostic[] {
  const { job } = rendered;
  const inputs = { checks: { deck: job.deck, look: job.look, info: job.info, options: rendered.page, root: settings.root } };
  const stored = settings.memo.recall<StoredChecks>(inputs);
  if (stored && Object.entries(stored.files).every(([file, exists]) => fs.existsSync(file) === exists)) return stored.found;
  const files = Object.fromEntries(
    rendered.links
      .filter((href) => !href.startsWith('#') && !isExternalUrl(href) && safeDecodeURI(href) !== undefined)
      .map((href) => path.resolve(job.deck.dir, decodeURI(href.split(/[?#]/)[0]!)))
      .map((file) => [file, fs.existsSync(file)]),
  );
  // One DOM of the page, from the render, for both kinds of check (a DOM parse is the costliest part of a render).
  const found = [...staticChecks(job.deck, job.html, job.look, rendered.document, settings.root), ...scriptFindings(job.deck, job.html, rendered.document)];
  settings.memo.store(inputs, { found, files } satisfies StoredChecks);
  return found;
}
