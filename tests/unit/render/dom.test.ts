// Slide HTML after rendering: reveal.js attribute comments, fragments by list depth, links to slides and the web.
import { describe, expect, it } from 'vitest';
import { processSlides } from '../../../src/render/dom.js';

const page = (sections: string) => `<!DOCTYPE html><html><head><title>T</title></head><body><div class="slides">${sections}</div></body></html>`;

describe('processSlides', () => {
  it('applies <!-- .element: --> to the element before it and <!-- .slide: --> to the section', () => {
    const { document } = processSlides(page('<section><p>a</p><!-- .element: class="fragment" data-x="1" --><!-- .slide: data-background="#000" --></section>'), new Set());
    expect(document.querySelector('p').getAttribute('class')).toBe('fragment');
    expect(document.querySelector('p').getAttribute('data-x')).toBe('1');
    expect(document.querySelector('section').getAttribute('data-background')).toBe('#000');
  });
  it('gives a comment right after a list to its last item, and adds classes to existing ones', () => {
    const { document } = processSlides(page('<section><ul><li>a</li><li class="x">b</li></ul><!-- .element: class="fragment" --></section>'), new Set());
    expect(document.querySelector('li.x').getAttribute('class')).toBe('x fragment');
  });
  it.each([
    ['1', 2, 0],
    ['2', 2, 2],
    ['Infinity', 2, 2],
    ['0', 0, 0],
  ])('data-incremental=%s makes %i top-level and %i nested items fragments', (depth, top, nested) => {
    const { document } = processSlides(page(`<section data-incremental="${depth}"><div class="slide-body"><ul><li>a<ul><li>x</li><li>y</li></ul></li><li>b</li></ul></div></section>`), new Set());
    expect(document.querySelectorAll('.slide-body > ul > li.fragment')).toHaveLength(top);
    expect(document.querySelectorAll('ul ul li.fragment')).toHaveLength(nested);
    expect(document.querySelector('section').hasAttribute('data-incremental')).toBe(false);
  });
  it('turns #id links to slides into reveal.js hashes and opens web links in a new tab', () => {
    const { document, links } = processSlides(page('<section><a href="#intro">i</a><a href="#nope">n</a><a href="https://e.org">e</a></section>'), new Set(['intro']));
    expect(links).toEqual(['#/intro', '#nope', 'https://e.org']);
    expect(document.querySelector('a[href^="https"]').getAttribute('rel')).toBe('noopener');
    expect(document.querySelector('a[href^="https"]').getAttribute('target')).toBe('_blank');
  });
  it('collects the files the slides load', () => {
    expect(processSlides(page('<section><img src="a.png" alt="a"></section>'), new Set()).assets).toEqual([{ url: 'a.png', kind: 'image' }]);
  });
  it('keeps an escaped title escaped', () => {
    const { html } = processSlides(page('<section></section>').replace('<title>T</title>', '<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>'), new Set());
    expect(html).toContain('<title>&#60;/title&#62;&#60;script&#62;x()&#60;/script&#62;</title>');
    expect(html).not.toContain('<script>x()');
  });
});
