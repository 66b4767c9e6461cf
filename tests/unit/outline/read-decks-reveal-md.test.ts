// A reveal-md.json beside decks marks them reveal-md's: reveal-md's default separators apply where it sets none.
import { describe, expect, it } from 'vitest';
import { readCourse } from './read-course.js';

const read = (files: Record<string, string>) => readCourse(files).parsed;

const deck = '# Title\nText one.\n---\n## Two\nText two.\n----\n## Three\n';

describe('reveal-md.json', () => {
  it("splits a deck whose separators all sit under text at reveal-md's defaults, stacks included", () => {
    const parsed = read({ 'decks/course/reveal-md.json': '{ "theme": "./custom.css" }', 'decks/course/talk.md': deck }).get('course-talk')!;
    expect(parsed.dialect).toBe('reveal');
    expect(parsed.slides.map((s) => [s.heading?.text, s.children.map((c) => c.heading?.text)])).toEqual([['Title', []], ['Two', ['Three']]]);
  });
  it('leaves the same text an outline deck where no reveal-md.json says otherwise', () => {
    expect(read({ 'decks/talk.md': deck }).get('talk')!.dialect).toBe('outline');
  });
});

describe("reveal-md.json's theme", () => {
  it('draws the deck with the reveal.js theme it names, and with black, reveal-md\'s default, where it names none', () => {
    expect(read({ 'decks/c/reveal-md.json': '{ "theme": "solarized" }', 'decks/c/talk.md': deck }).get('c-talk')!.revealTheme).toBe('solarized');
    expect(read({ 'decks/c/reveal-md.json': '{}', 'decks/c/talk.md': deck }).get('c-talk')!.revealTheme).toBe('black');
    expect(read({ 'decks/c/reveal-md.json': '{}', 'decks/c/talk.md': `---\ntheme: white\n---\n${deck}` }).get('c-talk')!.revealTheme).toBe('white');
  });
});

describe('a deck whose last line is a separator, with no newline after it', () => {
  it('ends with an empty slide as reveal-md shows it (its <textarea> adds the line break), not so from a reveal.js page', () => {
    const text = '\n## Pure functions\n\nText.\n\n---\n\nNote:\n- said\n\n---';
    const md = read({ 'decks/c/reveal-md.json': '{}', 'decks/c/talk.md': text }).get('c-talk')!;
    expect(md.slides).toHaveLength(3);
    const page = '<div class="reveal"><div class="slides"><section data-markdown="talk.md"></section></div></div>';
    const fromPage = read({ 'decks/p/index.html': page, 'decks/p/talk.md': text }).get('p-talk')!;
    expect(fromPage.slides).toHaveLength(2);
  });
});
