import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, hasStrings, languages, stringsFor, translate } from '../src/i18n.js';
import { buildProject, tempProject } from './helpers.js';

describe('string tables', () => {
  it('ship en, fr, de, es and ru, every one with every English key', () => {
    expect(languages()).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr', 'ru']));
    const keys = Object.keys(stringsFor('en')).sort();
    for (const lang of languages()) {
      const own = JSON.parse(fs.readFileSync(path.join('templates', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;
      expect(Object.keys(own).sort(), lang).toEqual(keys);
    }
  });

  it('use the base language of a regional tag and fall back to English', () => {
    expect(hasStrings('fr-CA')).toBe(true);
    expect(hasStrings('xx')).toBe(false);
    expect(hasStrings('../../etc/passwd')).toBe(false);
    expect(translate(stringsFor('fr-CA'), 'page', { page: 1, total: 8 })).toBe('Page 1 sur 8');
    expect(translate(stringsFor('xx'), 'page', { page: 1, total: 8 })).toBe('Page 1 of 8');
    expect(formatDate('2027-02-09', 'fr')).toBe('9 février 2027');
    expect(formatDate('spring term', 'fr')).toBe('spring term');
  });

  it('a deck whose lang has no table gets an unknown-lang warning at its lang line', async () => {
    const root = tempProject();
    fs.writeFileSync(path.join(root, 'decks', 'tlh.md'), '---\ntitle: Klingon\nlang: tlh\n---\n## One\n\n- a\n\nNote: n\n');
    const result = await buildProject(root, ['html'], { classes: ['seminar'] });
    const found = result.diagnostics.filter((d) => d.rule === 'unknown-lang');
    expect(found.map((d) => [path.basename(d.file), d.line, d.severity])).toEqual([['tlh.md', 3, 'warning']]);
  });
});
