// Separators a deck brings: invalid, overlong, back-referencing or exponential patterns are refused before they run.
import { describe, expect, it } from 'vitest';
import { checkUserRegexes, MAX_PATTERN_LENGTH, regexProblem, separatorsTooSlow } from '../../../src/outline/user-regex.js';

describe('regexProblem', () => {
  it.each(['^---$', '^\\s*notes?:', '\\n--\\n', '^(\\r\\n?|\\n)----(\\r\\n?|\\n)$'])('accepts %j', (p) => expect(regexProblem(p)).toBeUndefined());
  it.each([
    ['(', /not a valid regular expression/],
    ['^(a+)+$', /exponential time/],
    ['(\\w)\\1', /back-reference/],
    ['(?<x>a)\\k<x>', /back-reference/],
    ['a'.repeat(MAX_PATTERN_LENGTH + 1), /longer than 200/],
  ])('refuses %j', (p, why) => expect(regexProblem(p)).toMatch(why));
});

describe('checkUserRegexes', () => {
  const locate = (p: readonly (string | number)[]) => ({ line: { separator: 2, verticalSeparator: 3, notesSeparator: 4 }[p[0] as string] ?? 1, column: 9 });
  it('places each bad setting on its value, and skips other keys and good values', () => {
    const out = checkUserRegexes({ separator: '^---$', verticalSeparator: '', notesSeparator: '(', title: '(' }, 'd.md', locate);
    expect(out.map((d) => [d.line, d.column, d.message])).toEqual([
      [3, 9, 'verticalSeparator "" is empty'],
      [4, 9, expect.stringMatching(/^notesSeparator "\(" is not a valid regular expression/)],
    ]);
  });
  it('shortens a long pattern in the message', () => {
    const [d] = checkUserRegexes({ separator: '('.repeat(50) }, 'd.md', locate);
    expect(d!.message).toContain('('.repeat(40) + '…"');
  });
});

describe('separatorsTooSlow', () => {
  it('is false without the deck\'s own separators, and for an ordinary split', () => {
    expect(separatorsTooSlow('a\n---\nb', undefined, undefined)).toBe(false);
    expect(separatorsTooSlow('a\n---\nb\n'.repeat(100), '^---$', undefined)).toBe(false);
  });
  it('is true for a pattern that backtracks on the deck\'s text, within the limit given', () => {
    expect(separatorsTooSlow('x'.repeat(40), '(x|x)*y', undefined, 300)).toBe(true);
  });
});
