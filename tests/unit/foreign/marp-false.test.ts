// A deck marked `marp: false` but written with Marp's directives: marp-cli converts it anyway, so Lectern reads
// it as Marp (its `_class: lead` and theme were lost, and the theme named stopped as a reveal.js theme).
import { describe, expect, it } from 'vitest';
import { renderText } from './render-foreign.js';

describe('marp: false', () => {
  it('with directive comments is still a Marp deck', () => {
    const { document, parsed } = renderText('---\nmarp: false\ntheme: gaia\n---\n\n<!-- _class: lead -->\n# Title\n\n---\n\n# Two\n');
    expect(parsed.dialect).toBe('marp');
    expect(document.querySelector('section')!.classList.contains('lead')).toBe(true);
  });
});

describe('Marp themes', () => {
  it('mark gaia slides to be laid out from the top, as gaia does; default and uncover are centred', () => {
    expect(renderText('---\nmarp: true\ntheme: gaia\n---\n\n# A\n').document.querySelector('section')!.classList.contains('marp-top')).toBe(true);
    expect(renderText('---\nmarp: true\n---\n\n# A\n').document.querySelector('section')!.classList.contains('marp-top')).toBe(false);
  });
});
