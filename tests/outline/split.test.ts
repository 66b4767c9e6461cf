import { describe, expect, it } from 'vitest';
import { splitSlides, usesSeparators } from '../../src/outline/split.js';

describe('splitSlides at headings', () => {
  const body = ['Intro line', '', '# Section', '', '## Slide A', 'text a', '### Detail', 'detail', '## Slide B', '```md', '## not a heading', '```'].join('\n');
  const { mode, slides } = splitSlides(body, 5);

  it('uses headings when there are no separators', () => expect(mode).toBe('headings'));
  it('puts text before the first heading on the title slide', () => {
    expect(slides[0]!.kind).toBe('title');
    expect(slides[0]!.lines[0]).toEqual({ text: 'Intro line', line: 5 });
  });
  it('makes # a section, ## a slide and ### a vertical child', () => {
    expect(slides.map((s) => [s.kind, s.heading?.text])).toEqual([
      ['title', undefined],
      ['section', 'Section'],
      ['slide', 'Slide A'],
      ['slide', 'Slide B'],
    ]);
    expect(slides[2]!.children.map((c) => c.heading?.text)).toEqual(['Detail']);
  });
  it('keeps file line numbers', () => expect(slides[2]!.heading!.line).toBe(9));
  it('does not split inside code fences', () => expect(slides[3]!.lines.map((l) => l.text)).toContain('## not a heading'));
  it('reads heading attributes with their column', () => {
    const s = splitSlides('## Title {only=advanced}', 1).slides[1]!;
    expect(s.heading).toMatchObject({ text: 'Title', attributes: 'only=advanced', attributesColumn: 11 });
  });
  it('leaves {{variables}} in headings alone', () => {
    const h = splitSlides('## Hello {{class.name}}', 1).slides[1]!.heading!;
    expect(h.text).toBe('Hello {{class.name}}');
    expect(h.attributes).toBeUndefined();
  });
});

describe('splitSlides at separators (reveal-md compatible)', () => {
  it('detects --- between blank lines', () => {
    expect(usesSeparators('a\n\n---\n\nb', {})).toBe(true);
    expect(usesSeparators('Title\n---\ntext', {})).toBe(false);
  });
  it('splits horizontal and vertical like reveal.js', () => {
    const { mode, slides } = splitSlides('# One\n\n---\n\n## Two\n\n----\n\n## Two b\n\n---\n\n## Three', 1);
    expect(mode).toBe('separators');
    expect(slides.map((s) => s.heading?.text)).toEqual(['One', 'Two', 'Three']);
    expect(slides[1]!.children.map((s) => s.heading?.text)).toEqual(['Two b']);
  });
  it('honours a custom separator regex', () => {
    const { slides } = splitSlides('A\n<!--s-->\nB\n<!--s-->\nC', 1, { separator: '<!--s-->' });
    expect(slides).toHaveLength(3);
    // The regex has no newlines, so the piece starts with the line break after the separator, as in reveal.js.
    expect(slides[2]!.lines.map((l) => l.text).join('\n').trim()).toBe('C');
    expect(slides[2]!.lines.find((l) => l.text === 'C')!.line).toBe(5);
  });
});
