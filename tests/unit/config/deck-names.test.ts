// Deck names become folders and URLs: which ones are refused, and why.
import { describe, expect, it } from 'vitest';
import { slugProblem } from '../../../src/config/deck-names.js';

describe('slugProblem', () => {
  it('refuses a control character, shown by its code point', () => expect(slugProblem('tab\there', undefined, '/')).toMatch(/holds an invisible control .*U\+0009/));
  it.each(['intro', 'week-3_lab', 'Zelle', '日本語'])('accepts %j', (slug) => expect(slugProblem(slug, undefined, '/')).toBeUndefined());
  it.each(['.hidden', 'a#b', 'what?', '100%', 'a:b', 'a*b', 'a"b', 'a<b', 'a|b'])('refuses %j', (slug) => expect(slugProblem(slug, undefined, '/')).toMatch(/cannot be a web address folder/));
  it('refuses a name taken twice, naming the other file', () => expect(slugProblem('intro', '/elsewhere/intro.md', '/project')).toMatch(/taken twice \(also \/elsewhere\/intro\.md\)/));
});
