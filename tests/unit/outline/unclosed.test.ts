// Unclosed `<!--` and code fences: one error at the line that opens them; comments in code are text.
import { describe, expect, it } from 'vitest';
import { unclosedBlocks } from '../../../src/outline/unclosed.js';

const found = (body: string, bodyLine = 1) => unclosedBlocks(body, bodyLine, 'deck.md').map((d) => `${d.line}:${d.column} ${d.message.startsWith('HTML comment') ? 'comment' : 'fence'}`);

describe('unclosedBlocks', () => {
  it('is quiet about a closed comment and a closed fence', () => {
    expect(found('## A\n<!-- note\nstill note -->\n```js\nx\n```\n')).toEqual([]);
  });
  it('places an unclosed comment at its "<!--", offset by the body line', () => {
    expect(found('## A\ntext <!-- forgot\n## B', 5)).toEqual(['6:6 comment']);
  });
  it('takes the last opener after a closed comment on the same line', () => {
    expect(found('<!-- a --> and <!-- b')).toEqual(['1:16 comment']);
  });
  it('ignores comment openers inside fenced code and inline code', () => {
    expect(found('```html\n<!-- example\n```\nuse `<!--` to start')).toEqual([]);
  });
  it('reports a fence never closed with its marker', () => {
    const [d] = unclosedBlocks('## A\n~~~~py\ncode\n', 3, 'deck.md');
    expect(d).toMatchObject({ line: 4, column: 1, severity: 'error' });
    expect(d!.message).toContain('"~~~~"');
  });
  it('does not count a fence inside an unclosed comment twice', () => {
    expect(found('<!--\n```\n')).toEqual(['1:1 comment']);
  });
  it('does not take a fence line inside an HTML block for a fence', () => {
    expect(found('<div>\n```\n</div>')).toEqual([]);
  });
});
