import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown } from '../../src/render/markdown.js';
import { smartenText } from '../../src/render/typography.js';

describe('typography', () => {
  it('curls quotes and puts en dashes in number ranges, leaving code, ISO dates and attributes alone', () => {
    const html = renderMarkdown('"We will bury you!" in 1956; it\'s 1953-1963, on 2027-02-09.\n\n`"code" 1-2`\n\n```\n"block" 1-2\n```\n\n[a "link"](https://x.org/a-1-2 "t")', { smart: true });
    expect(html).toContain('“We will bury you!” in 1956; it’s 1953–1963, on 2027-02-09.');
    expect(html).toContain('<code>&quot;code&quot; 1-2</code>');
    expect(html).toContain('&quot;block&quot; 1-2');
    expect(html).toContain('href="https://x.org/a-1-2"');
    expect(html).toContain('a “link”');
  });

  it('leaves a deck\'s own CSS straight: quotes in a <style> element stay as written, the text around it is curled', () => {
    const html = renderMarkdown('"Before"\n\n<style>.map{background:url("map.png")} p::before{content:\'§\'}</style>\n\n"After"', { smart: true });
    expect(html).toContain('.map{background:url("map.png")} p::before{content:\'§\'}');
    expect(html).toContain('“Before”');
    expect(html).toContain('“After”');
    // An unclosed <style> keeps the rest as written, and many of them cost one pass.
    expect(renderMarkdown('"a"\n\n<style>x{content:"y"}', { smart: true })).toContain('x{content:"y"}');
  });
  it('stays off unless asked, and escapes what it is given', () => {
    expect(renderInline('"a" 1-2')).toBe('&quot;a&quot; 1-2');
    expect(renderInline('<b>"x"</b> & 3-4', { smart: true })).toContain('“x”');
    expect(smartenText('"Soviet <b>" 1953-1963')).toBe('“Soviet <b>” 1953–1963');
  });
});

describe('figures', () => {
  it('makes a lone image a figure, sized by {width=60%}, captioned by its title (escaped)', () => {
    expect(renderMarkdown('![A map](map.svg "Europe <1954>"){width=60%}')).toBe('<figure class="slide-image sized" style="--image-width:60%"><img src="map.svg" alt="A map"><figcaption>Europe &lt;1954&gt;</figcaption></figure>\n');
    expect(renderMarkdown('![A map](map.svg)')).toContain('<figure class="slide-image"><img src="map.svg" alt="A map"></figure>');
    expect(renderMarkdown('Text ![A map](map.svg) more')).toContain('<p>Text <img');
  });
});

describe('quotes in the language\'s style', () => {
  it('gives German „…“ and French « … » (narrow no-break spaces) outside code', () => {
    expect(renderInline('"Ja" `"code"`', { smart: ['„', '“'] })).toBe('„Ja“ <code>&quot;code&quot;</code>');
    expect(smartenText('"Oui"', ['«\u202f', '\u202f»'])).toBe('«\u202fOui\u202f»');
  });
});
