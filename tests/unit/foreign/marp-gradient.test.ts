// A Marp slide whose backgroundImage is a CSS gradient: Marp draws it; Lectern dropped it and drew a `lead`
// slide meant for white text on a dark gradient in dark text on the light theme.
import { describe, expect, it } from 'vitest';
import { slideAttributes } from '../../../src/outline/dialects/marp-attributes.js';
import { renderText } from './render-foreign.js';

const attrs = (backgroundImage: string) => slideAttributes({ backgroundImage }, 's1', () => {}).section;

describe('a gradient background', () => {
  it('is drawn (data-background-gradient), its first colour giving the slide its tone', () => {
    expect(attrs('linear-gradient(to bottom, #1a237e, #0d47a1)')).toMatchObject({ 'data-background-gradient': 'linear-gradient(to bottom, #1a237e, #0d47a1)', 'data-background-color': '#1a237e' });
    expect(attrs('radial-gradient(circle, rgb(255, 255, 255) 0%, white 100%)')['data-background-color']).toBe('#ffffff');
  });
  it('takes nothing that could load a file or leave the style', () => {
    expect(attrs('linear-gradient(red, url(x.png))')['data-background-gradient']).toBeUndefined();
    expect(attrs('linear-gradient(red, blue); color: red')['data-background-gradient']).toBeUndefined();
  });
  it("gives a lead slide on a dark gradient reveal.js's dark-background text", () => {
    const doc = renderText('---\nmarp: true\n---\n\n<!-- _class: lead -->\n<!-- _backgroundImage: "linear-gradient(#000033, #002266)" -->\n\n# Lead\n').document;
    expect(doc.querySelector('section')!.getAttribute('data-background-color')).toBe('#000033');
  });
});
