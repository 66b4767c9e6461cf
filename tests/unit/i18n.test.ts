// Lectern's own words in the deck's language: tables with English fallback, placeholders, dates in words.
import { describe, expect, it } from 'vitest';
import { formatDate, hasStrings, languages, quotesFor, stringsFor, translate } from '../../src/i18n.js';

describe('string tables', () => {
  it('knows English, German and French, and reads a region tag by its base language', () => {
    expect(languages()).toEqual(expect.arrayContaining(['de', 'en', 'fr']));
    expect(hasStrings('fr-CA')).toBe(true);
    expect(hasStrings('DE_at')).toBe(true);
    expect(hasStrings('tlh')).toBe(false);
  });
  it('never takes a language tag for a path', () => {
    // This one would name templates/i18n/en.json through the folder above.
    expect(hasStrings('../i18n/en')).toBe(false);
    expect(hasStrings('en')).toBe(true);
  });
  it('fills gaps from English and gives English for an unknown language', () => {
    const en = stringsFor('en');
    const de = stringsFor('de');
    expect(Object.keys(de).sort()).toEqual(expect.arrayContaining(Object.keys(en).sort()));
    expect(de.source).toBe('Quelle');
    expect(stringsFor('tlh')).toEqual(en);
  });
  it('gives each language its quotes, English curly ones by default', () => {
    expect(quotesFor(stringsFor('en'))).toEqual(['“', '”']);
    expect(quotesFor(stringsFor('de'))).toEqual(['„', '“']);
    expect(quotesFor({})).toEqual(['“', '”']);
  });
});

describe('translate', () => {
  it.each<[Record<string, string>, string, Record<string, string | number>, string]>([
    [{ page: 'Page {n} of {total}' }, 'page', { n: 2, total: 9 }, 'Page 2 of 9'],
    [{ page: 'Page {n} of {total}' }, 'page', { n: 2 }, 'Page 2 of {total}'],
    [{}, 'missing.key', {}, 'missing.key'],
    [{ x: '{a}{a}' }, 'x', { a: '$&' }, '$&$&'],
  ])('%j %s %j → %s', (strings, key, values, out) => expect(translate(strings, key, values)).toBe(out));
});

describe('formatDate', () => {
  it.each([
    ['2027-02-09', 'en', 'February 9, 2027'],
    ['2027-02-09', 'en-GB', '9 February 2027'],
    ['2027-02-09', 'fr', '9 février 2027'],
    ['2027-02-09', 'de', '9. Februar 2027'],
    ['2027-02-09', 'not a tag!', 'February 9, 2027'],
    ['next Tuesday', 'en', 'next Tuesday'],
    ['2027-13-45', 'en', '2027-13-45'],
    ['2027-02-30', 'en', '2027-02-30'],
    [' 2028-02-29 ', 'en', 'February 29, 2028'],
  ])('%s in %s → %s', (value, lang, out) => expect(formatDate(value, lang)).toBe(out));
});
