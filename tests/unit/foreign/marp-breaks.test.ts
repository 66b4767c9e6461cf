// Marp renders a single newline inside a paragraph as a line break (marp-core's markdown-it runs with
// `breaks: true`); Lectern joined such lines into one, so address blocks and short line lists ran together.
import { describe, expect, it } from 'vitest';
import { renderText } from './render-foreign.js';

describe('single newlines', () => {
  it('are line breaks in a Marp deck', () => {
    const doc = renderText('---\nmarp: true\n---\n\n# Lines\none\ntwo\n').document;
    expect(doc.querySelector('section p')!.innerHTML).toMatch(/^one<br>\s*two$/);
  });
  it('still join lines in reveal.js and Lectern decks', () => {
    const doc = renderText('# Lines\none\ntwo\n\n---\n\n# Next\n').document;
    expect(doc.querySelector('section p')!.innerHTML).toBe('one\ntwo');
  });
});
