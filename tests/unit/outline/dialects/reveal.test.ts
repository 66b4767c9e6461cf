// The reveal.js dialect on strings: slidify's separators, stacks, notes at exactly one marker, bad patterns.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../src/diagnostics.js';
import { DEFAULT_NOTES_SEPARATOR, revealDialect, revealNotes, splitAtSeparators, usesSeparators } from '../../../../src/outline/dialects/reveal.js';

const shape = (body: string, options = {}) =>
  splitAtSeparators(body, 1, options).map((s) => [s, ...s.children].map((x) => x.lines.map((l) => l.text).join('|').replace(/^\|+|\|+$/g, '')));

describe('usesSeparators', () => {
  it.each<[string, object, boolean]>([
    ['a\n\n---\n\nb', {}, true],
    ['a\n\n----\n\nb', {}, true],
    ['a\n---\nb', {}, false],
    ['# A\n---\nb', {}, true],
    ['- a\n---\nb', {}, true],
    ['a\n\n---\nb', {}, true],
    ['a\n   \n---\n\t\nb', {}, true],
    ['```\n# A\n---\nb\n```', {}, false],
    ['a\n\n--- \nb', {}, false],
    ['```\n\n---\n\n```', {}, false],
    ['## A\ntext', { separator: '^===$' }, true],
    ['## A\ntext', {}, false],
  ])('%j with %j → %s', (body, options, yes) => expect(usesSeparators(body, options)).toBe(yes));
});

describe('splitAtSeparators', () => {
  it('makes horizontal slides and vertical stacks as reveal-md does', () => {
    expect(shape('a\n\n---\n\nb\n\n----\n\nc\n\n---\n\nd')).toEqual([['a'], ['b', 'c'], ['d']]);
  });
  it("splits at reveal-md's own default, a `---` line with no blank lines around it", () => {
    expect(shape('# A\n---\n## B\ntext\n----\n## C\n---\nd')).toEqual([['# A'], ['## B|text', '## C'], ['d']]);
  });
  it('splits where a "blank" line beside the separator holds spaces, and not at a `---` with trailing spaces', () => {
    expect(shape('a\n   \n---\n \t\nb')).toEqual([['a|   '], [' \t|b']]);
    expect(shape('a\n\n--- \n\nb')).toEqual([['a||--- ||b']]);
  });
  it('splits inside code fences and under setext text as reveal.js does (its regex sees only text)', () => {
    expect(shape('```yaml\nx: 1\n---\ny: 2\n```')).toEqual([['```yaml|x: 1'], ['y: 2|```']]);
    expect(shape('Title\n---\nb')).toEqual([['Title'], ['b']]);
  });
  it('does not split at a second `---` right after a first: the first match ate the newline before it', () => {
    expect(shape('a\n---\n---\nb')).toEqual([['a'], ['---|b']]);
  });
  it('starts a stack with a vertical separator right at the beginning of a slide', () => {
    expect(shape('a\n\n----\n\nb')).toEqual([['a', 'b']]);
  });
  it('uses a custom separator and then no default vertical one', () => {
    expect(shape('a\n===\nb\n\n----\n\nc', { separator: '^===$' })).toEqual([['a'], ['b||----||c']]);
  });
  it('keeps file lines for each slide and finds its heading for titles', () => {
    const slides = splitAtSeparators('# One\n\n---\n\n## Two\ntext', 7, {});
    // A slide starts right after its separator match, which ends before the blank line's newline.
    expect(slides.map((s) => s.line)).toEqual([7, 10]);
    expect(slides.map((s) => s.heading && [s.heading.text, s.heading.line])).toEqual([['One', 7], ['Two', 11]]);
  });
  it('reports a separator that does not compile instead of throwing', () => {
    const diagnostics: Diagnostic[] = [];
    expect(splitAtSeparators('a', 1, { separator: '(' }, 'd.md', diagnostics)).toEqual([]);
    // (It is reported once per regex built from it; parseDeck's own check stops such a deck before this.)
    expect([...new Set(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`))]).toEqual([
      'd.md:1:1: error: separator "(" is not a valid regular expression (reveal.js reads it with new RegExp)',
    ]);
  });
});

describe('revealNotes', () => {
  const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
  it('splits at a single marker', () => {
    const r = revealNotes(lines('# T\ntext\nNote: say this\nand this'), DEFAULT_NOTES_SEPARATOR);
    expect(r.body.map((l) => l.text)).toEqual(['# T', 'text']);
    expect(r.notes).toBe('say this\nand this');
  });
  it('keeps everything on the slide when there are two markers, and gives empty notes for a bare one', () => {
    expect(revealNotes(lines('a\nNote: x\nNotes: y'), DEFAULT_NOTES_SEPARATOR)).toMatchObject({ notes: '' });
    expect(revealNotes(lines('a\nNote: x\nNotes: y'), DEFAULT_NOTES_SEPARATOR).body).toHaveLength(3);
    expect(revealNotes(lines('a\nnote:'), DEFAULT_NOTES_SEPARATOR)).toMatchObject({ notes: '', body: [{ text: 'a' }] });
  });
  it('keeps text before a marker in the middle of a line', () => {
    const r = revealNotes(lines('a\nsee ??? spoken'), '\\?\\?\\?');
    expect(r.body.map((l) => l.text)).toEqual(['a', 'see ']);
    expect(r.notes).toBe('spoken');
  });
  it('ignores a pattern that does not compile', () => expect(revealNotes(lines('a'), '(').notes).toBe(''));
});

describe('revealDialect.parse', () => {
  it('reports a bad notesSeparator and gives every slide empty attributes', () => {
    const r = revealDialect.parse({ file: 'd.md', frontMatter: { notesSeparator: '[' }, body: 'a\n\n---\n\nb', bodyLine: 1 });
    expect(r.slides).toHaveLength(2);
    expect(r.slides[0]!.attributes).toEqual({ only: [], except: [], classes: [], section: {} });
    expect(r.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('notesSeparator "["')]);
  });
});

describe('hidden slides', () => {
  it('leaves out a slide reveal.js hides (data-visibility="hidden"), and a hidden stack head gives way to the next', () => {
    const body = '# A\n\n---\n<!-- .slide: data-visibility="hidden" -->\n# Hidden\n\n---\n\n# B\n\n----\n\n# B2\n\n---\n<!-- .slide: data-visibility="hidden" -->\n# C\n\n----\n\n# C2\n\n----\n\n# C3\n';
    const r = revealDialect.parse({ file: 'd.md', frontMatter: {}, body, bodyLine: 1 });
    const titles = (slides: readonly { lines: { text: string }[]; children: any[] }[]): unknown[] =>
      slides.map((s) => [s.lines.find((l) => l.text.startsWith('#'))?.text, ...(s.children.length ? [titles(s.children)] : [])]);
    expect(titles(r.slides)).toEqual([['# A'], ['# B', [['# B2']]], ['# C2', [['# C3']]]]);
  });
});
