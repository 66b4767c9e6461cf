// The class's lecture slot and speaking rate: a deck planned for longer than `lecture:` is a warning in build and
// check; a bad setting is an error at its line; the speaking rate changes the planned minutes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planAndRender } from '../src/render-decks.js';

const planBuild = (options: { root: string; classes?: string[] }) => planAndRender(options, { cwd: options.root, env: process.env });
import { formatDiagnostic } from '../src/diagnostics.js';
import { tempProject } from './helpers.js';

function withClassSettings(extra: string): string {
  const root = tempProject();
  const file = path.join(root, 'classes', 'intro.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8') + extra);
  return root;
}

describe('lecture length', () => {
  it('warns for each deck planned for longer than the class lecture', () => {
    const root = withClassSettings('lecture: 1m\n');
    const plan = planBuild({ root, classes: ['intro'] });
    const warnings = plan.diagnostics.filter((d) => d.rule === 'lecture-length');
    const over = plan.jobs.filter((j) => j.timing.seconds > 60);
    expect(over.length).toBeGreaterThan(0);
    expect(warnings.map((d) => d.file).sort()).toEqual(over.map((j) => j.deck.file).sort());
    const tour = plan.jobs.find((j) => j.deck.slug === 'syntax-tour')!;
    expect(formatDiagnostic(warnings.find((d) => d.file === tour.deck.file)!, root)).toMatch(
      new RegExp(`^decks/syntax-tour\\.md: warning: planned for ${Math.round(tour.timing.seconds / 60)} min, longer than the 1 min lecture of class "intro" .*\\[lecture-length\\]$`),
    );
  });

  it('says nothing when the decks fit, and nothing without a lecture setting', () => {
    expect(planBuild({ root: withClassSettings('lecture: 2h\n') }).diagnostics.filter((d) => d.rule === 'lecture-length')).toEqual([]);
    expect(planBuild({ root: tempProject() }).diagnostics.filter((d) => d.rule === 'lecture-length')).toEqual([]);
  });

  it('reports an unreadable lecture or speaking rate at its line', () => {
    const root = withClassSettings('lecture: soon\nspeakingRate: 1000\n');
    const lineOf = (key: string) => fs.readFileSync(path.join(root, 'classes', 'intro.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith(key)) + 1;
    const errors = planBuild({ root }).diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, root));
    expect(errors).toContain(`classes/intro.yaml:${lineOf('lecture:')}:10: error: "lecture": expected a duration such as 50m, 1h30m or 90`);
    expect(errors.some((e) => e.startsWith(`classes/intro.yaml:${lineOf('speakingRate:')}:15: error: "speakingRate": expected words a minute between 60 and 300`))).toBe(true);
  });

  it('a slower speaking rate plans more time for the same notes', () => {
    const fast = planBuild({ root: withClassSettings('speakingRate: 200\n'), classes: ['intro'] }).jobs.find((j) => j.deck.slug === 'syntax-tour')!;
    const slow = planBuild({ root: withClassSettings('speakingRate: 60\n'), classes: ['intro'] }).jobs.find((j) => j.deck.slug === 'syntax-tour')!;
    const speaking = (j: typeof fast) => j.timing.slides.reduce((n, s) => n + s.speaking, 0);
    expect(speaking(slow)).toBeGreaterThan(speaking(fast));
    expect(slow.timing.seconds).toBeGreaterThanOrEqual(fast.timing.seconds);
    expect(slow.timing.slides.map((s) => s.words)).toEqual(fast.timing.slides.map((s) => s.words));
  });
});
