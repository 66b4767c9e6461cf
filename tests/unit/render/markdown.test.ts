// Slide Markdown → HTML: GFM, math by KaTeX, highlighted code, figures, and raw HTML escaped on request.
import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown } from '../../../src/render/markdown.js';

describe('renderMarkdown', () => {
  it('renders GFM tables, task lists and strikethrough', () => {
    const html = renderMarkdown('| a |\n|---|\n| 1 |\n\n- [x] done\n\n~~old~~');
    expect(html).toContain('<table>');
    expect(html).toContain('<input checked="" disabled="" type="checkbox">');
    expect(html).toContain('<del>old</del>');
  });
  it.each([
    ['$x^2$', 'class="katex"', 'katex-display'],
    ['$$\\frac{a}{b}$$', 'class="math-display"', null],
    ['text $$y$$ text', '<span class="math-display">', null],
  ])('renders math in %j', (md, has, hasNot) => {
    const html = renderMarkdown(md);
    expect(html).toContain(has);
    if (hasNot) expect(html).not.toContain(hasNot);
  });
  it.each([
    ['costs $5 and $6', 'costs $5 and $6'],
    ['$ x$ stays', '$ x$ stays'],
    ['price $2$3', 'price $2$3'],
  ])('leaves dollars that are not math alone: %j', (md, text) => {
    const html = renderMarkdown(md);
    expect(html).not.toContain('katex');
    expect(html).toContain(text);
  });
  it('highlights code in a known language, and marks an unknown one plaintext', () => {
    expect(renderMarkdown('```js\nconst x = 1;\n```')).toContain('<code class="hljs language-js"><span class="hljs-keyword">const</span>');
    expect(renderMarkdown('```nosuchlang\n<b>\n```')).toContain('&lt;b&gt;');
  });
  it('makes a lone image a figure and caps its width at 100%', () => {
    expect(renderMarkdown('![a](x.png){width=150%}')).toBe('<figure class="slide-image sized" style="--image-width:100%"><img src="x.png" alt="a"></figure>\n');
    expect(renderMarkdown('see ![a](x.png)')).toBe('<p>see <img src="x.png" alt="a"></p>\n');
  });
  it('passes raw HTML through by default and shows it as text with html: false', () => {
    expect(renderMarkdown('<b onclick="x()">hi</b>')).toContain('<b onclick="x()">hi</b>');
    const escaped = renderMarkdown('<b onclick="x()">hi</b>\n\n<!-- .slide: data-x="1" -->', { html: false });
    expect(escaped).toContain('<p>&#60;b onclick=&#34;x()&#34;&#62;hi&#60;/b&#62;</p>');
    expect(escaped).not.toContain('data-x');
  });
  it('curls quotes when asked, in the language\'s style', () => {
    expect(renderMarkdown('"hi"', { smart: true })).toBe('<p>“hi”</p>\n');
    expect(renderMarkdown('"hi"', { smart: ['«\u202f', '\u202f»'] })).toBe('<p>«\u202fhi\u202f»</p>\n');
    expect(renderMarkdown('"hi"')).toBe('<p>&quot;hi&quot;</p>\n');
  });
});

describe('renderInline', () => {
  it('renders inline Markdown without a paragraph', () => expect(renderInline('**a** `b`')).toBe('<strong>a</strong> <code>b</code>'));
});

describe('formulas kept apart from the page (formula-markers.ts)', () => {
  it('leaves a marker for each formula and puts the formula back; a marker the deck writes itself stays inert', async () => {
    const { formulaMarkers, restoreFormulas } = await import('../../../src/render/formula-markers.js');
    const markers = formulaMarkers();
    const html = renderMarkdown('Area $\\pi r^2$\n\n$$\n\\frac12\n$$\n\n<lectern-formula data-k="0-0"></lectern-formula>', { formulas: markers });
    expect(markers.html).toHaveLength(2);
    expect(html).not.toContain('katex');
    const page = restoreFormulas(html, markers);
    expect(page.match(/class="katex"/g)).toHaveLength(2);
    expect(page).not.toContain(`data-k="${markers.nonce}`);
    expect(page).toContain('<lectern-formula data-k="0-0"></lectern-formula>');
    // Without markers (handouts, the reading page) the formula is written in place, as before.
    expect(renderMarkdown('Area $\\pi r^2$')).toContain('class="katex"');
  });
});
