// Front-matter keys in Lectern's own format are checked like class files: an unknown key is an error with a
// suggestion; decks of other tools (Marp, reveal-md) carry keys of their own, which stay warnings.
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/outline/parse-deck.js';

const where = (text: string) => parseDeck('/c/decks/a.md', text).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);

describe('unknown front-matter keys', () => {
  it('are errors in an outline deck, with "did you mean", at the key', () => {
    expect(where('---\ntitel: Regression\nlang: en\n---\n\n## One\n\n- a\n')).toEqual(['2:1 error unknown key "titel" (did you mean "title"?)']);
    expect(where('---\ntitle: T\nsource:\n  autor: X\n---\n\n## One\n')).toEqual(['4:3 error unknown key "source.autor" (did you mean "author"?)']);
  });

  it('stay warnings in a Marp deck and a reveal-md deck, whose tools read their own keys', () => {
    expect(where('---\nmarp: true\n_paginate: false\n---\n\n# A\n\n---\n\n# B\n')).toEqual(['3:1 warning unknown key "_paginate" (did you mean "paginate"?)']);
    expect(where('---\ntitle: T\nduration: 50\nseparator: "^---$"\n---\n\none\n\n---\n\ntwo\n')).toEqual([expect.stringMatching(/^3:1 warning unknown key "duration"/)]);
  });

  it('leave known keys alone, and a wrong value is still an error at the value', () => {
    expect(where('---\ntitle: T\ntheme: dark\n---\n\n## One\n')).toEqual([]);
    expect(where('---\ntitle: T\nincremental: lots\n---\n\n## One\n')).toEqual([expect.stringMatching(/^3:14 error .*incremental/)]);
  });
});
