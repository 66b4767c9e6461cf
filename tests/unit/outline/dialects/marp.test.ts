// The Marp dialect on strings: line kinds as markdown-it sees them, slide splits, scoped styles, notes, settings.
import { describe, expect, it } from 'vitest';
import type { FrontMatter } from '../../../../src/config/schema.js';
import { literalMarkdown, marpDialect, marpLineKinds, scopeStyles, splitMarp } from '../../../../src/outline/dialects/marp.js';

const deck = (body: string, frontMatter: FrontMatter = { marp: true }) => ({ file: 'm.md', frontMatter, body, bodyLine: 5 });
const texts = (slides: { text: string }[][]) => slides.map((s) => s.map((l) => l.text).join('|'));

describe('marpLineKinds', () => {
  it.each<[string, string]>([
    ['text\n```\ncode\n```\ntext', 'text code code code text'],
    ['<!-- a\nb -->\nc', 'comment comment text'],
    ['<!-- one line -->\nx', 'comment text'],
    ['<div>\n```\n\nx', 'html html text text'],
    ['<style>\na {}\n\n</style>\nx', 'html html html html text'],
    ['para\n<span>x</span>', 'text text'],
    ['\n<span>x</span>\ny', 'text html html'],
  ])('%j → %s', (body, kinds) => expect(marpLineKinds(body.split('\n')).join(' ')).toBe(kinds));
});

describe('splitMarp', () => {
  it('splits at ---, ***, ___ rules but not at a setext underline', () => {
    expect(texts(splitMarp('a\n\n---\n\nb\n***\nc\n\n___\nd', 1, []))).toEqual(['a|', '|b', 'c|', 'd']);
    expect(texts(splitMarp('Title\n---\nmore', 1, []))).toEqual(['Title|---|more']);
  });
  it('never splits inside code', () => {
    expect(splitMarp('```\n---\n```', 1, [])).toHaveLength(1);
  });
  it('splits before divider headings once the slide has content, keeping file lines', () => {
    const slides = splitMarp('<!-- note -->\n# One\ntext\n## Two\n### Three', 10, [1, 2]);
    expect(texts(slides)).toEqual(['<!-- note -->|# One|text', '## Two|### Three']);
    expect(slides[1]![0]!.line).toBe(13);
  });
});

describe('scopeStyles', () => {
  it('scopes each selector to the slide and maps "section" to the slide itself', () => {
    expect(scopeStyles('<style scoped>h1, p { color: red }\nsection.lead { x: y }</style>', 's3')).toBe(
      '<style>section[data-marp-scope="s3"] h1, section[data-marp-scope="s3"] p { color: red }\nsection[data-marp-scope="s3"].lead { x: y }</style>',
    );
  });
  it('leaves an unscoped <style> alone', () => expect(scopeStyles('<style>h1{}</style>', 's1')).toBe('<style>h1{}</style>'));
});

describe('literalMarkdown', () => {
  it('escapes every Markdown character so the text renders as written', () => {
    expect(literalMarkdown('*not* _em_ [x](y) # 1. <b> $a$')).toBe('\\*not\\* \\_em\\_ \\[x\\]\\(y\\) \\# 1\\. \\<b\\> \\$a\\$');
  });
});

describe('marpDialect.detect', () => {
  it.each<[string, FrontMatter, string, boolean]>([
    ['marp: true', { marp: true }, 'x', true],
    // marp-cli converts a `marp: false` deck anyway (the key is Marp for VS Code's): its directives make it Marp's.
    ['marp: false with directives', { marp: false, headingDivider: 2 }, '<!-- paginate: true -->', true],
    ['marp: false without directives', { marp: false }, '## A\ntext\n\n---\n\n## B', false],
    ['headingDivider alone', { headingDivider: 2 }, 'x', true],
    ['a directive comment', {}, '<!-- _class: lead -->', true],
    ['a directive comment in code', {}, '```\n<!-- paginate: true -->\n```', false],
    ['a plain deck', {}, '## A\ntext', false],
  ])('%s → %s', (_, fm, body, yes) => expect(marpDialect.detect(deck(body, fm))).toBe(yes));
});

describe('marpDialect.parse', () => {
  it('gives each slide its local directives as classes and section attributes', () => {
    const { slides } = marpDialect.parse(deck('<!-- paginate: true -->\n# A\n\n---\n\n<!-- _class: lead -->\n<!-- _backgroundColor: #123456 -->\n# B\n\n---\n\n# C', { marp: true }));
    expect(slides.map((s) => s.attributes.classes)).toEqual([['marp-slide', 'marp-paginate'], ['lead', 'marp-slide', 'marp-paginate'], ['marp-slide', 'marp-paginate']]);
    expect(slides[1]!.attributes.section['data-background-color']).toBe('#123456');
    expect(slides[2]!.attributes.section['data-background-color']).toBeUndefined();
    expect(slides.map((s) => s.attributes.section['data-marp-scope'])).toEqual(['s1', 's2', 's3']);
    expect(slides.map((s) => s.heading?.text)).toEqual(['A', 'B', 'C']);
  });
  it('maps themes and sizes, warning about those Lectern cannot load', () => {
    const gaia = marpDialect.parse(deck('x', { marp: true, theme: 'gaia', class: 'invert' }));
    expect(gaia.frontMatter.theme).toBe('dark');
    expect(gaia.diagnostics).toEqual([]);
    const odd = marpDialect.parse(deck('<!-- theme: rose -->\n<!-- size: 21:9 -->\nx'));
    expect(odd.frontMatter.theme).toBeUndefined();
    expect(odd.diagnostics.map((d) => d.rule)).toEqual(['marp-theme', 'marp-size']);
    expect(marpDialect.parse(deck('<!-- size: 4:3 -->\nx')).frontMatter.size).toBe('4:3');
  });
  it('puts header and footer blocks around the slide and the global style on the first slide', () => {
    const { slides } = marpDialect.parse(deck('<!-- header: Top -->\n<!-- footer: "*Bottom*" -->\nbody', { marp: true, style: 'h1 { color: red }' }));
    const lines = slides[0]!.lines.map((l) => l.text);
    expect(lines[0]).toBe('<style>h1 { color: red }</style>');
    expect(lines).toContain('<header class="marp-header">');
    expect(lines.indexOf('Top')).toBeLessThan(lines.indexOf('body'));
    expect(lines.indexOf('*Bottom*')).toBeGreaterThan(lines.indexOf('body'));
  });
  it('repeats reference definitions on every slide, as markdown-it reads the whole file', () => {
    const { slides } = marpDialect.parse(deck('see [doc][d]\n\n---\n\n[d]: https://example.org'));
    expect(slides[0]!.lines.map((l) => l.text)).toContain('[d]: https://example.org');
  });
});

describe('marpDialect.notes', () => {
  it('takes presenter comments as literal notes, drops directives, keeps comments in code', () => {
    const lines = ['# T', '<!-- _class: x -->', '<!-- Mention *this* -->', '```', '<!-- code -->', '```'].map((text, i) => ({ text, line: i + 1 }));
    const { body, notes } = marpDialect.notes(lines, {});
    expect(notes).toBe('Mention \\*this\\*');
    expect(body.map((l) => l.text)).toEqual(['# T', '', '', '```', '<!-- code -->', '```']);
    expect(body.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('leaves the comments inside a raw HTML block (an <svg>) in the HTML, not in the notes, as Marpit reads them', () => {
    const lines = ['# T', '', '<svg viewBox="0 0 10 10">', '  <!-- Labels -->', '  <text x="1" y="1">a</text>', '</svg>', '', '<!-- Say this -->'].map((text, i) => ({ text, line: i + 1 }));
    const { body, notes } = marpDialect.notes(lines, {});
    expect(notes).toBe('Say this');
    expect(body.map((l) => l.text)).toContain('  <!-- Labels -->');
  });
  it('gives an empty last slide (a deck ending in ---) no notes instead of failing', () => {
    const parsed = marpDialect.parse(deck('# A\n\n---'));
    const last = parsed.slides[parsed.slides.length - 1]!;
    expect(last.lines).toEqual([]);
    expect(marpDialect.notes(last.lines, {})).toEqual({ body: [], notes: '' });
  });
  it('reads a class directive given as a YAML list, invert included', () => {
    const parsed = marpDialect.parse(deck('<!-- _class: [lead, invert] -->\n# A'));
    expect(parsed.slides[0]!.attributes.classes).toEqual(['lead', 'invert', 'marp-slide']);
    expect(parsed.slides[0]!.attributes.section['data-background-color']).toBe('#141922');
  });
});
