// lectern check: each rule finds its problem at the right place; the shipped decks pass.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../src/check-decks.js';
import { formatDiagnostic, type Diagnostic } from '../src/diagnostics.js';
import { repoRoot, tempProject } from './helpers.js';
import { processHost } from '../src/cli/host.js';

let root: string;
let found: Diagnostic[];
const lines = () => found.map((d) => formatDiagnostic(d, root));
const rule = (r: string) => found.filter((d) => d.rule === r).map((d) => `${path.relative(root, d.file)}:${d.line}:${d.column}:${d.severity}`);

beforeAll(async () => {
  root = tempProject('check');
  found = await check(root, [], undefined, processHost());
}, 120_000);

describe('lectern check rules', () => {
  it('overflow: the code block that cannot fit', () => expect(rule('overflow')).toEqual(['decks/problems.md:11:1:error']));
  it('min-font-size: the 11 px footnote', () => {
    expect(rule('min-font-size')).toEqual(['decks/problems.md:42:1:warning']);
    expect(lines().find((l) => l.includes('[min-font-size]'))).toContain('a footnote nobody');
  });
  it('missing-image: at the image reference', () => expect(rule('missing-image')).toEqual(['decks/problems.md:50:28:error']));
  it('image-alt: the image without a description', () => expect(rule('image-alt')).toEqual(['decks/problems.md:56:5:error']));
  it('broken-link: a slide that does not exist and a missing file', () => {
    expect(rule('broken-link')).toEqual(['decks/problems.md:62:16:error', 'decks/problems.md:63:15:error']);
  });
  it('empty-slide and missing-notes', () => {
    expect(rule('empty-slide')).toEqual(['decks/problems.md:68:1:warning']);
    expect(rule('missing-notes')).toEqual(['decks/problems.md:72:1:warning']);
  });
  it('contrast: the pale accent set in the class file', () => {
    expect(rule('contrast')).toEqual(['classes/pale.yaml:2:9:error', 'classes/pale.yaml:2:9:error'].slice(0, rule('contrast').length));
    expect(lines().find((l) => l.includes('[contrast]'))).toMatch(/accent \(links, bullets\) #9fc6ff on #fdfcf8 has contrast 1\.\d\d:1, below WCAG AA 4\.5:1/);
  });
  it('prints file:line:col: severity: message [rule]', () => {
    for (const l of lines()) expect(l).toMatch(/^[\w./-]+:\d+:\d+: (error|warning): .+ \[[a-z-]+\]$/);
  });
});

describe('shipped decks', () => {
  it('pass lectern check with no errors and no warnings', async () => {
    const shipped = await check(repoRoot, [], undefined, processHost());
    expect(shipped.map((d) => formatDiagnostic(d, repoRoot))).toEqual([]);
  }, 120_000);
});

describe('the rule registry', () => {
  it('is what the rule table (docs/authoring.md) and check --help list', async () => {
    const fs = await import('node:fs');
    const { RULES, rulesHelp } = await import('../src/config/rules.js');
    const readme = fs.readFileSync(path.join(repoRoot, 'docs', 'authoring.md'), 'utf8');
    const table = [...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning) \| (static|layout) \|/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(table).toEqual(RULES.map((r) => `${r.id} ${r.severity} ${r.kind}`));
    for (const r of RULES) expect(rulesHelp()).toContain(r.id);
  });
});
