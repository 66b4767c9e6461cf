// The render and check stages on one planned job: a deck's text in, its page, files and findings out.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJob, renderReadingPage, type RenderSettings } from '../../../src/render/render-job.js';
import { checkJob, type CheckSettings } from '../../../src/check/check-job.js';
import { RenderMemo } from '../../../src/cache/render-memo.js';
import { noMemo, Shelf, type Memo } from '../../../src/context.js';
import { parseDeck } from '../../../src/outline/parse-deck.js';
import { classInfo, type ClassConfig } from '../../../src/config/classes.js';
import type { PlannedJob } from '../../../src/plan/plan-jobs.js';
import { tempDir } from '../../helpers.js';
import { planAssets } from '../../../src/write/assets.js';
import { templatesDir } from '../deck-text.js';

function project() {
  const root = tempDir('lectern-stage-');
  fs.mkdirSync(path.join(root, 'decks'));
  return { root, decksDir: path.join(root, 'decks'), classesDir: path.join(root, 'classes'), templatesDir, followLinks: false };
}

function planned(root: string, text: string, klass: Partial<ClassConfig['settings']> = {}, dialectFile = 'intro.md'): PlannedJob {
  const file = path.join(root, 'decks', dialectFile);
  fs.writeFileSync(file, text);
  const config: ClassConfig = { id: 'c', settings: { name: 'Course', ...klass }, decks: ['intro'] };
  return { dir: 'c/intro', slug: 'intro', klass: config, info: classInfo(config), source: parseDeck(file, text) };
}

const settings = (p: ReturnType<typeof project>, memo: Memo = noMemo): { render: RenderSettings; check: CheckSettings } => ({
  render: { project: p, memo, shelf: new Shelf() },
  check: { root: p.root, all: true, memo },
});

describe('renderJob', () => {
  it('turns a planned deck into its page, with the files it uses and its speaking time', () => {
    const p = project();
    fs.writeFileSync(path.join(p.decksDir, 'map.png'), 'PNG');
    const job = planned(p.root, '---\ntitle: The world in 1954\n---\n\n## A map {time=2m}\n\n![Europe](map.png)\n\nNote: say where we are.\n');
    const { rendered, diagnostics } = renderJob(job, settings(p).render);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(rendered!.job.dir).toBe('c/intro');
    expect(rendered!.job.html).toContain('The world in 1954');
    expect(rendered!.job.images).toEqual(['map.png']);
    expect(rendered!.job.timing.seconds).toBeGreaterThanOrEqual(120);
    expect(rendered!.document).toBeDefined();
  });
  it('escapes raw HTML when the class says html: false, and reports a look that does not resolve', () => {
    const p = project();
    const { rendered } = renderJob(planned(p.root, '## A\n\n<b>bold</b>\n', { html: false }), settings(p).render);
    expect(rendered!.job.html).toContain('&lt;b&gt;bold');
    const broken = renderJob(planned(p.root, '---\ntheme: no-such-theme\n---\n\n## A\n'), settings(p).render);
    expect(broken.diagnostics.some((d) => d.severity === 'error' && /unknown theme "no-such-theme"/.test(d.message))).toBe(true);
  });
  it("draws a reveal deck naming a reveal.js theme with reveal.js's own stylesheet, unless the class picks a theme", () => {
    const p = project();
    const text = '---\ntheme: solarized\n---\n\n# A\n\n---\n\n# B\n';
    const { rendered, diagnostics } = renderJob(planned(p.root, text), settings(p).render);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(rendered!.job.look.revealTheme).toBe('solarized');
    expect(rendered!.job.html).toMatch(/themes\/light\/theme\.css">\s*<link[^>]*reveal\/theme\/solarized\.css/);
    const assets = planAssets([rendered!.job.look], templatesDir).generated.get('reveal/theme/solarized.css')!;
    expect(assets).toContain('--r-background-color:#fdf6e3');
    expect(assets).not.toMatch(/@import|googleapis/);
    const darkJob = planned(p.root, text);
    darkJob.klass.layer = { settings: { theme: 'dark' }, file: 'c.yaml', baseDir: p.root, locate: () => ({ line: 1, column: 1 }) };
    const dark = renderJob(darkJob, settings(p).render).rendered!;
    expect(dark.job.look.theme.name).toBe('dark');
    expect(dark.job.look.revealTheme).toBeUndefined();
    expect(dark.job.html).not.toContain('reveal/theme/');
  });
  it('takes the page from the memo the second time, without a DOM to reuse', () => {
    const p = project();
    const memo = new RenderMemo(path.join(p.root, '.lectern-cache'), templatesDir, 'salt');
    const job = planned(p.root, '## A\n\nText.\n');
    const first = renderJob(job, settings(p, memo).render).rendered!;
    const second = renderJob(job, settings(p, memo).render).rendered!;
    expect(second.job.html).toBe(first.job.html);
    expect(first.document).toBeDefined();
    expect(second.document).toBeUndefined();
  });
  it('renders the reading page of the same deck', () => {
    const p = project();
    const { rendered } = renderJob(planned(p.root, '## A\n\nText.\n\nHandout: read chapter 2.\n'), settings(p).render);
    expect(renderReadingPage(rendered!, settings(p).render)).toContain('read chapter 2');
  });
});

describe('checkJob', () => {
  it('finds a missing image and a link to no file, placed on their lines', () => {
    const p = project();
    const job = planned(p.root, '## A\n\n![a map](gone.png)\n\n[reading](reading.pdf)\n\nNote: n\n');
    const { rendered } = renderJob(job, settings(p).render);
    const found = checkJob(job, rendered!, settings(p).check);
    expect(found.map((d) => `${d.line} ${d.rule}`)).toEqual(['3 missing-image', '5 broken-link']);
  });
  it('applies the class settings, and a Marp deck\'s missing image is only a warning', () => {
    const p = project();
    const off = planned(p.root, '## A\n\n![a map](gone.png)\n\nNote: n\n', { check: { 'missing-image': 'off' } });
    expect(checkJob(off, renderJob(off, settings(p).render).rendered!, settings(p).check)).toEqual([]);
    const marp = planned(p.root, '---\nmarp: true\n---\n\n# A\n\n![a map](gone.png)\n');
    const found = checkJob(marp, renderJob(marp, settings(p).render).rendered!, settings(p).check);
    expect(found.find((d) => d.rule === 'missing-image')?.severity).toBe('warning');
  });
  it('runs again from the memo once a linked file appears', () => {
    const p = project();
    const memo = new RenderMemo(path.join(p.root, '.lectern-cache'), templatesDir, 'salt');
    const job = planned(p.root, '## A\n\n[reading](reading.pdf)\n\nNote: n\n');
    const run = () => checkJob(job, renderJob(job, settings(p, memo).render).rendered!, settings(p, memo).check).map((d) => d.rule);
    expect(run()).toEqual(['broken-link']);
    expect(run()).toEqual(['broken-link']);
    fs.writeFileSync(path.join(p.decksDir, 'reading.pdf'), '%PDF');
    expect(run()).toEqual([]);
  });
});
