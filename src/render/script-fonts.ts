// A deck's non-Latin scripts → its look with the Noto families that draw them (@fontsource packages, installed next
// to Lectern or in the course folder), or one error per script naming the characters and the package to add.
import { error, warning, type Diagnostic } from '../diagnostics.js';
import type { Look } from '../config/look.js';
import type { Deck } from '../model/deck.js';
import { scriptNeeds } from '../model/scripts.js';
import { findFont, fontSearch } from '../config/fonts.js';

/** `search`: where font packages are looked for (fonts.ts fontSearch, with the course folder). */
export function withScriptFonts(look: Look, deck: Deck, search: readonly string[] = fontSearch()): { look: Look; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fonts: string[] = [];
  const dirs: Record<string, string> = {};
  for (const need of scriptNeeds(deck)) {
    if (need.optional) {
      // No colour emoji font fits the install size, and the one @fontsource packages draws empty glyphs in Chromium's
      // PDFs: the computer's own emoji font (fonts-noto-color-emoji on Debian/Ubuntu) is what Chromium falls back on.
      diagnostics.push(warning(deck.file, 1, 1, `emoji (${need.sample}) are drawn by the computer's own emoji font, which Lectern does not bundle: without one (Debian/Ubuntu: fonts-noto-color-emoji) they print as empty boxes`, 'emoji-font'));
      continue;
    }
    const found = findFont(need.font, search);
    if (!found) {
      diagnostics.push(error(deck.file, 1, 1, `${need.script} text (${need.sample}) needs a font Lectern does not have: run "npm install @fontsource/${need.font}", or it prints as empty boxes`, 'missing-font'));
      continue;
    }
    fonts.push(need.font);
    if (found.courseDir) dirs[need.font] = found.courseDir;
  }
  if (!fonts.length) return { look, diagnostics };
  const extraFonts = [...new Set([...(look.theme.extraFonts ?? []), ...fonts])];
  const fontDirs = Object.keys(dirs).length ? { ...look.fontDirs, ...dirs } : look.fontDirs;
  return { look: { ...look, theme: { ...look.theme, extraFonts }, scriptFonts: fonts, ...(fontDirs && { fontDirs }) }, diagnostics };
}
