import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/outline/parse-deck.js';
import { allSlides, buildDeck, countSlides } from '../../src/model/deck.js';
import { fixtures } from '../helpers.js';

const tourFile = path.join(fixtures, 'project', 'decks', 'syntax-tour.md');
const tour = parseDeck(tourFile, fs.readFileSync(tourFile, 'utf8'));
const model = (audience: string[] = [], maxListLines = 9, variables = {}) => buildDeck(tour, { audience, variables, maxListLines });

describe('buildDeck', () => {
  it('parses the fixture without diagnostics', () => {
    expect(tour.diagnostics).toEqual([]);
    expect(model().diagnostics).toEqual([]);
  });

  it('builds title, section, content and vertical slides in order', () => {
    const { deck } = model();
    expect(deck.slides.map((s) => s.title)).toEqual([
      'Syntax tour', 'Part one', 'Nested bullets', 'Numbered list and table', 'Code and math',
      'Links and quotes', 'Incremental', 'A long list', 'A long list (cont.)', 'Source',
    ]);
    expect(deck.slides[3]!.children.map((c) => c.title)).toEqual(['A vertical detail']);
    expect(countSlides(deck)).toBe(11);
  });

  it('keeps text before the first heading on the title slide', () => {
    expect(model().deck.slides[0]!.body).toBe('Text before the first heading joins the title slide.');
  });

  it('splits notes from the Note: paragraph to the end of the slide', () => {
    const s = model().deck.slides[2]!;
    expect(s.notes).toBe('Notes for nested bullets. They run to the end of the slide.\n\nMore notes in a second paragraph.');
    expect(s.body).not.toContain('Note:');
  });

  it('filters slides and bullet subtrees by audience', () => {
    const intro = model(['intro']).deck;
    const advanced = model(['advanced']).deck;
    expect(countSlides(intro)).toBe(10);
    expect(countSlides(advanced)).toBe(11);
    const links = (d: typeof intro) => d.slides.find((s) => s.title === 'Links and quotes')!.body;
    expect(links(intro)).toContain('Only for the intro class');
    expect(links(intro)).not.toContain('{only=intro}');
    expect(links(advanced)).not.toContain('Only for the intro class');
    expect(links(advanced)).not.toContain('with its own sub-item');
  });

  it('continues a long list on "(cont.)" slides at the theme limit', () => {
    const parts = model([], 9).deck.slides.filter((s) => s.title.startsWith('A long list'));
    expect(parts).toHaveLength(2);
    expect(parts[0]!.continued).toEqual({ part: 1, of: 2 });
    expect(parts[1]!.heading).toBe('A long list (cont.)');
    expect(parts[0]!.notes).toBe('Long list notes.');
    expect(model([], 20).deck.slides.filter((s) => s.title.startsWith('A long list'))).toHaveLength(1);
  });

  it('reads per-slide attributes', () => {
    const { deck } = model();
    expect(deck.slides.find((s) => s.title === 'Incremental')!.attributes.incremental).toBe(1);
    expect(deck.slides.find((s) => s.title === 'Code and math')!.id).toBe('code-math');
    expect(deck.slides.at(-1)!.layout).toBe('source');
  });

  it('substitutes variables and reports undefined ones with their position', () => {
    const p = parseDeck('v.md', '---\ntitle: V\n---\n## For {{class.name}}\n\nRoom {{vars.room}} & {{vars.missing}}\n');
    const { deck, diagnostics } = buildDeck(p, { variables: { class: { name: 'A <b>' }, vars: { room: 'B' } }, maxListLines: 9 });
    expect(deck.slides[1]!.heading).toBe('For A &#60;b&#62;');
    expect(deck.slides[1]!.body).toContain('Room B &');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'v.md', line: 6, column: 22, severity: 'error' });
    expect(diagnostics[0]!.message).toContain('undefined variable "vars.missing"');
  });

  it('takes a leading "# Title" as the title slide when the front matter has no title', () => {
    const p = parseDeck('t.md', '# My lecture\n\nOpening line.\n\n## First\n\n- a\n\nNote: n\n');
    const { deck } = buildDeck(p, { variables: {}, maxListLines: 9 });
    expect(deck.meta.title).toBe('My lecture');
    expect(deck.slides.map((s) => [s.kind, s.title])).toEqual([['title', 'My lecture'], ['content', 'First']]);
    expect(deck.slides[0]!.body).toBe('Opening line.');
  });

  it('adds a source slide when the deck has a source but no source slide', () => {
    const p = parseDeck('s.md', '---\ntitle: S\nsource:\n  title: Doc\n---\n## One\n\nNote: n');
    const slides = allSlides(buildDeck(p, { variables: {}, maxListLines: 9 }).deck.slides);
    expect(slides.at(-1)).toMatchObject({ layout: 'source', generated: true });
  });

  it('splits a reveal-md deck only at its separators', () => {
    const file = path.join(fixtures, 'project', 'decks', 'reveal-md.md');
    const p = parseDeck(file, fs.readFileSync(file, 'utf8'));
    const { deck } = buildDeck(p, { variables: {}, maxListLines: 9 });
    expect(deck.dialect).toBe('reveal');
    expect(deck.slides.map((s) => s.title)).toEqual(['First slide', 'Second slide', 'Third slide']);
    expect(countSlides(deck)).toBe(4);
    expect(deck.slides[1]!.notes).toBe('reveal-md style notes.');
  });
});
