// `lectern new week-3-the-thaw` titles the starter deck "Week 3 the thaw".
import { describe, expect, it } from 'vitest';
import { titleFromSlug } from '../../../src/commands/new.js';

describe('titleFromSlug', () => {
  it.each([
    ['week-3-the-thaw', 'Week 3 the thaw'],
    ['intro', 'Intro'],
    ['a--b-', 'A b'],
    ['3-body-problem', '3 body problem'],
  ])('%s → %s', (slug, title) => expect(titleFromSlug(slug)).toBe(title));
});
