// Issue 27's inputs that took minutes: each builds (or is refused with its limit named) well inside its test's
// timeout, which the old code overran; pages that never get ready fail in the lecturer's words, not Puppeteer's.
// How long each takes, and how that grows, is npm run bench:input's job, not these tests'.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inputClasses } from '../../scripts/bench/inputs.js';
import { repoRoot, tempDir } from '../helpers.js';
import { pdfInfo } from '../pdf-tools.js';
import { BASE_DECK, runProbe, sandbox, writeProject, type Probe, type Sandbox } from './harness.js';

let box: Sandbox;
beforeAll(() => {
  box = sandbox();
});

const deck = (body: string, front = '') => `---\ntitle: T\n${front}---\n\n## One\n\n${body}`;
const generated = (name: string, count: number) => inputClasses.find((c) => c.name === name)!.deck(count);
const pdf = ['build', '--format', 'html,pdf'];
const handout = ['build', '--format', 'html,pdf,handout'];

// Sizes the old code needed from about a minute to many minutes for (timings in the commit messages).
const timeClasses: Probe[] = [
  { name: '2,000 HTML comments in one paragraph', files: { 'decks/a.md': generated('comments', 2_000) }, exit: 0 },
  { name: '1,500 unclosed <http:// openers', files: { 'decks/a.md': generated('autolinks', 1_500) }, exit: 0 },
  { name: 'a flat list of 20,000 items', files: { 'decks/a.md': generated('list', 20_000) }, exit: 0 },
  { name: '60,000 unclosed $a openers', files: { 'decks/a.md': generated('dollars', 60_000) }, exit: 0 },
  { name: 'a 2 MB code block', files: { 'decks/a.md': generated('code', 110_000) }, exit: 0 },
  { name: '5,000 paragraphs each ended by a fence', files: { 'decks/a.md': deck('para\n```\nx\n```\n'.repeat(5_000)) }, exit: 0 },
];

const refusals: Probe[] = [
  { name: 'a 1 MB title', files: { 'decks/a.md': deck('Text.\n').replace('title: T\n', `title: ${'T'.repeat(1 << 20)}\n`) }, argv: handout, exit: 1, error: /^decks\/a\.md:2:8: error: the title is 1,048,576 characters long; Lectern takes up to 1,000 \(shorten it/ },
  { name: 'a title from a 5,000-character first heading', files: { 'decks/a.md': `# ${'H'.repeat(5_000)}\n\n## One\n\nText.\n` }, exit: 1, error: /^decks\/a\.md:1:1: error: the title is 5,000 characters long/ },
  { name: 'more slides than --max-slides', files: { 'decks/a.md': deck(Array.from({ length: 60 }, (_, i) => `## S${i}\n\nt\n`).join('\n')) }, argv: ['build', '--format', 'html', '--max-slides', '50'], exit: 1, error: /^decks\/a\.md:1:1: error: the deck has 62 slides; Lectern builds decks of up to 50 \(split it into several decks, or raise the limit with --max-slides\)$/ },
  { name: 'a deck over --max-deck-size', files: { 'decks/a.md': deck('word '.repeat(1_000)) }, argv: ['build', '--format', 'html', '--max-deck-size', '2kB'], exit: 1, error: /^decks\/a\.md:1:1: error: the deck is 4\.9 kB; Lectern reads decks up to 2 kB \(split it into several decks, or raise the limit with --max-deck-size\)$/ },
  { name: 'the same deck with --max-deck-size raised', files: { 'decks/a.md': deck('word '.repeat(1_000)) }, argv: ['build', '--format', 'html', '--max-deck-size', '8kB'], exit: 0 },
  { name: 'a 40 kB display formula', files: { 'decks/a.md': generated('formula', 20_000) }, exit: 1, error: /^decks\/a\.md: error: a formula starting "x\+x\+.*…" is 40,001 characters long; Lectern renders formulas of up to 10,000 \(split it into several\)$/ },
  { name: 'a 40 kB formula in handout text', files: { 'decks/a.md': deck(`Text.\n\nHandout: $${'y+'.repeat(20_000)}z$\n`) }, exit: 1, error: /^decks\/a\.md: error: a formula starting "y\+y.*is 40,001 characters long/ },
  { name: '--max-deck-size that is not a size', argv: ['build', '--max-deck-size', 'big'], exit: 2, error: /^lectern build: error: --max-deck-size takes a size such as 4MB or 500kB, not "big"$/ },
];

/** A shipped theme's files, for a project with a templates/ folder of its own. */
const shippedTheme = (name: string) => Object.fromEntries(['theme.json', 'theme.css'].map((f) => [`templates/themes/${name}/${f}`, fs.readFileSync(path.join(repoRoot, 'templates', 'themes', name, f), 'utf8')]));
const script = (code: string) => deck(`Text.\n\n## Two\n\n<script>${code}</script>\n`);
const pages: Probe[] = [
  { name: 'a deck that navigates itself away', files: { 'decks/a.md': script("setTimeout(() => { location = 'about:blank' }, 0)") }, argv: pdf, exit: 1, error: /^decks\/a\.md: error: the deck navigated away from itself while printing \(remove the script that changes location\)$/ },
  { name: 'a deck that navigates away at once', files: { 'decks/a.md': script("location = 'about:blank'") }, argv: pdf, exit: 1, error: /^decks\/a\.md: error: the deck navigated away from itself while printing/ },
  { name: 'a deck that removes reveal.js', files: { 'decks/a.md': script("delete window.Reveal; document.querySelector('.reveal').className = 'gone'") }, argv: pdf, exit: 1, error: /^decks\/a\.md: error: the deck's page has no <div class="reveal"><div class="slides">/ },
  { name: 'an SVG foreignObject holding an iframe', files: { 'decks/a.md': deck('<svg width="400" height="300"><foreignObject width="400" height="300"><iframe xmlns="http://www.w3.org/1999/xhtml" src="x.html"></iframe></foreignObject></svg>\n'), 'decks/x.html': '<p>framed</p>\n' }, argv: pdf, exit: 1, error: /^decks\/a\.md: error: the deck's page has no reveal\.js .*an <iframe> inside an <svg>/ },
  {
    name: 'revealOptions.pdfMaxPagesPerSlide cannot split a slide over pages',
    files: { 'decks/a.md': deck(`${'A long line of text that fills the slide.\n\n'.repeat(120)}`, 'revealOptions:\n  pdfMaxPagesPerSlide: 100\n  pdfSeparateFragments: true\n') },
    argv: pdf,
    exit: 0,
    verify: (run) => {
      const pdfs = [...run.dist.keys()].filter((f) => f.endsWith('.pdf'));
      expect(pdfs).toHaveLength(1);
      const file = path.join(run.root, 'a.pdf');
      fs.writeFileSync(file, run.dist.get(pdfs[0]!)!);
      expect(pdfInfo(file).Pages).toBe('2');
    },
  },
];

// Templates are input too: what a broken one did, said at its own file with what it must provide.
const layout = (text: string): Probe['files'] => ({ ...shippedTheme('light'), 'templates/layouts/deck.hbs': text });
const templateProbes: Probe[] = [
  { name: 'a deck layout without .slides', files: layout('<!DOCTYPE html>\n<html><head><title>Deck</title></head><body><div class="reveal"></div></body></html>\n'), exit: 1, error: /^templates\/layouts\/deck\.hbs:1:1: error: the deck layout must hold <div class="reveal"><div class="slides">/ },
  { name: 'an empty deck layout', files: layout(''), exit: 1, error: /^templates\/layouts\/deck\.hbs:1:1: error: the deck layout must hold <div class="reveal"><div class="slides">/ },
  { name: 'a layout asking for a value it is not given', files: layout('<div>{{nothing}}</div>\n'), exit: 1, error: /^templates\/layouts\/deck\.hbs:1:8: error: template: "nothing" is not a value Lectern gives this template \(it gets: .*\bslides\b.*\)$/ },
  { name: 'a partial reading from a missing value', files: { ...shippedTheme('light'), 'templates/layouts': { dir: true }, 'templates/partials/slide.hbs': '<section>{{foo.bar}}</section>\n' }, exit: 1, error: /^templates\/partials\/slide\.hbs:1:\d+: error: template: "bar" is read from a value this template is not given \(check the name before "\.bar"\)$/ },
];

/** A project theme "t" (the light theme's CSS) with this theme.json, used by the default class. */
const themeJson = (json: object): Probe['files'] => ({
  ...shippedTheme('light'),
  'templates/layouts': { dir: true },
  'templates/themes/t/theme.css': fs.readFileSync(path.join(repoRoot, 'templates', 'themes', 'light', 'theme.css'), 'utf8'),
  'templates/themes/t/theme.json': JSON.stringify({ ...JSON.parse(fs.readFileSync(path.join(repoRoot, 'templates', 'themes', 'light', 'theme.json'), 'utf8')), ...json }, null, 2),
  'decks/a.md': BASE_DECK.replace('title: Base\n', 'title: Base\ntheme: t\n'),
});
const fonts = { heading: 'source-serif-4', body: 'source-sans-3', code: 'jetbrains-mono' };
const themeProbes: Probe[] = [
  { name: 'theme.json font that is a path', files: themeJson({ fonts: { ...fonts, body: '../../../../etc' } }), exit: 1, error: /^templates\/themes\/t\/theme\.json:\d+:\d+: error: fonts\.body "\.\.\/\.\.\/\.\.\/\.\.\/etc" is not a font package name/ },
  { name: 'theme.json font that is not installed', files: themeJson({ fonts: { ...fonts, code: 'no-such-font' } }), exit: 1, error: /^templates\/themes\/t\/theme\.json:\d+:\d+: error: fonts\.code "no-such-font" is not installed: run npm install @fontsource\/no-such-font/ },
  { name: 'theme.json fonts as a string', files: themeJson({ fonts: 'source-sans-3' }), exit: 1, error: /^templates\/themes\/t\/theme\.json:\d+:\d+: error: "fonts" must map heading, body and code to font packages/ },
  { name: 'theme.json highlight style that does not exist', files: themeJson({ highlight: 'no-such-style' }), exit: 1, error: /^templates\/themes\/t\/theme\.json:\d+:\d+: error: highlight style "no-such-style" does not exist/ },
  { name: 'a project theme that is fine', files: themeJson({}), exit: 0 },
];

/** `lectern check` names each frame that shows a file outside the project (and none inside it). */
const framesChecked = (frame: string, warned: boolean): Probe => ({
  name: `check on ${frame}`,
  files: { 'decks/a.md': deck(`${frame}\n`), 'decks/inside.html': '<p>inside</p>\n' },
  argv: ['check'],
  exit: 0,
  verify: (run) => expect(run.lines.concat(run.stdout.split('\n')).some((l) => /^decks\/a\.md:7:\d+: warning: <(iframe|object|embed)> shows ".*", a file outside the project.*\[outside-frame\]$/.test(l)), run.lines.join('\n') + run.stdout).toBe(warned),
});
/** A frame whose file the build refuses outright (a file: URL, a path out of the project): check stops with that error. */
const frameRefused = (frame: string, error: RegExp): Probe => ({ name: `check on ${frame}`, files: { 'decks/a.md': deck(`${frame}\n`) }, argv: ['check'], exit: 1, error });
const frameProbes: Probe[] = [
  framesChecked('<iframe src="/etc/hostname"></iframe>', true),
  frameRefused('<iframe src="file:///etc/hostname"></iframe>', /^decks\/a\.md:7:\d+: error: .*"file:\/\/\/etc\/hostname" refers to a file outside the project/),
  frameRefused('<iframe src="../../secret.txt"></iframe>', /^decks\/a\.md:7:\d+: error: file "\.\.\/\.\.\/secret\.txt" is outside the project folder/),
  framesChecked('<object data="/etc/passwd"></object>', true),
  framesChecked('<iframe src="inside.html"></iframe>', false),
];

describe('inputs that once took quadratic time', () => {
  for (const probe of timeClasses) it(probe.name, () => runProbe(probe, box).then(() => undefined), 45_000);
});

describe('documented limits', () => {
  for (const probe of refusals) it(probe.name, () => runProbe(probe, box).then(() => undefined), 45_000);
});

describe('broken templates', () => {
  for (const probe of templateProbes) it(probe.name, () => runProbe(probe, box).then(() => undefined), 30_000);
});

describe('theme.json mistakes', () => {
  for (const probe of themeProbes) it(probe.name, () => runProbe(probe, box).then(() => undefined), 30_000);
});

describe('frames showing outside files', () => {
  for (const probe of frameProbes) it(probe.name, () => runProbe(probe, box).then(() => undefined), 60_000);
});

describe('pages that never get ready', () => {
  for (const probe of pages) it(probe.name, () => runProbe(probe, box).then(() => undefined), 30_000);
});

describe('temp folders', () => {
  it('a failing print leaves nothing in a private TMPDIR', () => {
    const root = tempDir('lectern-tmp-');
    const tmp = path.join(root, 'tmp');
    fs.mkdirSync(tmp);
    writeProject(path.join(root, 'project'), { 'decks/a.md': BASE_DECK, 'decks/b.md': script("location = 'about:blank'") }, box);
    const before = fs.readdirSync(tmp);
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'lectern.js'), 'build', '--format', 'html,pdf,handout'], { cwd: path.join(root, 'project'), env: { ...process.env, TMPDIR: tmp }, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^decks\/b\.md: error: the deck navigated away from itself/m);
    expect(fs.readdirSync(tmp)).toEqual(before);
  }, 70_000);
});
