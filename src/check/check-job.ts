// The check stage: the rules that need no browser, run on one rendered job (its page, its files, its length).
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { Memo } from '../context.js';
import { applyRuleSettings } from '../config/rules.js';
import type { PlannedJob } from '../plan/plan-jobs.js';
import { ruleLayers, type RenderedJob } from '../render/render-job.js';
import { safeDecodeURI } from '../paths/inside.js';
import { isLocalUrl, isSitePath } from '../paths/asset-target.js';
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

/** The job's findings, with the deck's and the class's rule settings applied, in a stable order. */
export function checkJob(planned: PlannedJob, rendered: RenderedJob, settings: CheckSettings): Diagnostic[] {
  const { job } = rendered;
  const ruled = (found: Diagnostic[]) => applyRuleSettings(found, ruleLayers(planned));
  const pageFindings = settings.all ? storedOrRun(rendered, settings) : scriptFindings(job.deck, job.html, rendered.document);
  return [
    ...ruled(checkImages(job.deck, rendered.images, settings.root)),
    ...ruled(pageFindings),
    ...ruled(linksOutside(job.deck, rendered.links, settings.root)),
    ...(settings.all ? ruled(lectureLengthCheck(job.deck, job.timing, job.klass)) : []),
  ];
}

/** The static checks and the script scan of the page, or their stored result for the same page and files. */
function storedOrRun(rendered: RenderedJob, settings: CheckSettings): Diagnostic[] {
  const { job } = rendered;
  const inputs = { checks: { deck: job.deck, look: job.look, info: job.info, options: rendered.page, root: settings.root } };
  const stored = settings.memo.recall<StoredChecks>(inputs);
  if (stored && Object.entries(stored.files).every(([file, exists]) => fs.existsSync(file) === exists)) return stored.found;
  const files = Object.fromEntries(
    rendered.links
      .filter((href) => (isLocalUrl(href) || isSitePath(href)) && safeDecodeURI(href) !== undefined)
      .map((href) => path.resolve(job.deck.dir, decodeURI(href.split(/[?#]/)[0]!)))
      .map((file) => [file, fs.existsSync(file)]),
  );
  // One DOM of the page, from the render, for both kinds of check (a DOM parse is the costliest part of a render).
  const found = [...staticChecks(job.deck, job.html, job.look, rendered.document, settings.root), ...scriptFindings(job.deck, job.html, rendered.document)];
  settings.memo.store(inputs, { found, files } satisfies StoredChecks);
  return found;
}
