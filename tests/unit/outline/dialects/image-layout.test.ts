// Marp's image keywords in every dialect: Lectern's outlines, reveal.js and Slidev decks read them at the start of
// the alt text; Marp decks anywhere in it. A `bg` image leaves the text for the slide's background or its side.
import { describe, expect, it } from 'vitest';
import { imageKeywords } from '../../../../src/outline/dialects/image-layout.js';
import { marpImages, type MarpBackground } from '../../../../src/outline/dialects/marp-images.js';
import { pageFromText } from '../../deck-text.js';
import { parseDeck } from '../../../../src/outline/parse-deck.js';

const leading = (line: string) => {
  const backgrounds: MarpBackground[] = [];
  return { line: marpImages(line, backgrounds, 'leading'), backgrounds };
};

describe('keywords at the start of the alt text', () => {
  it.each([
    ['![w:400](x.png)', '<img src="x.png" alt="" style="width:400px">'],
    ['![width:50% A chart of wages](x.png)', '<img src="x.png" alt="A chart of wages" style="width:50%">'],
    ['![h:300 sepia An old photograph](x.png "Caption")', '<img src="x.png" alt="An old photograph" title="Caption" style="height:300px;filter:sepia(1)">'],
    // Descriptions keep their words: no keyword run opens them.
    ['![The left bank, 60% flooded, cover photo](x.png)', '![The left bank, 60% flooded, cover photo](x.png)'],
    ['![sepia photograph](x.png)', '![sepia photograph](x.png)'],
    ['![A chart w:400](x.png)', '![A chart w:400](x.png)'],
    // After the run, keywords are words of the description.
    ['![w:200 left and right hands](x.png)', '<img src="x.png" alt="left and right hands" style="width:200px">'],
  ])('%j → %j', (input, output) => expect(leading(input).line).toBe(output));

  it.each<[string, Partial<MarpBackground>, string]>([
    ['![bg](a.jpg)', { src: 'a.jpg', size: 'cover' }, ''],
    ['![bg right:40%](a.jpg)', { side: 'right', width: '40%', size: 'cover' }, ''],
    ['![bg left contain A map of Europe](a.jpg)', { side: 'left', width: '50%', size: 'contain' }, ''],
  ])('%j is a background %j', (input, expected, line) => {
    const r = leading(input);
    expect(r.line).toBe(line);
    expect(r.backgrounds).toEqual([expect.objectContaining(expected)]);
  });
});

describe('imageKeywords on a slide', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: 10 + i }));
  it('reads Markdown text only: not code, comments, or lines that are not shown', () => {
    const slide = lines('![bg](a.png)', '```', '![bg](code.png)', '```', '<!-- ![bg](c.png) -->', 'Note: ![bg](note.png)');
    const notes = slide[5]!;
    const r = imageKeywords(slide, 'leading', (l) => l !== notes);
    expect(r.backgrounds.map((b) => b.src)).toEqual(['a.png']);
    expect(r.lines.map((l) => l.text)).toEqual(['', '```', '![bg](code.png)', '```', '<!-- ![bg](c.png) -->', 'Note: ![bg](note.png)']);
  });
  it('ends a sized image alone on its line with a blank line, so the list under it stays a list', () => {
    const r = imageKeywords(lines('![w:400 A chart](x.png)', '- a point'), 'leading');
    expect(r.lines).toEqual([{ text: '<img src="x.png" alt="A chart" style="width:400px">', line: 10 }, { text: '', line: 10 }, { text: '- a point', line: 11 }]);
  });
});

describe('in the outline format', () => {
  const deck = `---\ntitle: T\n---\n\n## Beside\n\n![bg right:40%](map.png)\n\n- a point\n\nNote: ![bg](not-this.png) stays in the notes.\n\n## Sized\n\n![w:400 A chart](chart.png "Wages, 1950-1960")\n- under it\n\n## Plain\n\n![The left bank](bank.png)\n`;
  it('draws a split background beside the text and makes a sized image a captioned figure', () => {
    const { document } = pageFromText(deck);
    const beside = document.querySelector('section#beside')!;
    expect(beside.getAttribute('class')).toContain('marp-split-right');
    expect(beside.getAttribute('style')).toContain('--marp-split:40%');
    expect(beside.querySelector('.slide-body > .marp-bgs.marp-bgs-right img.marp-bg')!.getAttribute('src')).toBe('map.png');
    expect(beside.querySelector('aside.notes')!.textContent).toContain('stays in the notes');
    const figure = document.querySelector('section#sized figure.slide-image')!;
    expect(figure.querySelector('img')!.getAttribute('style')).toBe('width:400px');
    expect(figure.querySelector('img')!.hasAttribute('title')).toBe(false);
    expect(figure.querySelector('figcaption')!.textContent).toBe('Wages, 1950–1960');
    expect(document.querySelector('section#sized li')!.textContent).toBe('under it');
    expect(document.querySelector('section#plain figure img')!.getAttribute('alt')).toBe('The left bank');
  });
  it('keeps the figure with --no-html, as Lectern\'s own markup', () => {
    const { document } = pageFromText(deck, { html: false });
    expect(document.querySelector('section#sized figure.slide-image img')!.getAttribute('style')).toBe('width:400px');
    expect(document.querySelector('section#beside .marp-bgs img')!.getAttribute('src')).toBe('map.png');
  });
});

describe('in reveal.js decks', () => {
  it('reads the keywords on the slide, not in its notes', () => {
    const { document } = pageFromText('# A\n\n![bg left:30%](a.png)\n\ntext\n\nNote: ![bg](b.png)\n\n---\n\n# B\n');
    const first = document.querySelector('.slides > section')!;
    expect(first.getAttribute('class')).toContain('marp-split-left');
    expect([...document.querySelectorAll('img.marp-bg')].map((i) => i.getAttribute('src'))).toEqual(['a.png']);
  });
});

describe('code spans', () => {
  it('leave an image written inside backticks as text, in both readings', () => {
    for (const place of ['leading', 'anywhere'] as const) {
      const backgrounds: MarpBackground[] = [];
      const line = '- `![bg right:40%](a.png)` or ``![w:4 `x`](b.png)``, then ![bg](c.png) and ![w:9](d.png)';
      expect(marpImages(line, backgrounds, place)).toBe('- `![bg right:40%](a.png)` or ``![w:4 `x`](b.png)``, then  and <img src="d.png" alt="" style="width:9px">');
      expect(backgrounds.map((b) => b.src)).toEqual(['c.png']);
    }
  });
});

describe('in Quarto decks, and in ::: notes divs', () => {
  it('reads the keywords on a Quarto slide, not in its ::: notes', () => {
    const parsed = parseDeck('/course/decks/q.qmd', '---\ntitle: Q\nformat: revealjs\n---\n\n## Beside\n\n![bg left:30%](a.png)\n\ntext\n\n::: notes\n![bg](b.png)\n:::\n');
    const beside = parsed.slides.find((s) => s.heading?.text === 'Beside')!;
    expect(beside.attributes.classes).toContain('marp-split-left');
    const text = beside.lines.map((l) => l.text).join('\n');
    expect(text).toContain('<img class="marp-bg" src="a.png"');
    expect(text).toContain('![bg](b.png)');
  });
  it('leaves an image in an outline slide\'s ::: notes in the notes', () => {
    const { document } = pageFromText('## A\n\n![bg right](a.png)\n\ntext\n\n::: notes\nSee ![bg](b.png) there.\n:::\n');
    expect([...document.querySelectorAll('img.marp-bg')].map((i) => i.getAttribute('src'))).toEqual(['a.png']);
  });
});
