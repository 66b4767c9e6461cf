// Every rule for the named decks as each class that lists them sees them: static rules, then layout in Chromium.
import os from 'node:os';
import path from 'node:path';
import { fileError, fileWarning, formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import { planBuild } from '../plan.js';
import { Output } from '../write/output.js';
import { writeStaging } from '../write/staging.js';
import { browserSession } from '../export/browser.js';
import { applyRuleSettings } from './rules.js';
import { layoutChecks } from './layout-rules.js';
import { inParallel } from '../parallel.js';

/**
 * `decks` empty: every deck, those in no class included (with the default look). A named deck is checked
 * with each class that lists it, or the default look when none does. One finding per place.
 */
export async function check(root: string, decks: string[], classes?: string[], followLinks = false): Promise<Diagnostic[]> {
  const plan = planBuild({ root, decks: decks.length ? decks : undefined, classes, includeUnlisted: true, followLinks });
  const diagnostics = [...plan.diagnostics];
  if (!plan.jobs.length) return diagnostics;
  const output = new Output(path.join(os.tmpdir(), `lectern-check-${process.pid}`));
  const session = browserSession();
  try {
    writeStaging(output, plan.project, plan.jobs, plan.classes);
    // Decks are laid out in parallel pages (one per CPU); findings keep deck order.
    const found: Diagnostic[][] = plan.jobs.map(() => []);
    await inParallel(plan.jobs.map((job, i) => ({ job, i })), os.availableParallelism(), async (next) => {
      for (let item = next(); item; item = next()) {
        const { job, i } = item;
        // The same per-deck limit as PDF export: a deck that never settles is reported, not waited on forever.
        const limit = 120_000 + 500 * job.slides;
        try {
          const layout = await session.withPage((page) => layoutChecks(page, output.path(`${job.dir}/index.html`), job.deck, job.look.height), limit);
          found[i] = applyRuleSettings(layout, [job.deck.meta.check, job.klass.settings.check]);
        } catch (e) {
          if ((e as Error).name === 'BrowserNotFound') throw e;
          found[i] = [fileError(job.deck.file, `layout check of ${job.dir} failed: ${(e as Error).message.split('\n')[0]}`)];
        }
      }
    });
    diagnostics.push(...found.flat());
  } finally {
    await session.close();
    output.discard();
  }
  for (const n of session.notices()) diagnostics.push(fileWarning(n.browser, n.message));
  // An image missing on disk is reported where it is referenced; the browser's "does not load" adds nothing.
  const missing = new Set(plan.diagnostics.filter((d) => d.rule === 'missing-image').map((d) => `${d.file}\0${/"([^"]+)"/.exec(d.message)?.[1]}`));
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    if (d.rule === 'missing-image' && d.message.endsWith('does not load') && missing.has(`${d.file}\0${/image "([^"]+)"/.exec(d.message)?.[1]}`)) return false;
    const key = formatDiagnostic(d);
    return !seen.has(key) && (seen.add(key), true);
  });
}
