// The class index (lectures in order, links relative to the class folder) and the top index of all classes.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { UNLISTED_CLASS } from '../../../src/config/classes.js';
import { renderClassIndex, renderTopIndex } from '../../../src/write/index-pages.js';
import { loadTemplates } from '../../../src/render/templates.js';
import type { ManifestClass, ManifestDeck } from '../../../src/write/manifest.js';
import { klass, pageFromText, templatesDir } from '../deck-text.js';

const { look } = pageFromText('## x');
const templates = loadTemplates(templatesDir, look.theme);
const families = { heading: 'H', body: 'B' };
const deck = (slug: string, extra: Partial<ManifestDeck> = {}): ManifestDeck => ({ slug, title: `Deck ${slug}`, source: null, slides: 4, minutes: 12, seconds: 720, date: null, html: `c/${slug}/${slug}.html`, ...extra });
const entry: ManifestClass = { id: 'c', name: 'Course', index: 'c/index.html', decks: [deck('one', { date: '2027-02-09', pdf: 'c/one/one.pdf', read: 'c/one/read.html' }), deck('two', { date: 'week 3', source: { title: 'The Book' } })] };

describe('renderClassIndex', () => {
  const doc = parseHTML(renderClassIndex(klass, entry, look, families, templates, undefined, 'de')).document;
  it('lists the lectures in order with links relative to the class folder', () => {
    expect([...doc.querySelectorAll('h3 a')].map((a: any) => `${a.textContent}=${a.getAttribute('href')}`)).toEqual(['Deck one=one/one.html', 'Deck two=two/two.html']);
    expect(doc.querySelector('a[href="one/one.pdf"]')).not.toBeNull();
    expect(doc.querySelector('a[href="one/read.html"]')).not.toBeNull();
  });
  it('writes dates in the class\'s language, machine-readable when ISO, as written otherwise', () => {
    const times = [...doc.querySelectorAll('time')].map((t: any) => `${t.getAttribute('datetime')}|${t.textContent}`);
    expect(times).toEqual(['2027-02-09|9. Februar 2027', 'null|week 3']);
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.querySelector('cite')!.textContent).toBe('The Book');
  });
});

describe('renderTopIndex', () => {
  it('links each class with its counts and lists unlisted decks one by one', () => {
    const other: ManifestClass = { id: UNLISTED_CLASS.id, name: 'x', index: '', decks: [deck('loose', { html: '_unlisted/loose/loose.html' })] };
    const html = renderTopIndex([{ info: klass, entry }, { info: { ...klass, id: UNLISTED_CLASS.id, name: 'Unlisted' }, entry: other }], look, families, templates);
    const doc = parseHTML(html).document;
    expect(doc.querySelector('a[href="c/index.html"]')).not.toBeNull();
    expect(doc.body.textContent).toContain('8');
    expect(doc.querySelector('a[href="_unlisted/loose/loose.html"]')!.textContent).toContain('Deck loose');
    expect(doc.querySelectorAll('a[href$="index.html"]')).toHaveLength(1);
  });
});

describe('language and typography of the index pages', () => {
  it('typesets lecture titles in the class\'s language and takes every label from its string table', () => {
    const titled: ManifestClass = { ...entry, decks: [deck('one', { title: 'Die "Tauwetter"-Jahre, 1953-1964' })] };
    const doc = parseHTML(renderClassIndex({ ...klass, institution: 'Institut' }, titled, look, families, templates, '/logo.svg', 'de')).document;
    expect(doc.querySelector('h3 a')!.textContent).toBe('Die „Tauwetter“-Jahre, 1953–1964');
    expect(doc.querySelector('.index-logo')!.getAttribute('alt')).toBe('Logo: Institut');
    expect(doc.querySelector('nav')!.getAttribute('aria-label')).toBe('Navigationspfad');
  });
  it('writes the top index in the language every class shares', () => {
    const doc = parseHTML(renderTopIndex([{ info: klass, entry }], look, families, templates, 'fr')).document;
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(doc.querySelector('h1')!.textContent).toBe('Cours');
    expect(doc.querySelector('.lecture-meta')!.textContent).toContain('2 séances, 8 diapositives');
    expect(doc.body.textContent).not.toMatch(/Lectures|Made with/);
  });
});

