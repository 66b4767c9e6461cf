// Adding a new deck to a class file: edited in place (comments kept), never twice, not when it lists every deck.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/diagnostics.js';
import { addDeckToClass, classFile } from '../../../src/scaffold/add-to-class.js';
import { tempDir } from '../../helpers.js';

function classesWith(files: Record<string, string>): string {
  const dir = tempDir('lectern-classes-');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('classFile', () => {
  it('finds classes/<id>.yaml or .yml', () => {
    const dir = classesWith({ 'intro.yaml': 'name: I', 'lab.yml': 'name: L' });
    expect(classFile(dir, 'lab')).toBe(path.join(dir, 'lab.yml'));
  });
  it('refuses an unknown class with a suggestion', () => {
    const dir = classesWith({ 'intro.yaml': 'name: I' });
    expect(() => classFile(dir, 'intr')).toThrow(new UsageError('unknown class "intr" (did you mean "intro"?)'));
  });
});

describe('addDeckToClass', () => {
  it('appends the deck and keeps the lecturer\'s comments', () => {
    const dir = classesWith({ 'intro.yaml': '# Spring term\nname: Intro\ndecks:\n  - one # first week\n' });
    const file = path.join(dir, 'intro.yaml');
    expect(addDeckToClass(file, 'two')).toBe('added');
    expect(fs.readFileSync(file, 'utf8')).toBe('# Spring term\nname: Intro\ndecks:\n  - one # first week\n  - two\n');
    expect(addDeckToClass(file, 'two')).toBe('already-listed');
    expect(fs.readdirSync(dir)).toEqual(['intro.yaml']);
  });
  it('leaves a class without a decks: list alone (it shows every deck)', () => {
    const dir = classesWith({ 'all.yaml': 'name: All\n' });
    expect(addDeckToClass(path.join(dir, 'all.yaml'), 'two')).toBe('lists-every-deck');
    expect(fs.readFileSync(path.join(dir, 'all.yaml'), 'utf8')).toBe('name: All\n');
  });
  it.each([
    ['name: [broken\n', /is not valid YAML/],
    ['name: X\ndecks: one\n', /"decks:" in c\.yaml is not a list/],
  ])('refuses to edit %j', (text, why) => {
    const dir = classesWith({ 'c.yaml': text });
    expect(() => addDeckToClass(path.join(dir, 'c.yaml'), 'two')).toThrow(why);
    expect(fs.readFileSync(path.join(dir, 'c.yaml'), 'utf8')).toBe(text);
  });
});
