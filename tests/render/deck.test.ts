import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/outline/parse-deck.js';
import { buildDeck } from '../../src/model/deck.js';
import { resolveLook } from '../../src/config/look.js';
import { renderDeck, renderDeckPage } from '../../src/render/deck.js';
import { staticChecks } from '../../src/check/static-rules.js';
import { loadTemplates } from '../../src/render/templates.js';
import { fixtures, repoRoot } from '../helpers.js';

const templatesDir = path.join(repoRoot, 'templates');
const klass = { id: 'c', name: 'Course', code: 'C 1', term: null, instructor: 'Dr. X', institution: null, audience: [], vars: {} };

function render(name: string, audience: string[] = []) {
  const file = path.join(fixtures, 'project', 'decks', name);
  const parsed = parseDeck(file, fs.readFileSync(file, 'utf8'));
  const layer = { settings: parsed.frontMatter, file, baseDir: parsed.dir, locate: parsed.locate };
  const { look } = resolveLook([layer], templatesDir, process.cwd());
  const { deck } = buildDeck(parsed, { audience, variables: {}, maxListLines: look!.theme.maxListLines });
  const out = renderDeck(deck, look!, { ...klass, audience }, loadTemplates(templatesDir, look!.theme), { assets: '../../assets' });
  return { ...out, document: parseHTML(out.html).document };
}

describe('renderDeck', () => {
  const tour = render('syntax-tour.md');
  const doc = tour.document;

  it('renders one section per slide with vertical stacks', () => {
    expect(doc.querySelectorAll('.slides > section')).toHaveLength(10);
    expect(doc.querySelectorAll('.slides section.stack > section')).toHaveLength(2);
  });
  it('sets the page language and links only local assets', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    const urls = [...doc.querySelectorAll('link[href], script[src]')].map((e: any) => e.getAttribute('href') ?? e.getAttribute('src'));
    expect(urls.length).toBeGreaterThan(4);
    for (const u of urls) expect(u).toMatch(/^\.\.\/\.\.\/assets\//);
  });
  it('renders three levels of bullets', () => {
    expect(doc.querySelector('#nested-bullets ul ul ul li')!.textContent).toContain('Хрущёв');
  });
  it('puts speaker notes in aside.notes', () => {
    expect(doc.querySelector('#nested-bullets aside.notes')!.textContent).toContain('Notes for nested bullets');
  });
  it('renders tables, highlighted code and KaTeX math at build time', () => {
    expect(doc.querySelectorAll('#numbered-list-and-table table tr')).toHaveLength(2);
    expect(doc.querySelector('#code-math pre code.hljs .hljs-keyword')!.textContent).toBe('const');
    expect(doc.querySelectorAll('#code-math .katex')).toHaveLength(2);
    expect(doc.querySelector('#code-math .math-display .katex-display')).not.toBeNull();
  });
  it('turns links to slide ids into reveal.js hashes and opens web links in a new tab', () => {
    expect(doc.querySelector('#links-and-quotes a[href="#/nested-bullets"]')).not.toBeNull();
    expect(doc.querySelector('#links-and-quotes a[href="https://example.org/"]')!.getAttribute('rel')).toBe('noopener');
  });
  it('makes incremental=1 top-level items fragments, not their sub-items', () => {
    const items = [...doc.querySelectorAll('#incremental li')] as any[];
    expect(items.map((li) => li.classList.contains('fragment'))).toEqual([true, false, true]);
  });
  it('renders the citation on the source slide', () => {
    const citation = doc.querySelector('#source .source-citation')!;
    expect(citation.textContent).toContain('A fixture document');
    expect(citation.textContent).toContain('Jane Doe');
  });
  it('puts the class and deck on the title slide', () => {
    expect(doc.querySelector('#title .title-main')!.textContent).toBe('Syntax tour');
    expect(doc.querySelector('#title .title-course')!.textContent).toContain('Course');
  });

  it('applies reveal.js attribute comments as the markdown plugin does', () => {
    const r = render('reveal-md.md').document;
    const first = r.querySelector('.slides > section')!;
    expect(first.getAttribute('data-background')).toBe('#123456');
    const p = first.querySelector('p')!;
    expect(p.getAttribute('class')).toBe('fragment');
    expect(p.getAttribute('data-fragment-index')).toBe('2');
    const items = [...r.querySelectorAll('.stack > section')[0]!.querySelectorAll('li')] as any[];
    expect(items[1].classList.contains('fragment')).toBe(true);
    expect(items[0].classList.contains('fragment')).toBe(false);
  });
  it('keeps <aside class="notes"> written in the Markdown', () => {
    expect(render('reveal-md.md').document.querySelectorAll('aside.notes')).toHaveLength(2);
  });
});

describe('renderDeckPage: the page and its DOM, which the checks read instead of parsing the page again', () => {
  it('gives a DOM that says what the HTML says, title included, and the same check results', () => {
    for (const name of ['syntax-tour.md', 'reveal-md.md']) {
      const file = path.join(fixtures, 'project', 'decks', name);
      const parsed = parseDeck(file, fs.readFileSync(file, 'utf8'));
      const { look } = resolveLook([{ settings: parsed.frontMatter, file, baseDir: parsed.dir, locate: parsed.locate }], templatesDir, parsed.dir);
      const { deck } = buildDeck(parsed, { audience: [], variables: {}, maxListLines: look!.theme.maxListLines });
      const page = renderDeckPage(deck, look!, klass, loadTemplates(templatesDir, look!.theme), { assets: '../../assets' });
      const reparsed = parseHTML(page.rendered.html).document;
      expect(page.document.title).toContain(deck.meta.title);
      expect(page.document.title).toBe(reparsed.title);
      // The DOM holds a marker where the page has a formula (formula-markers.ts): the checks never read KaTeX's spans.
      const formulas = [...reparsed.querySelectorAll('.katex-display, .katex')].filter((k: any) => !k.parentElement.closest('.katex-display, .katex'));
      const markers = [...page.document.querySelectorAll('lectern-formula')];
      expect(markers).toHaveLength(formulas.length);
      if (name === 'syntax-tour.md') expect(formulas.length).toBeGreaterThan(0);
      for (const [i, m] of markers.entries()) m.outerHTML = formulas[i]!.outerHTML;
      expect('<!DOCTYPE html>\n' + page.document.documentElement.outerHTML).toBe('<!DOCTYPE html>\n' + reparsed.documentElement.outerHTML);
      expect(staticChecks(deck, page.rendered.html, look!, page.document)).toEqual(staticChecks(deck, page.rendered.html, look!, reparsed));
    }
  });
});
