// The deck model on strings: slide ids, titles as plain text, locating text, slide counts, source slides.
import { describe, expect, it } from 'vitest';
import { allSlides, countSlides, deckLines, locateIn, plainText, slugify } from '../../../src/model/deck.js';
import { deckFromText } from '../deck-text.js';

describe('slugify', () => {
  it.each([
    ['Hello, World!', 'hello-world'],
    ['Ça va — très bien', 'ca-va-tres-bien'],
    ['  --x--  ', 'x'],
    ['Хрущёв и 日本語', 'хрущев-и-日本語'],
    ['a'.repeat(80), 'a'.repeat(60)],
    ['!!!', ''],
  ])('%j → %j', (text, id) => expect(slugify(text)).toBe(id));
});

describe('plainText', () => {
  it.each([
    ['**Bold** and _it_ `code`', 'Bold and it code'],
    ['[a link](http://x) and ![an image](i.png)', 'a link and an image'],
    ['<span class="x">tagged</span>', 'tagged'],
    ['Tom &amp; Jerry &#39;s', "Tom & Jerry 's"],
  ])('%j → %j', (md, text) => expect(plainText(md)).toBe(text));
});

describe('locateIn', () => {
  const lines = [{ text: 'first', line: 4 }, { text: 'a needle here', line: 5 }];
  it('finds the first line holding the text, 1-based column', () => expect(locateIn(lines, 'needle')).toEqual({ line: 5, column: 3 }));
  it('falls back when nothing holds it', () => expect(locateIn(lines, 'hay', { line: 9, column: 2 })).toEqual({ line: 9, column: 2 }));
});

describe('buildDeck ids and titles', () => {
  const { deck } = deckFromText('---\ntitle: Cells\n---\n## Intro\nx\n## Intro\ny\n## **Bold** title {#chosen}\nz\n### Child\nw\n# Part');
  const slides = allSlides(deck.slides);
  it('gives unique ids, the attribute id winning, children after their parent', () => {
    expect(slides.map((s) => s.id)).toEqual(['title', 'intro', 'intro-2', 'chosen', 'child', 'part']);
  });
  it('titles slides in plain text and the title slide with the deck title', () => {
    expect(slides.map((s) => s.title)).toEqual(['Cells', 'Intro', 'Intro', 'Bold title', 'Child', 'Part']);
    expect(slides.map((s) => s.kind)).toEqual(['title', 'content', 'content', 'content', 'content', 'section']);
  });
  it('counts every shown section and keeps body lines in order', () => {
    expect(countSlides(deck)).toBe(6);
    expect(deckLines(deck).map((l) => l.text).filter(Boolean)).toEqual(['x', 'y', 'z', 'w']);
  });
});

describe('buildDeck settings', () => {
  it('applies the deck\'s incremental setting to content slides only, a slide\'s own winning', () => {
    const { deck } = deckFromText('---\ntitle: T\nincremental: 1\n---\n# S\n## A\n- x\n## B {incremental=false}\n- y');
    expect(allSlides(deck.slides).map((s) => s.attributes.incremental)).toEqual([undefined, undefined, 1, 0]);
  });
  it('adds a generated source slide for a deck with a source, in the deck\'s language', () => {
    const { deck } = deckFromText('---\nlang: de\nsource:\n  title: Buch\n---\n## A\nx');
    const last = deck.slides.at(-1)!;
    expect(last).toMatchObject({ layout: 'source', generated: true, id: 'source' });
    expect(last.title).toBe('Quelle');
  });
  it('reports layout=source without a source in the front matter', () => {
    const { diagnostics } = deckFromText('## Refs {layout=source}\nx');
    expect(diagnostics).toMatchObject([{ line: 1, message: expect.stringContaining('needs "source:"') }]);
  });
  it('titles an untitled deck from its first heading, then its slug', () => {
    expect(deckFromText('## First\nx').deck.meta.title).toBe('First');
    expect(deckFromText('just text', {}, '/course/decks/my-slug.md').deck.meta.title).toBe('my-slug');
  });
  it('hides a whole slide from an audience its attributes exclude', () => {
    const text = '## A\nx\n## B {only=advanced}\ny\n### B1\nz';
    expect(countSlides(deckFromText(text, { audience: ['intro'] }).deck)).toBe(2);
    expect(countSlides(deckFromText(text, { audience: ['advanced'] }).deck)).toBe(4);
  });
  it('keeps a {fit} slide whole however long its list', () => {
    const list = Array.from({ length: 30 }, (_, i) => `- item ${i}`).join('\n');
    expect(countSlides(deckFromText(`## Long {fit}\n${list}`).deck)).toBe(2);
    expect(countSlides(deckFromText(`## Long\n${list}`).deck)).toBeGreaterThan(2);
  });
});
