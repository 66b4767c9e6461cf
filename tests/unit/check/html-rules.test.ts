// `script` warnings: raw HTML in a deck that runs code when it opens, placed at the deck line that holds it.
import { describe, expect, it } from 'vitest';
import { scriptFindings } from '../../../src/check/html-rules.js';
import { pageFromText } from '../deck-text.js';

const scripts = (text: string) => {
  const { deck, rendered, document } = pageFromText(text);
  return scriptFindings(deck, rendered.html, document).map((d) => `${d.line}:${d.column} ${d.message.split(' runs code')[0]}`);
};

describe('scriptFindings', () => {
  it('is quiet for a deck without code (the page\'s own scripts do not count)', () => expect(scripts('## A\n<b>bold</b> text')).toEqual([]));
  it.each([
    ['<script>alert(1)</script>', ['2:1 <script>']],
    ['<img src="x.png" alt="x" onerror="alert(1)">', ['2:26 the "onerror" handler on <img>']],
    ['<div onclick="x()" onmouseover="y()">x</div>', ['2:6 the "onclick" handler on <div>', '2:20 the "onmouseover" handler on <div>']],
  ])('finds %s', (html, expected) => expect(scripts(`## A\n${html}`)).toEqual(expected));
  it('sees no javascript: link: the renderer has taken its URL out already (url-policy.ts, rule unsafe-url)', () => expect(scripts('## A\n<a href="javascript:alert(1)">x</a>')).toEqual([]));
  it('is a warning of rule "script" with what to do', () => {
    const { deck, rendered } = pageFromText('## A\n<script>x()</script>');
    expect(scriptFindings(deck, rendered.html)).toMatchObject([{ severity: 'warning', rule: 'script', message: expect.stringContaining('--no-html') }]);
  });
});
