// The static check rules on rendered decks made from strings: each finds its problem at its line, and only there.
import { describe, expect, it } from 'vitest';
import { staticChecks } from '../../../src/check/static-rules.js';
import { pageFromText } from '../deck-text.js';

const findings = (text: string, rule: string) => {
  const { deck, look, rendered, document } = pageFromText(text);
  return staticChecks(deck, rendered.html, look, document).filter((d) => d.rule === rule).map((d) => `${d.line}:${d.column} ${d.severity}`);
};

describe('static rules', () => {
  it('empty-slide: a content slide with nothing on it, not a section or a parent of children', () => {
    expect(findings('---\ntitle: T\n---\n# Part\n## Empty\n## Parent\n### Child\nx\n## Full\ntext', 'empty-slide')).toEqual(['5:1 warning']);
  });
  it('missing-notes: a slide without notes, not one with a Note: or an <aside class="notes">', () => {
    expect(findings('## A\nx\nNote: said\n## B\ny\n## C\n<aside class="notes">n</aside>', 'missing-notes')).toEqual(['4:1 warning']);
  });
  it('image-alt: an image with no description, at its address', () => {
    expect(findings('## A\nsee ![](https://example.org/a.png)\n![fine](https://example.org/b.png)\nNote: n', 'image-alt')).toEqual(['2:9 error']);
  });
  it('image-alt: an image sized by keywords is told to keep them, before its description', () => {
    const { deck, look, rendered, document } = pageFromText('## A\n\n![w:400](https://example.org/a.png)\n\n![w:400 A chart](https://example.org/b.png)\n\nNote: n');
    const found = staticChecks(deck, rendered.html, look, document).filter((d) => d.rule === 'image-alt');
    expect(found.map((d) => `${d.line} ${d.message}`)).toEqual(['3 image "https://example.org/a.png" has no alt text: describe it after its size keywords, ![w:400 …](https://example.org/a.png), for students who cannot see it']);
  });
  // Each finding is placed on the link's target, as written.
  it.each([
    ['[next](#/nowhere)', ['2:8 error']],
    ['[next](#/b)', []],
    ['[slide 3](#/3)', []],
    ['[anchor](#missing-anchor)', ['2:10 error']],
    ['[bad](%zz)', ['2:7 error']],
    ['[web](https://example.org)', []],
    ['[mail](mailto:a@b.c)', []],
    ['[site](/Syllabus/x.html)', []],
  ])('broken-link: %s', (link, expected) => {
    expect(findings(`## A\n${link}\nNote: n\n## B\nx\nNote: n`, 'broken-link')).toEqual(expected);
  });
  it('broken-link: reference links and a repeated link, each at the line that names its file', () => {
    const text = '## A\n[one] [two] [x](gone.pdf)\n\n[x](gone.pdf) [three]\n\n[one]: a.html\n[two]: b.html\n[three]: c.html\n\nNote: n';
    expect(findings(text, 'broken-link')).toEqual(['6:8 error', '7:8 error', '2:17 error', '2:17 error', '8:10 error']);
  });
  it('contrast: a pale accent set in the front matter, at that setting', () => {
    const { deck, look, rendered, document } = pageFromText('---\naccent: "#f0f0f0"\n---\n## A\nx');
    const found = staticChecks(deck, rendered.html, look, document).filter((d) => d.rule === 'contrast');
    expect(found.map((d) => d.message)).toEqual([
      'accent (links, bullets) #f0f0f0 on #fdfcf8 has contrast 1.11:1, below WCAG AA 4.5:1 (choose a darker or lighter accent)',
      'section slide text #ffffff on #f0f0f0 has contrast 1.14:1, below WCAG AA 4.5:1 (choose a darker or lighter accent)',
    ]);
    for (const d of found) expect(d).toMatchObject({ file: '/course/decks/deck.md', line: 2 });
  });
  it('contrast: a slide background its text cannot be read on', () => {
    expect(findings('## A {data-background-color="#777777"}\nx\nNote: n\n## B {data-background-color="#000000"}\ny\nNote: n', 'contrast')).toEqual(['1:1 error']);
  });
  it('unknown-lang: a language with no string table, and none for one with a table', () => {
    expect(findings('---\nlang: tlh\n---\n## A\nx', 'unknown-lang')).toHaveLength(1);
    expect(findings('---\nlang: fr-CA\n---\n## A\nx', 'unknown-lang')).toEqual([]);
  });
});
