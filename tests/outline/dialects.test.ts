// Each dialect against its own tool: Marp decks against marp-core, reveal.js notes as its markdown plugin reads them.
import fs from 'node:fs';
import path from 'node:path';
import { Marp } from '@marp-team/marp-core';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/outline/parse-deck.js';
import { allSlides, buildDeck } from '../../src/model/deck.js';
import { literalMarkdown, splitMarp, scopeStyles } from '../../src/outline/dialects/marp.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { revealNotes } from '../../src/outline/dialects/reveal.js';
import { fixtures } from '../helpers.js';

const variables = { class: { id: 'c', name: 'C' }, deck: { slug: 'd' }, vars: {} };
const model = (file: string, text: string, maxListLines = 9) => {
  const parsed = parseDeck(file, text);
  return { parsed, ...buildDeck(parsed, { variables, maxListLines }) };
};
const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

describe('Marp decks match marp-core', () => {
  const dir = path.join(fixtures, 'dialects', 'marp', 'decks');
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    it(`${name}: same slides and presenter notes`, () => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const reference = new Marp().render(text, { htmlAsArray: true });
      const { parsed, deck } = model(name, text);
      expect(parsed.dialect).toBe('marp');
      const slides = allSlides(deck.slides);
      expect(slides.length).toBe(reference.html.length);
      expect(slides.map((s) => s.notes)).toEqual(reference.comments.map((c) => c.map(literalMarkdown).join('\n\n')));
    });
  }

  it('keeps presenter notes as the plain text Marp shows', () => {
    const note = '![bg left:35%](p.jpg) <b>*not bold*</b> $x$ & 1. item';
    expect(renderMarkdown(literalMarkdown(note)).replace(/<\/?p>|\n/g, '')).toBe('![bg left:35%](p.jpg) &lt;b&gt;*not bold*&lt;/b&gt; $x$ &amp; 1. item');
  });

  it('splits at rules, not at setext underlines, fenced rules or rules inside an HTML block', () => {
    const body = 'a\n\n---\n\nText\n---\n\n```\n---\n```\n\n<div>\n---\n</div>\n\n***\n\nend';
    const ours = splitMarp(body, 1, []).length;
    expect(ours).toBe(new Marp().render(`---\nmarp: true\n---\n${body}`, { htmlAsArray: true }).html.length);
    expect(ours).toBe(3);
  });

  it('a fence inside an HTML block or a comment opens nothing (the rest of the deck still splits)', () => {
    for (const body of ['<div>\n</div>\n```\n\n---\n\nb', '<!-- old slide\n```python\nx\n``` -->\n\n---\n\nb']) {
      const reference = new Marp().render(`---\nmarp: true\n---\n${body}`, { htmlAsArray: true });
      expect(splitMarp(body, 1, []).length).toBe(reference.html.length);
      expect(reference.html.length).toBe(2);
    }
  });

  it('headingDivider splits before headings of that level and above', () => {
    const body = '# A\n\ntext\n\n## B\n\n### C\n\n## D';
    expect(splitMarp(body, 1, [1, 2]).map((s) => s.find((l) => l.text.startsWith('#'))?.text)).toEqual(['# A', '## B', '## D']);
  });

  it('reads _class, header, footer and backgrounds into the slide; an unknown theme is a warning', () => {
    const { parsed, deck, diagnostics } = model('m.md', '---\nmarp: true\ntheme: corporate\nfooter: Course\n---\n<!-- _class: lead invert -->\n# Hi\n\n![bg right:30%](a.png)\n\n---\n\n## Two');
    const [one, two] = allSlides(deck.slides);
    expect(one!.attributes.classes).toEqual(expect.arrayContaining(['lead', 'invert']));
    expect(two!.attributes.classes).not.toContain('lead');
    expect(one!.body).toContain('<footer class="marp-footer">');
    expect(two!.body).toContain('<footer class="marp-footer">');
    expect(one!.body).toMatch(/<div class="marp-bgs marp-bgs-right" style="width:30%".*src="a.png"/);
    expect(one!.attributes.section['data-background-color']).toBe('#141922');
    expect([...parsed.diagnostics, ...diagnostics].map((d) => `${d.severity}:${d.rule}`)).toEqual(['warning:marp-theme']);
    expect(parsed.frontMatter.theme).toBeUndefined();
  });

  it('reads directives with Marp\'s loose YAML (`#fff` and `@import` are strings)', () => {
    const { parsed, deck } = model('m.md', '---\nmarp: true\nbackgroundColor: #f5f9ff\nstyle: @import url(x.css);\n---\n<!-- _backgroundColor: #003aff -->\n# One\n\n---\n\n# Two');
    expect(parsed.diagnostics).toEqual([]);
    expect(allSlides(deck.slides).map((s) => s.attributes.section['data-background-color'])).toEqual(['#003aff', '#f5f9ff']);
  });

  it('sizes images with w:/h: and keeps the rest of the alt text', () => {
    const { deck } = model('m.md', '---\nmarp: true\n---\n![w:200 h:100 A graph](g.png)');
    expect(deck.slides[0]!.body).toBe('<img src="g.png" alt="A graph" style="width:200px;height:100px">');
  });

  it('scopes <style scoped> to its slide', () => {
    expect(scopeStyles('<style scoped>\nh1, p { color: red }\nsection { background: #000 }\n</style>', 's2')).toBe(
      '<style>\nsection[data-marp-scope="s2"] h1, section[data-marp-scope="s2"] p { color: red }\nsection[data-marp-scope="s2"] { background: #000 }\n</style>',
    );
  });
});

describe('reveal.js decks', () => {
  it('take notes only at a single marker, as reveal.js does; an empty marker gives empty notes', () => {
    expect(revealNotes(lines('Body\n\nNote: say this'), '^s*notes?:')).toEqual({ body: lines('Body\n'), notes: 'say this' });
    expect(revealNotes(lines('Body\n\nNotes:'), '^s*notes?:').notes).toBe('');
    expect(revealNotes(lines('Body\n\nNote: one\n\nnote: two'), '^s*notes?:')).toEqual({ body: lines('Body\n\nNote: one\n\nnote: two'), notes: '' });
  });

  it('honours notesSeparator from the front matter', () => {
    const { deck } = model('r.md', '---\nnotesSeparator: "^\\\\?\\\\?\\\\?"\n---\n# One\n\nNote: stays\n\n???\nspoken\n\n---\n\n# Two');
    expect(deck.dialect).toBe('reveal');
    expect(deck.slides[0]!.notes).toBe('spoken');
    expect(deck.slides[0]!.body).toContain('Note: stays');
  });

  it('never adds "(cont.)" slides: the deck keeps reveal.js\'s slide count', () => {
    const list = Array.from({ length: 30 }, (_, i) => `- item ${i}`).join('\n');
    const { deck } = model('r.md', `# A\n\n${list}\n\n---\n\n# B`, 5);
    expect(allSlides(deck.slides).map((s) => s.title)).toEqual(['A', 'B']);
    const outline = model('o.md', `## A\n\n${list}`, 5).deck;
    expect(allSlides(outline.slides).length).toBeGreaterThan(2);
  });
});
