// Lectern's footer is for Lectern's decks: a reveal.js or Marp deck keeps its own look (issue: the footer was
// drawn over every foreign slide, over its own footer and full-bleed backgrounds).
import { describe, expect, it } from 'vitest';
import { renderText } from './render-foreign.js';

const reveal = '# One\n\ntext\n\n---\n\n# Two\n\nmore\n';
const marp = '---\nmarp: true\nfooter: its own\n---\n\n# One\n\n---\n\n# Two\n';
const outline = '---\ntitle: Own\n---\n\n# Part\n\n## A slide\n\n- point\n';

describe('the Lectern footer', () => {
  it('is not drawn on a reveal.js or Marp deck', () => {
    expect(renderText(reveal).document.querySelectorAll('.slide-footer')).toHaveLength(0);
    const m = renderText(marp).document;
    expect(m.querySelectorAll('.slide-footer')).toHaveLength(0);
    expect(m.querySelectorAll('.marp-footer').length).toBeGreaterThan(0);
  });
  it('is drawn on a foreign deck when its class asks for a footer', () => {
    expect(renderText(reveal, { footer: 'Physics 101' }).document.querySelectorAll('.slide-footer').length).toBe(2);
  });
  it("shows a Quarto deck's own footer as Quarto does, its text without Lectern's deck title; a class's footer keeps it", () => {
    const quarto = '---\ntitle: Its title\nformat:\n  revealjs:\n    footer: "Course | Dr. X"\n---\n\n## One\n\ntext\n';
    const own = renderText(quarto, {}, 'deck.qmd').document;
    expect([...own.querySelectorAll('.slide-footer')].map((f) => f.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['Course | Dr. X']);
    expect(renderText(reveal, { footer: 'Physics 101' }).document.querySelector('.footer-deck')).not.toBeNull();
  });
  it('stays on Lectern\'s own decks', () => {
    expect(renderText(outline).document.querySelectorAll('.slide-footer').length).toBeGreaterThan(0);
  });
});

describe('a reveal.js deck', () => {
  it("is centred as reveal.js centres it, unless it says center: false", () => {
    expect(renderText(reveal).html).toMatch(/"center":true/);
    expect(renderText(`---\nrevealOptions:\n  center: false\n---\n\n${reveal}`).html).toMatch(/"center":false/);
    expect(renderText(outline).html).toMatch(/"center":false/);
  });
});
