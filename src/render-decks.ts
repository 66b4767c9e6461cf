// Plans, renders and checks decks without writing anything: the stage glue that build.ts runs deck by deck, and
// that `lectern check`, serve's in-memory render and `lectern merge` run for every deck at once.
import { hasErrors, type Diagnostic } from './diagnostics.js';
import { noMemo, Shelf, type Environment, type Memo } from './context.js';
import { sourceDateEpoch } from './write/source-date.js';
import type { ClassConfig } from './config/classes.js';
import type { Project } from './config/project.js';
import { flagLayer, planJobs, type PlanOptions, type PlannedJob } from './plan/plan-jobs.js';
import { renderJob, renderReadingPage, type DeckJob, type RenderedJob, type RenderSettings } from './render/render-job.js';
import { afterImages, checkBoundary, checkJob, checkPage, type CheckSettings } from './check/check-job.js';
import { timed } from './profile.js';

export { planJobs, renderJob, checkBoundary, checkPage, afterImages };

/** Every job planned, rendered and checked at once, nothing written: `lectern check`, serve's in-memory render, merge. */
export function planAndRender(options: PlanOptions, context: { cwd: string; env: Environment }): { project: Project; classes: ClassConfig[]; jobs: DeckJob[]; diagnostics: Diagnostic[] } {
  const plan = planJobs(options);
  const settings = stageSettings(plan.project, options, context, noMemo);
  const found = new Findings(plan.diagnostics, plan.jobs.length);
  const jobs = plan.jobs.map((planned, i) => {
    const result = renderAndCheck(planned, settings);
    found.add(i, result.diagnostics);
    return result.job;
  });
  return { project: plan.project, classes: plan.classes, jobs: jobs.filter((j): j is DeckJob => Boolean(j)), diagnostics: found.all() };
}

export function renderAndCheck(planned: PlannedJob, settings: StageSettings): { job?: DeckJob; diagnostics: Diagnostic[] } {
  const { rendered, diagnostics } = renderJob(planned, settings.render);
  if (!rendered) return { diagnostics };
  return { job: readingOf(rendered, settings.render), diagnostics: [...diagnostics, ...checkJob(planned, rendered, settings.check)] };
}

/** The job with its reading page (the page students read at home), rendered after its slides went to print. */
export function readingOf(rendered: RenderedJob, settings: RenderSettings): DeckJob {
  rendered.job.reading = timed('render reading page', () => renderReadingPage(rendered, settings));
  return rendered.job;
}

export interface StageSettings {
  render: RenderSettings;
  check: CheckSettings;
}

export function stageSettings(project: Project, options: PlanOptions, context: { cwd: string; env: Environment }, memo: Memo): StageSettings {
  return {
    render: { project, flags: flagLayer(options.look, context.cwd), html: options.html, memo, shelf: new Shelf(), sourceDateEpoch: sourceDateEpoch(context.env) },
    check: { root: project.root, all: options.checks !== false, memo },
  };
}

/**
 * The findings of a run: the plan's first, then each job's in job order (whatever order the jobs ran in), and a
 * deck's problem that every class of it shares reported once.
 */
export class Findings {
  private readonly byJob: Diagnostic[][];
  private readonly extra: Diagnostic[] = [];

  constructor(
    private readonly planned: readonly Diagnostic[],
    jobs: number,
  ) {
    this.byJob = Array.from({ length: jobs }, () => []);
  }

  /** `job` -1: a finding of the whole run, after every job's. */
  add(job: number, found: readonly Diagnostic[]): void {
    (job < 0 ? this.extra : this.byJob[job]!).push(...found);
  }

  hasErrors(job?: number): boolean {
    return job === undefined ? hasErrors(this.planned) || this.byJob.some(hasErrors) || hasErrors(this.extra) : hasErrors(this.byJob[job]!);
  }

  all(more: readonly Diagnostic[] = []): Diagnostic[] {
    const key = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}:${d.message}`;
    const seen = new Set<string>();
    const out = [...this.planned];
    for (const d of out) seen.add(key(d));
    for (const d of [...this.byJob.flat(), ...this.extra, ...more]) if (!seen.has(key(d)) && (seen.add(key(d)), true)) out.push(d);
    return out;
  }
}
