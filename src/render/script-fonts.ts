// A deck's non-Latin scripts → its look with the Noto families that draw them (bundled @fontsource packages),
// or one error per script naming the characters and the package to add when it is not installed.
import { error, type Diagnostic } from '../diagnostics.js';
import type { Look } from '../config/look.js';
import type { Deck } from '../model/deck.js';
import { scriptNeeds } from '../model/scripts.js';
import { fontPackageDir } from '../config/fonts.js';

export function withScriptFonts(look: Look, deck: Deck): { look: Look; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fonts: string[] = [];
  for (const need of scriptNeeds(deck)) {
    if (fontPackageDir(need.font)) fonts.push(need.font);
    else diagnostics.push(error(deck.file, 1, 1, `${need.script} text (${need.sample}) needs a font Lectern does not have: run "npm install @fontsource/${need.font}", or it prints as empty boxes`, 'missing-font'));
  }
  if (!fonts.length) return { look, diagnostics };
  const extraFonts = [...new Set([...(look.theme.extraFonts ?? []), ...fonts])];
  return { look: { ...look, theme: { ...look.theme, extraFonts }, scriptFonts: fonts }, diagnostics };
}
