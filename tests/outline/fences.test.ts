import { describe, expect, it } from 'vitest';
import { blankFences, codeLines, FenceTracker } from '../../src/outline/fences.js';
import { substituteLines } from '../../src/outline/variables.js';
import { splitSlides } from '../../src/outline/split.js';
import { filterLines } from '../../src/outline/audience.js';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

describe('the code-fence tracker', () => {
  it('lets a four-backtick fence hold a three-backtick one', () => {
    const text = ['````md', '```', '{{x}}', '```', '````', 'after'];
    expect(codeLines(text)).toEqual([true, true, true, true, true, false]);
  });

  it('closes only on the same character, at least as long, with nothing after', () => {
    expect(codeLines(['~~~', '```', '~~~ not a close', '~~~~', 'x'])).toEqual([true, true, true, true, false]);
  });

  it('does not take inline code with backticks for a fence', () => {
    expect(codeLines(['```a`b```', 'text'])).toEqual([false, false]);
  });

  it('reports a fence left open, with its line', () => {
    const t = new FenceTracker();
    for (const l of ['text', '```js', 'code']) t.feed(l);
    expect(t.unclosed).toEqual({ marker: '```', index: 1 });
  });

  it('blanks fenced lines but keeps the line count', () => {
    expect(blankFences('a\n```\nb\n```\nc')).toBe('a\n\n\n\nc');
  });
});

describe('every stage uses it', () => {
  it('variables: no substitution inside a nested fence (no false "undefined variable")', () => {
    const { lines: out, diagnostics } = substituteLines(lines('````\n```\n{{nope}}\n```\n````\n{{class.name}}'), { class: { name: 'X' } }, 'd.md');
    expect(diagnostics).toEqual([]);
    expect(out.map((l) => l.text)).toEqual(['````', '```', '{{nope}}', '```', '````', 'X']);
  });

  it('splitting: a heading inside a nested fence is not a slide', () => {
    const { slides } = splitSlides('## One\n````\n```\n## not a slide\n```\n````\n## Two', 1);
    expect(slides.map((s) => s.heading?.text)).toEqual([undefined, 'One', 'Two']);
  });

  it('audience: markers inside code stay as code', () => {
    const { lines: out } = filterLines(lines('```\n<!-- only: advanced -->\n- x {only=advanced}\n```'), ['intro'], 'd.md');
    expect(out.map((l) => l.text)).toEqual(['```', '<!-- only: advanced -->', '- x {only=advanced}', '```']);
  });
});
