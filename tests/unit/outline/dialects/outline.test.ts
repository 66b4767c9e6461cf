// Lectern's outline dialect on strings: headings to slides, attributes, the leading "# Title", notes and handout.
import { describe, expect, it } from 'vitest';
import { headingOf, outlineDialect, splitAtHeadings } from '../../../../src/outline/dialects/outline.js';

const lines = (text: string, from = 1) => text.split('\n').map((t, i) => ({ text: t, line: from + i }));

describe('splitAtHeadings', () => {
  it('reads "## {only=advanced}" as attributes on an empty heading', () => {
    const [, slide] = splitAtHeadings('## {only=advanced}\ntext', 1);
    expect(slide!.heading).toMatchObject({ level: 2, text: '', attributes: 'only=advanced' });
  });
  it('treats "###" before any "##" as a slide of its own, and strips closing hashes', () => {
    const slides = splitAtHeadings('### Early ##\n## Later', 1);
    expect(slides.map((s) => [s.kind, s.heading?.text, s.children.length])).toEqual([['title', undefined, 0], ['slide', 'Early', 0], ['slide', 'Later', 0]]);
  });
  it('takes "####" and "#tag" for text, not headings', () => {
    expect(splitAtHeadings('#### deep\n#tag', 1)).toHaveLength(1);
  });
  it('gives the attributes\' column just after "{"', () => {
    const [, s] = splitAtHeadings('## Title {.wide}', 1);
    expect(s!.heading).toMatchObject({ attributes: '.wide', attributesColumn: 11 });
  });
});

describe('headingOf', () => {
  it('finds the first heading outside code, capping its level at 3', () => {
    expect(headingOf(lines('```\n# no\n```\n#### Deep #\n# later'))).toEqual({ level: 3, text: 'Deep', line: 4 });
    expect(headingOf(lines('text only'))).toBeUndefined();
  });
});

describe('outlineDialect.parse', () => {
  const parse = (body: string, frontMatter = {}) => outlineDialect.parse({ file: 'd.md', frontMatter, body, bodyLine: 3 });
  it('takes a leading "# Title" as the deck title when the front matter has none', () => {
    const r = parse('# The Cell\nsubtitle text\n## First\n### Child');
    expect(r.frontMatter.title).toBe('The Cell');
    expect(r.slides.map((s) => s.heading?.text ?? s.kind)).toEqual(['title', 'First']);
    expect(r.slides[0]!.lines.map((l) => l.text)).toEqual(['subtitle text']);
  });
  it('keeps "# Title" a section when the front matter names the deck or text comes first', () => {
    expect(parse('# Part\n## A', { title: 'Deck' }).slides.map((s) => s.kind)).toEqual(['title', 'section', 'slide']);
    expect(parse('intro\n# Part\n## A').slides.map((s) => s.kind)).toEqual(['title', 'section', 'slide']);
  });
  it('reports bad heading attributes at their file line and column', () => {
    const r = parse('## A {layout=wide}');
    expect(r.diagnostics).toMatchObject([{ line: 3, column: 7, message: expect.stringContaining('unknown layout "wide"') }]);
  });
  it('applies attributes to vertical children too', () => {
    const r = parse('## A\n### B {.small}');
    expect(r.slides[1]!.children[0]!.attributes.classes).toEqual(['small']);
  });
});

describe('outlineDialect.notes', () => {
  it('splits a slide into body, Note: and Handout: blocks', () => {
    const r = outlineDialect.notes(lines('- point\nNote: say it\nHandout: read this'), {});
    expect(r.body.map((l) => l.text)).toEqual(['- point']);
    expect(r.notes).toBe('say it');
    expect(r.handout).toBe('read this');
  });
});
