// `lectern check`: the static rules, then the layout rules in Chromium, printed as file:line:col lines or JSON.
import os from 'node:os';
import path from 'node:path';
import { UsageError, type CliEnvironment } from '../cli.js';
import { error, formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { planBuild } from '../plan.js';
import { Output } from '../write/output.js';
import { writeStaging } from '../write/staging.js';
import { browserSession } from '../export/browser.js';
import { layoutChecks } from './layout-rules.js';

export async function runCheck(values: Record<string, unknown>, positionals: string[], env: CliEnvironment): Promise<number> {
  const format = (values.format as string | undefined) ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError(`unknown format "${format}" (text or json)`);
  const diagnostics = await check(env.cwd, positionals, values.class ? [values.class as string] : undefined);
  const sorted = sortDiagnostics(diagnostics);
  if (format === 'json') {
    env.stdout(JSON.stringify(sorted.map((d) => ({ ...d, file: path.relative(env.cwd, d.file) || d.file })), null, 2) + '\n');
  } else {
    for (const d of sorted) env.stdout(formatDiagnostic(d, env.cwd) + '\n');
    const errors = sorted.filter((d) => d.severity === 'error').length;
    env.logger.info(`${errors} error${errors === 1 ? '' : 's'}, ${sorted.length - errors} warning${sorted.length - errors === 1 ? '' : 's'}`);
  }
  return hasErrors(sorted) ? 1 : 0;
}

/** Every rule for the named decks (default all) as each selected class sees them; one finding per place. */
export async function check(root: string, decks: string[], classes?: string[]): Promise<Diagnostic[]> {
  const plan = planBuild({ root, decks: decks.length ? decks : undefined, classes });
  const diagnostics = [...plan.diagnostics];
  if (!plan.jobs.length) return diagnostics;
  const output = new Output(path.join(os.tmpdir(), `lectern-check-${process.pid}`));
  const session = browserSession();
  try {
    writeStaging(output, plan.project, plan.jobs, plan.classes);
    for (const job of plan.jobs) {
      // The same per-deck limit as PDF export: a deck that never settles is reported, not waited on forever.
      const limit = 120_000 + 500 * job.slides;
      try {
        diagnostics.push(...(await session.withPage((page) => layoutChecks(page, output.path(`${job.dir}/index.html`), job.deck, job.look.height), limit)));
      } catch (e) {
        if ((e as Error).name === 'BrowserNotFound') throw e;
        diagnostics.push(error(job.deck.file, 1, 1, `layout check of ${job.dir} failed: ${(e as Error).message.split('\n')[0]}`));
      }
    }
  } finally {
    await session.close();
    output.discard();
  }
  // An image missing on disk is reported where it is referenced; the browser's "does not load" adds nothing.
  const missing = new Set(plan.diagnostics.filter((d) => d.rule === 'missing-image').map((d) => `${d.file}\0${/"([^"]+)"/.exec(d.message)?.[1]}`));
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    if (d.rule === 'missing-image' && d.message.endsWith('does not load') && missing.has(`${d.file}\0${/image "([^"]+)"/.exec(d.message)?.[1]}`)) return false;
    const key = formatDiagnostic(d);
    return !seen.has(key) && (seen.add(key), true);
  });
}
