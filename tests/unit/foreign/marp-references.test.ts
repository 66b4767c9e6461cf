// Reference definitions in a Marp deck serve every slide, also with the URL on the next line, and a reference
// image with Marp keywords is a background (a 61-slide deck lost its 21 `![bg right:40%][ref]` backgrounds).
import { describe, expect, it } from 'vitest';
import { inlineReferenceImages, referenceDefinitions } from '../../../src/outline/dialects/marp-references.js';
import { renderText } from './render-foreign.js';

const deck = '---\nmarp: true\n---\n\n![bg right:40%][Pic]\n\n# Hello\n\n---\n\n# Sources\n\n[pic]:\n  images/x.png\n';

describe('Marp reference images', () => {
  it('reads definitions deck-wide, the URL on the same or the next line, outside code only', () => {
    const lines = ['[a]: one.png', '[B c]:', '   <two.png> "t"', '```', '[d]: no.png', '```'];
    const defs = referenceDefinitions(lines, [false, false, false, true, true, true]);
    expect([...defs]).toEqual([['a', 'one.png'], ['b c', 'two.png']]);
    expect(inlineReferenceImages('![bg][A] ![x][missing] ![b c][]', defs)).toBe('![bg](<one.png>) ![x][missing] ![b c](<two.png>)');
  });
  it('makes a background of a reference image defined on another slide', () => {
    const doc = renderText(deck).document;
    const first = doc.querySelector('section')!;
    expect(first.querySelector('.marp-bgs-right img.marp-bg')?.getAttribute('src')).toMatch(/images\/x\.png$/);
    expect(doc.body.textContent).not.toContain('[pic]');
  });
});
