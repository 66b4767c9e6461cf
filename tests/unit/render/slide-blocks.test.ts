// Slide Markdown → blocks for the PowerPoint writer: levels, numbers, runs, tables, code scopes, pictures, dropped HTML.
import { describe, expect, it } from 'vitest';
import { slideBlocks } from '../../../src/render/slide-blocks.js';
import { codeStyle, colourCode } from '../../../src/render/code-colours.js';

describe('slideBlocks', () => {
  it('gives nested list items their levels and ordered items their numbers', () => {
    const [list, numbered] = slideBlocks('- a\n  - b\n    - c\n- d\n\n3. three\n4. four');
    expect(list).toEqual({ kind: 'list', items: [{ level: 0, runs: [{ text: 'a' }] }, { level: 1, runs: [{ text: 'b' }] }, { level: 2, runs: [{ text: 'c' }] }, { level: 0, runs: [{ text: 'd' }] }].map((i) => ({ ...i, number: undefined })) });
    expect(numbered).toMatchObject({ kind: 'list', items: [{ level: 0, number: 3 }, { level: 0, number: 4 }] });
  });

  it('keeps emphasis, code spans and safe links as runs; an unsafe link keeps its text only', () => {
    const [p] = slideBlocks('**bold** *it* `x<y` [web](https://example.org) [bad](javascript:alert(1))');
    expect(p).toEqual({ kind: 'paragraph', runs: [{ bold: true, text: 'bold' }, { text: ' ' }, { italic: true, text: 'it' }, { text: ' ' }, { code: true, text: 'x<y' }, { text: ' ' }, { link: 'https://example.org', text: 'web' }, { text: ' ' }, { text: 'bad' }] });
  });

  it('reads tables, display math, figures with captions and widths', () => {
    const blocks = slideBlocks('| A | B |\n|:-:|--:|\n| 1 | *2* |\n\n$$\nx^2\n$$\n\n![alt text](pic.svg "Caption"){width=40%}');
    expect(blocks).toEqual([
      { kind: 'table', header: [[{ text: 'A' }], [{ text: 'B' }]], rows: [[[{ text: '1' }], [{ italic: true, text: '2' }]]], align: ['center', 'right'] },
      { kind: 'math', tex: 'x^2' },
      { kind: 'image', src: 'pic.svg', alt: 'alt text', caption: 'Caption', widthPercent: 40 },
    ]);
  });

  it('names raw HTML it cannot carry, keeping its text, and reads images out of Lectern\'s own markup', () => {
    expect(slideBlocks('<iframe src="x.html"></iframe>')).toEqual([{ kind: 'dropped', what: 'an iframe', text: '', source: '<iframe src="x.html"></iframe>' }]);
    expect(slideBlocks('<table><tr><td>cell words</td></tr></table>')).toEqual([{ kind: 'dropped', what: 'raw HTML', text: 'cell words', source: '<table><tr><td>cell words</td></tr></table>' }]);
    // reveal.js decks' own images: carried whole, alone or in a plain wrapper; inside a layout, kept beside the warning.
    expect(slideBlocks('<center>\n<img class="r-stretch" src="qr.svg" alt="QR">\n</center>')).toEqual([{ kind: 'image', src: 'qr.svg', alt: 'QR' }]);
    expect(slideBlocks('Text <img src="a.png" alt="A"> after')).toEqual([{ kind: 'paragraph', runs: [{ text: 'Text ' }] }, { kind: 'image', src: 'a.png', alt: 'A' }, { kind: 'paragraph', runs: [{ text: ' after' }] }]);
    expect(slideBlocks('<div class="row">\n<div>Left words</div>\n<img src="b.png" alt="B">\n</div>')).toEqual([{ kind: 'dropped', what: 'raw HTML', text: 'Left words', source: '<div class="row">' }, { kind: 'image', src: 'b.png', alt: 'B' }]);
    expect(slideBlocks('<img src="bg.png" alt="A view" style="width:40%">')).toEqual([{ kind: 'image', src: 'bg.png', alt: 'A view' }]);
    expect(slideBlocks('<!-- a comment -->')).toEqual([]);
  });

  it('keeps inline math as its TeX, marked', () => {
    expect(slideBlocks('Energy $E=mc^2$ here')).toEqual([{ kind: 'paragraph', runs: [{ text: 'Energy ' }, { tex: true, text: 'E=mc^2' }, { text: ' here' }] }]);
  });
});

describe('code colours', () => {
  it('tags runs with highlight.js scopes line by line, and reads a style\'s colours for them', () => {
    expect(colourCode('let x = 1;\n// done', 'js')).toEqual([
      [{ text: 'let', scope: 'hljs-keyword' }, { text: ' x = ' }, { text: '1', scope: 'hljs-number' }, { text: ';' }],
      [{ text: '// done', scope: 'hljs-comment' }],
    ]);
    expect(colourCode('plain <text>', 'no-such-language')).toEqual([[{ text: 'plain <text>' }]]);
    const github = codeStyle('github');
    expect(github.scopes.get('hljs-keyword')?.colour).toBe('#d73a49');
    expect(github.background).toBe('#ffffff');
    expect(codeStyle('a11y-dark').scopes.get('hljs-comment')?.colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(codeStyle('../../etc/passwd').scopes.size).toBe(0);
  });
});
