// Bundled fonts: names are packages, never paths; a deck's other scripts get their Noto family or an error.
import { describe, expect, it } from 'vitest';
import { bundledFonts, fontPackageDir, loadFont } from '../../../src/config/fonts.js';
import { withScriptFonts } from '../../../src/render/script-fonts.js';
import { deckFromText, pageFromText } from '../deck-text.js';

describe('fontPackageDir and bundledFonts', () => {
  it('finds installed @fontsource packages by name only', () => {
    expect(bundledFonts()).toEqual(expect.arrayContaining(['fira-sans', 'source-sans-3', 'noto-sans-jp']));
    expect(fontPackageDir('fira-sans')).toMatch(/@fontsource[\\/]fira-sans$/);
    for (const bad of ['../fira-sans', 'Fira Sans', '@fontsource/fira-sans', 'not-installed-font']) expect(fontPackageDir(bad), bad).toBeUndefined();
  });
});

describe('loadFont', () => {
  it('gives the family and @font-face rules pointing at copied woff2 files', () => {
    const font = loadFont('fira-sans');
    expect(font.family).toBe('Fira Sans');
    expect(font.css).toContain('@font-face');
    expect(font.files.size).toBeGreaterThan(0);
    for (const rel of font.files.values()) expect(rel).toMatch(/^fonts\/fira-sans\/.+\.woff2$/);
    expect(() => loadFont('nope-font')).toThrow('font package @fontsource/nope-font is not installed');
  });
});

describe('withScriptFonts', () => {
  const { look } = pageFromText('## x');
  it('leaves a Latin deck\'s look alone', () => {
    const r = withScriptFonts(look, deckFromText('## Zelle\nÜbung').deck);
    expect(r).toEqual({ look, diagnostics: [] });
  });
  it('adds the Noto family a deck\'s script needs, once', () => {
    const r = withScriptFonts(look, deckFromText('## 细胞\nمرحبا 生物').deck);
    expect(r.diagnostics).toEqual([]);
    expect(r.look.scriptFonts).toEqual(['noto-sans-sc', 'noto-sans-arabic']);
    expect(r.look.theme.extraFonts).toEqual(expect.arrayContaining(['noto-sans-sc', 'noto-sans-arabic']));
    expect(look.scriptFonts).toBeUndefined();
  });
});
