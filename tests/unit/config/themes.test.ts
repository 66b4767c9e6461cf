// Theme folders → theme descriptions; a broken theme.json is a positioned error, never a crash.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeckError } from '../../../src/diagnostics.js';
import { listThemes, loadTheme } from '../../../src/config/themes.js';
import { packageRoot } from '../../../src/paths/package-root.js';
import { tempDir } from '../../helpers.js';

function templates(themes: Record<string, string | undefined>): string {
  const dir = tempDir('lectern-themes-');
  for (const [name, json] of Object.entries(themes)) {
    fs.mkdirSync(path.join(dir, 'themes', name, 'partials'), { recursive: true });
    if (json !== undefined) fs.writeFileSync(path.join(dir, 'themes', name, 'theme.json'), json);
    fs.writeFileSync(path.join(dir, 'themes', name, 'theme.css'), `/* ${name} */`);
    fs.writeFileSync(path.join(dir, 'themes', name, 'partials', 'footer.hbs'), '<footer/>');
  }
  return dir;
}
const good = JSON.stringify({ label: 'G', fonts: { heading: 'atkinson-hyperlegible', body: 'source-sans-3', code: 'jetbrains-mono' }, maxListLines: 9, highlight: 'github', colors: { text: '#000', background: '#fff', accent: '#00f' } });

describe('listThemes', () => {
  it('lists the shipped themes', () => expect(listThemes(path.join(packageRoot, 'templates'))).toEqual(expect.arrayContaining(['contrast', 'dark', 'light'])));
  it('lists only folders with a theme.json, sorted', () => expect(listThemes(templates({ zeta: good, alpha: good, broken: undefined }))).toEqual(['alpha', 'zeta']));
  it('lists nothing without a themes folder', () => expect(listThemes(tempDir('lectern-none-'))).toEqual([]));
});

describe('loadTheme', () => {
  it('reads settings, CSS and partials', () => {
    const theme = loadTheme(templates({ g: good }), 'g');
    expect(theme).toMatchObject({ name: 'g', label: 'G', maxListLines: 9, css: '/* g */', partials: { footer: '<footer/>' } });
  });
  it('places a JSON syntax error at its line and column', () => {
    const dir = templates({ bad: '{\n  "label": "x",\n  oops\n}' });
    try {
      loadTheme(dir, 'bad');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DeckError);
      expect((e as DeckError).diagnostics).toMatchObject([{ line: 3, severity: 'error', message: expect.stringMatching(/^invalid JSON: /) }]);
    }
  });
  it.each([
    ['{}'],
    [JSON.stringify({ fonts: {}, colors: {}, highlight: '../evil' })],
    ['null'],
  ])('refuses %s without fonts, colours and a plain highlight name', (json) => {
    expect(() => loadTheme(templates({ t: json }), 't')).toThrow(/needs "fonts", "colors" and "highlight"/);
  });
});
