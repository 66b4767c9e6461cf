// A raw <section data-background-iframe> in a reveal-md slide: reveal.js shows it as the one slide of a stack,
// with its background. Lectern dropped it from the HTML and the PDF step failed the whole build ("page shows 2
// slides but the deck has 3"); now the slide takes the section's attributes and content.
import { describe, expect, it } from 'vitest';
import { processSlides } from '../../../src/render/dom.js';
import { renderText } from './render-foreign.js';

const deck = '# One\n\n---\n\n<section data-background-iframe="https://example.com" class="wide">\n<h2>Iframe</h2>\n</section>\n\n---\n\n# Three\n';

describe('a raw <section> inside a slide', () => {
  it('becomes the slide itself: its attributes on the slide, its content in place, one slide counted', () => {
    const { html } = renderText(deck);
    const doc = processSlides(html, new Set()).document;
    const sections = [...doc.querySelectorAll('.slides section')];
    expect(sections).toHaveLength(3);
    expect(sections[1]!.getAttribute('data-background-iframe')).toBe('https://example.com');
    expect(sections[1]!.classList.contains('wide')).toBe(true);
    expect(sections[1]!.querySelector('h2')!.textContent).toBe('Iframe');
  });
});
