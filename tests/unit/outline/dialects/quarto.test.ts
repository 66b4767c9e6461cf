// The Quarto dialect on small decks of each shape (tests/fixtures/quarto): slides cut as Pandoc cuts them, the
// title slide from YAML, heading attributes, code cells shown and not run, shortcodes, settings files, _freeze/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDecks } from '../../../../src/config/project.js';
import { readDecks } from '../../../../src/outline/read-decks.js';
import { buildDeck } from '../../../../src/model/deck.js';
import { allSlides } from '../../../../src/model/deck.js';
import { cellInfo, quartoCells } from '../../../../src/outline/dialects/quarto-cells.js';
import { splitQuarto } from '../../../../src/outline/dialects/quarto-split.js';
import { authors } from '../../../../src/outline/dialects/quarto-front.js';
import { packageRoot } from '../../../../src/paths/package-root.js';
import type { Project } from '../../../../src/config/project.js';

const fixtures = path.join(packageRoot, 'tests', 'fixtures', 'quarto');
const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
const project = (dir: string): Project => ({ root: dir, decksDir: dir, classesDir: path.join(dir, 'classes'), templatesDir: path.join(packageRoot, 'templates'), followLinks: false });

function read(dir: string) {
  const diagnostics: import('../../../../src/diagnostics.js').Diagnostic[] = [];
  const { parsed } = readDecks(project(path.join(fixtures, dir)), diagnostics);
  return { parsed, diagnostics };
}

describe('slides as Pandoc cuts them', () => {
  it('sections stack their slides; a rule starts an untitled slide; headings in divs and code do not split', () => {
    const slides = splitQuarto(lines('intro\n\n# S\n\n## A\n\n::: {.callout-note}\n## In a callout\n:::\n\n```\n## in code\n```\n\n---\n\nafter\n\n## B'), 2);
    expect(slides.map((s) => [s.heading?.text ?? '(untitled)', s.children.map((c) => c.heading?.text ?? '(untitled)')])).toEqual([
      ['(untitled)', []],
      ['S', ['A', '(untitled)', 'B']],
    ]);
    expect(slides[1]!.attributes.layout).toBe('center');
  });

  it('reads Pandoc heading attributes and setext headings; hidden slides are left out', () => {
    const slides = splitQuarto(lines('## A {#a .smaller .center background-image="bg.png" data-x=1}\n\nx\n\nSetext\n------\n\n## H {visibility="hidden"}\n\n## Joining with {dplyr}'), 2);
    expect(slides.map((s) => s.heading?.text)).toEqual(['A', 'Setext', 'Joining with {dplyr}']);
    expect(slides[0]!.attributes).toMatchObject({ id: 'a', classes: ['smaller', 'center'], layout: 'center', section: { 'data-background-image': 'bg.png', 'data-x': '1' } });
    expect(slides[0]!.lines[0]!.text).toBe('## A');
  });

  it('slide-level 1 keeps ## inside the slide', () => {
    expect(splitQuarto(lines('# One\n\n## inside\n\n# Two'), 1).map((s) => s.heading?.text)).toEqual(['One', 'Two']);
  });

  it('a rule right before a slide-level heading starts no slide of its own (Pandoc drops it); before ### it does', () => {
    const slides = splitQuarto(lines('## A\n\na\n\n---\n\n## B\n\nb\n\n---\n\n### C\n\nc'), 2);
    expect(slides.map((s) => s.heading?.text ?? '(untitled)')).toEqual(['A', 'B', '(untitled)']);
    expect(slides[2]!.lines.map((l) => l.text).filter(Boolean)).toEqual(['### C', 'c']);
  });
});

describe('code cells', () => {
  it('reads engine cells, knitr options, Pandoc classes and raw blocks', () => {
    expect(cellInfo('r fit, echo = FALSE, fig.width=8')).toEqual({ kind: 'engine', language: 'r', options: { echo: 'FALSE', 'fig-width': '8' } });
    expect(cellInfo('.python .numberLines')).toMatchObject({ kind: 'code', language: 'python' });
    expect(cellInfo('=html')).toMatchObject({ kind: 'raw', language: 'html' });
  });

  it('shows code without its #| lines, hides echo: false and include: false, follows the deck default', () => {
    const text = '```{python}\n#| label: a\nprint(1)\n```\n\n```{r}\n#| echo: false\nhidden()\n```\n\n```{r, include=FALSE}\nsetup()\n```\n\n```{=html}\n<b>raw</b>\n```';
    expect(quartoCells(lines(text), { echo: true }).lines.map((l) => l.text).filter(Boolean)).toEqual(['```python', 'print(1)', '```', '<b>raw</b>']);
    const off = quartoCells(lines('```{r}\nx\n```\n\n```{r}\n#| echo: true\ny\n```'), { echo: false });
    expect(off.lines.map((l) => l.text).join('\n').trim()).toBe('```r\ny\n```');
    expect(off.cells).toBe(2);
  });
});

describe('a whole deck', () => {
  it('basic: title slide from YAML, sections, notes, columns, rules, callouts; warnings for shortcodes and inline code', () => {
    const { parsed, diagnostics } = read('basic');
    const deck = parsed.get('lecture')!;
    expect(deck.dialect).toBe('quarto');
    expect(deck.frontMatter).toMatchObject({ title: 'Regression, week 3', subtitle: 'MATH 101', author: 'Ada Lovelace, Grace Hopper', date: '2026-02-03', theme: 'light' });
    expect(deck.revealTheme).toBe('solarized');
    const { deck: model } = buildDeck(deck, { variables: {}, maxListLines: 12 });
    const flat = allSlides(model.slides);
    expect(flat.map((s) => s.title)).toEqual(['Regression, week 3', 'Models', 'A linear model', 'Two columns', 'Slide', 'Setext heading', 'Code']);
    expect(flat[2]!.notes).toBe('Draw the line first.');
    expect(flat[2]!.attributes.classes).toContain('smaller');
    expect(flat[3]!.body).toContain('<div class="column" style="width:40%;">');
    expect(flat[3]!.body).not.toMatch(/hidden|lm\(y|#\|/);
    expect(flat[3]!.body).toContain('```r\nsummary(fit)\n```');
    expect(flat[3]!.attributes.section['data-background-color']).toBe('#eeeeee');
    expect(flat[5]!.body).toContain('<div class="callout callout-tip">');
    expect(flat[6]!.attributes).toMatchObject({ id: 'code', layout: 'center' });
    expect(flat.some((s) => s.body.includes('library(tidyverse)'))).toBe(false);
    const found = [...diagnostics, ...deck.diagnostics].map((d) => `${d.line}:${d.column} ${d.rule}: ${d.message.slice(0, 40)}`);
    expect(found).toEqual(['73:9 quarto-code: inline code `r nrow(x)` is run by Quarto', '75:1 quarto-code: Quarto shortcode {{< include >}} is run ']);
  });

  it('project: settings from _quarto.yml and _metadata.yml (slide-level, lang, footer, theme); web pages are no decks', () => {
    expect(findDecks(path.join(fixtures, 'project')).decks.map((d) => d.slug)).toEqual(['slides-week1']);
    expect(findDecks(path.join(fixtures, 'not-slides')).decks).toEqual([]);
    const { parsed } = read('project');
    const deck = parsed.get('slides-week1')!;
    expect(deck.frontMatter).toMatchObject({ title: 'Woche 1', author: 'Course team', lang: 'de', footer: 'Statistik 1', theme: 'dark' });
    expect(deck.revealTheme).toBe('moon');
    expect(deck.slides.map((s) => s.heading?.text ?? s.kind)).toEqual(['title', 'Erste Folie', 'Zweite Folie']);
    expect(deck.diagnostics.map((d) => `${d.rule}: ${d.message}`)).toEqual(['foreign-theme: Quarto theme file "custom.scss" (Sass) is not one Lectern can compile: the deck uses reveal.js\'s moon theme without it']);
  });

  it('freeze: a cell\'s frozen text output follows it; a frozen figure is left out', () => {
    const { parsed } = read('freeze');
    const { deck } = buildDeck(parsed.get('slides-lecture')!, { variables: {}, maxListLines: 12 });
    const [, output, figure] = allSlides(deck.slides);
    expect(output!.body).toContain('```r\n1 + 1\n```');
    expect(output!.body).toMatch(/<div class="cell-output cell-output-stdout">\s*```\n\[1\] 2\n```/);
    expect(figure!.body).not.toContain('figure-revealjs');
  });

  it('places .absolute images as Quarto does, as Lectern markup that --no-html keeps', async () => {
    const { quartoInline } = await import('../../../../src/outline/dialects/quarto-inline.js');
    const { isOwnMarkup } = await import('../../../../src/render/own-markup.js');
    const out = quartoInline(lines('![](hexes/parsnip.png){.absolute top=-20 right=0 width="64"} and ![x](y.png){width="50%"}\n\n![A map](m.png){width="50%" fig-align="center"}'), 'f', () => undefined);
    const img = '<img class="absolute" src="hexes/parsnip.png" alt="" style="top:-20px; right:0px; width:64px;">';
    // Only a figure (an image alone in its paragraph) keeps its width; its alt text becomes its caption.
    expect(out.lines.map((l) => l.text)).toEqual([`${img} and ![x](y.png)`, '', '![A map](m.png "A map"){width=50%}']);
    expect(isOwnMarkup(img)).toBe(true);
  });

  it('a .md that says format: revealjs is Quarto too; Quarto\'s own keys are no errors, broken YAML is one', async () => {
    const { parseDeck } = await import('../../../../src/outline/parse-deck.js');
    const md = parseDeck('/c/decks/a.md', '---\ntitle: T\nformat:\n  revealjs:\n    slide-number: true\nexecute:\n  echo: false\nauthor:\n  - name: A\n---\n\n## One\n');
    expect(md.dialect).toBe('quarto');
    expect(md.diagnostics).toEqual([]);
    expect(parseDeck('/c/decks/a.md', '---\ntitle: T\n---\n\n## One\n').dialect).toBe('outline');
    const broken = parseDeck('/c/decks/b.qmd', '---\ntitle: [unclosed\n---\n\n## One\n');
    expect(broken.diagnostics.map((d) => `${d.line}:${d.severity}`)).toEqual(['2:error']);
  });

  it('reads Quarto author shapes', () => {
    expect(authors('A')).toBe('A');
    expect(authors([{ name: { given: 'Ada', family: 'Lovelace' } }, 'B'])).toBe('Ada Lovelace, B');
    expect(authors(undefined)).toBeUndefined();
    expect(fs.existsSync(path.join(fixtures, 'basic', 'lecture.qmd'))).toBe(true);
  });
});
