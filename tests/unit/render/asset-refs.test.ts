// Every file a slide loads, wherever reveal.js decks put it; local ones rewritten to where dist/ keeps them.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { assetRefs, rewriteLocalRefs } from '../../../src/render/asset-refs.js';

// linkedom's DOM, read loosely as the module under test reads it.
const slides = (html: string): any => parseHTML(`<div class="slides">${html}</div>`).document.querySelector('.slides');

describe('assetRefs', () => {
  it('finds images, media, embeds, backgrounds and style urls, with their kind', () => {
    const root = slides(`<section data-background-image="bg.jpg" data-background-video="a.mp4, b.webm"><img src="i.png" alt="x"><img class="title-logo" src="logo.png">
      <video src="v.mp4" poster="p.jpg"><source src="s.webm"></video><audio src="a.ogg"></audio><object data="o.pdf"></object><embed src="e.svg">
      <style>.x { background: url('s.png') }</style><div style="background:url(d.gif)"></div></section>
      <section data-background="#ffffff"></section><section data-background="tile.png"></section>`);
    expect(assetRefs(root).map((r) => `${r.kind}:${r.url}`)).toEqual([
      'image:i.png', 'media file:s.webm', 'media file:v.mp4', 'media file:p.jpg', 'media file:a.ogg', 'embedded file:o.pdf', 'embedded file:e.svg',
      'background image:bg.jpg', 'background video:a.mp4', 'background video:b.webm', 'background image:tile.png', 'style url():s.png', 'style url():d.gif',
    ]);
  });
  it('rewrites each reference and remembers how an image was written', () => {
    const root = slides('<section data-background-video="a.mp4,b.mp4"><img src="../x.png" alt="x"><p style="background: url(&quot;../y.png&quot;)"></p><style>a{b:url(../z.png)}</style></section>');
    assetRefs(root, (u) => (u.startsWith('../') ? `_project/${u.slice(3)}` : u));
    expect(root.querySelector('img').getAttribute('src')).toBe('_project/x.png');
    expect(root.querySelector('img').getAttribute('data-written-src')).toBe('../x.png');
    expect(root.querySelector('p').getAttribute('style')).toBe('background: url("_project/y.png")');
    expect(root.querySelector('style').textContent).toBe('a{b:url(_project/z.png)}');
    expect(root.querySelector('section').getAttribute('data-background-video')).toBe('a.mp4,b.mp4');
  });
});

describe('rewriteLocalRefs', () => {
  it('rewrites src and href of rendered Markdown, entities decoded and encoded again', () => {
    const html = '<p><img src="../a.png?x=1&amp;y=2" alt=""> <a href="../doc.pdf">d</a> <a class="x" href="https://e.org">e</a></p>';
    expect(rewriteLocalRefs(html, (u) => (u.startsWith('../') ? `_project/${u.slice(3)}` : u))).toBe(
      '<p><img src="_project/a.png?x=1&amp;y=2" alt=""> <a href="_project/doc.pdf">d</a> <a class="x" href="https://e.org">e</a></p>',
    );
  });
  it('changes nothing without a rewrite', () => expect(rewriteLocalRefs('<img src="a.png">', undefined)).toBe('<img src="a.png">'));
});
