// Every rule for the named decks as each class that lists them sees them: static rules, then layout in Chromium.
import os from 'node:os';
import path from 'node:path';
import { fileError, fileWarning, formatDiagnostic, type Diagnostic } from './diagnostics.js';
import { planAndRender } from './render-decks.js';
import { Output } from './write/output.js';
import { writeStaging } from './write/staging.js';
import { browserSession } from './export/browser.js';
import { applyRuleSettings } from './config/rules.js';
import { layoutChecks } from './export/layout-rules.js';
import { inParallel } from './parallel.js';
import type { Host } from './context.js';

/**
 * `decks` empty: every deck, those in no class included (with the default look). A named deck is checked
 * with each class that lists it, or the default look when none does. One finding per place.
 */
export async function check(root: string, decks: string[], classes: string[] | undefined, host: Host, followLinks = false): Promise<Diagnostic[]> {
  const env = host.env;
  const plan = planAndRender({ root, decks: decks.length ? decks : undefined, classes, includeUnlisted: true, followLinks }, { cwd: root, env });
  const diagnostics = [...plan.diagnostics];
  // The layout rules' findings, kept apart to drop those the static checks already made about the same image.
  const layout: Diagnostic[] = [];
  if (!plan.jobs.length) return diagnostics;
  const output = new Output(path.join(os.tmpdir(), `lectern-check-${host.pid}`), host);
  const session = browserSession(host);
  try {
    writeStaging(output, plan.project, plan.jobs, plan.classes);
    session.confine(output.staging);
    // Decks are laid out in parallel pages (one per CPU); findings keep deck order.
    const found: Diagnostic[][] = plan.jobs.map(() => []);
    await inParallel(plan.jobs.map((job, i) => ({ job, i })), os.availableParallelism(), async (next) => {
      for (let item = next(); item; item = next()) {
        const { job, i } = item;
        // The same per-deck limit as PDF export: a deck that never settles is reported, not waited on forever.
        const limit = 120_000 + 500 * job.slides;
        try {
          const layout = await session.withPage((page, requests) => layoutChecks(page, requests, output.path(`${job.dir}/index.html`), job.deck, job.look.height), limit, { recordNetwork: true });
          found[i] = applyRuleSettings(layout, [job.deck.meta.check, job.klass.settings.check]);
        } catch (e) {
          if ((e as Error).name === 'BrowserNotFound') throw e;
          found[i] = [fileError(job.deck.file, `layout check of ${job.dir} failed: ${(e as Error).message.split('\n')[0]}`)];
        }
      }
    });
    layout.push(...found.flat());
    diagnostics.push(...layout);
  } finally {
    await session.close();
    output.discard();
  }
  for (const n of session.notices()) diagnostics.push(fileWarning(n.browser, n.message));
  // An image missing on disk is reported where it is referenced; the browser's "does not load" adds nothing.
  const missing = new Set(plan.diagnostics.filter((d) => d.rule === 'missing-image' && d.subject).map((d) => `${d.file}\0${d.subject}`));
  // A file the renderer refused is refused by the page again, at the same place: one finding there.
  const refusedAt = new Set(plan.diagnostics.filter((d) => d.severity === 'error' && d.message.includes('refers to a file outside the project')).map((d) => `${d.file}\0${d.line}\0${d.column}`));
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    if (d.rule === 'missing-image' && layout.includes(d) && missing.has(`${d.file}\0${d.subject}`)) return false;
    if (!plan.diagnostics.includes(d) && refusedAt.has(`${d.file}\0${d.line}\0${d.column}`)) return false;
    const key = formatDiagnostic(d, root);
    return !seen.has(key) && (seen.add(key), true);
  });
}
