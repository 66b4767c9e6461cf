// A class file's text → its settings, deck list and look layer; mistakes placed at their line.
import { describe, expect, it } from 'vitest';
import { defaultClass, loadClassFile } from '../../../src/config/classes.js';

const decks = ['cells', 'genes', 'proteins'];
const load = (text: string, file = '/c/classes/bio.yaml') => loadClassFile(file, text, decks);
const where = (r: ReturnType<typeof load>) => r.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);

describe('loadClassFile', () => {
  it('reads a class with its decks in lecture order', () => {
    const r = load('name: Biology\ndecks: [genes, cells]\naudience: [intro]\nvars:\n  room: A1\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.klass).toMatchObject({ id: 'bio', decks: ['genes', 'cells'], settings: { name: 'Biology', audience: ['intro'], vars: { room: 'A1' } } });
    expect(r.klass!.layer!.baseDir).toBe('/c/classes');
  });
  it('lists every deck when the class names none', () => expect(load('name: All').klass!.decks).toEqual(decks));
  it('places an unknown deck, with a suggestion, and a deck listed twice', () => {
    expect(where(load('name: B\ndecks:\n  - cels\n  - genes\n  - genes\n'))).toEqual([
      '3:5 error unknown deck "cels" (did you mean "cells"?)',
      '5:5 error deck "genes" is listed twice',
    ]);
  });
  it('places a date for an unknown deck', () => expect(where(load('name: B\ndates:\n  protiens: 2027-01-01\n'))).toEqual(['3:13 error date for unknown deck "protiens" (did you mean "proteins"?)']));
  it('makes an unknown key an error in a class file, with a suggestion', () => {
    const r = load('name: B\naudiance: [x]\n');
    expect(r.klass).toBeUndefined();
    expect(where(r)).toEqual(['2:1 error unknown key "audiance" (did you mean "audience"?)']);
  });
  it.each([
    ['decks: [cells]\n', '"name" is required'],
    ['name: B\nspeakingRate: 20\n', '"speakingRate": expected words a minute between 60 and 300'],
    ['name: B\nlecture: soon\n', '"lecture": expected a duration such as 50m'],
    ['name: B\naccent: notacolour\n', '"accent": expected a CSS colour'],
    ['name: B\ncheck:\n  missing-notes: maybe\n', '"check.missing-notes": expected one of "off", "warning", "error"'],
    ['name: B\nhandout:\n  layout: 4-up\n', '"handout.layout": expected one of "3-up", "6-up", "notes", "lecturer-notes"'],
    ['- a list\n', 'a class file is a list of "key: value" settings'],
    ['name: [unclosed\n', 'invalid YAML'],
  ])('refuses %j: %s', (text, message) => {
    const r = load(text);
    expect(r.klass).toBeUndefined();
    expect(r.diagnostics.map((d) => d.message).join('\n')).toContain(message);
  });
  it('refuses a file name that cannot be a folder, yet reads the file', () => {
    const r = load('name: B', '/c/classes/my class.yaml');
    expect(r.diagnostics).toMatchObject([{ severity: 'error', message: expect.stringContaining('must be letters, digits') }]);
    expect(r.klass).toBeDefined();
  });
  it('normalises colours to hex', () => expect(load('name: B\naccent: rebeccapurple').klass!.settings.accent).toBe('#663399'));
});

describe('defaultClass', () => {
  it('holds every deck, in a copy', () => {
    const c = defaultClass(decks);
    expect(c).toMatchObject({ id: 'default', decks });
    expect(c.decks).not.toBe(decks);
  });
});
