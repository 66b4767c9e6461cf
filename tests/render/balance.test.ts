// A slide's HTML kept to its own slide: stray block tags, and elements whose content is raw text up to their end tag.
import { describe, expect, it } from 'vitest';
import { balanceHtml } from '../../src/render/balance.js';

describe('balanceHtml', () => {
  it('closes a raw-text element the slide leaves open, at the end of the slide', () => {
    expect(balanceHtml('<li>a deck <style>, h:450px</li>')).toBe('<li>a deck <style>, h:450px</li></style>');
    expect(balanceHtml('<p>x <SCRIPT type="x">y</p>')).toBe('<p>x <SCRIPT type="x">y</p></script>');
    expect(balanceHtml('<p><textarea>draft</p>')).toBe('<p><textarea>draft</p></textarea>');
  });

  it('leaves closed ones alone, and reads what is inside one as text', () => {
    const closed = '<style>p { color: red }</style><p>after</p><title>t</title>';
    expect(balanceHtml(closed)).toBe(closed);
    // "<style>" inside a script's text opens nothing.
    expect(balanceHtml('<script>const s = "<style>";</script><p>x</p>')).toBe('<script>const s = "<style>";</script><p>x</p>');
  });

  it('shows <plaintext>, which no end tag closes, as text', () => {
    expect(balanceHtml('<p>a <plaintext>b</p>')).toBe('<p>a &lt;plaintext>b</p>');
  });
});
