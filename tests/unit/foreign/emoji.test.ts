// Emoji in a deck (8 of 32 courses use them): Lectern bundles no colour emoji font, so it says so once per deck
// instead of letting them print as empty boxes unnoticed; ordinary symbols (©, →) draw in the text fonts.
import { describe, expect, it } from 'vitest';
import { withScriptFonts } from '../../../src/render/script-fonts.js';
import { renderText } from './render-foreign.js';
import { buildDeck } from '../../../src/model/deck.js';
import { resolveLook } from '../../../src/config/look.js';

function findings(text: string) {
  const { parsed } = renderText(text);
  const { look } = resolveLook([{ settings: parsed.frontMatter, file: parsed.file, baseDir: parsed.dir, locate: parsed.locate }], 'templates', process.cwd());
  const { deck } = buildDeck(parsed, { audience: [], variables: {}, maxListLines: 8 });
  return withScriptFonts(look!, deck, []).diagnostics;
}

describe('emoji', () => {
  it('are one warning naming them and the font to install', () => {
    const found = findings('---\nmarp: true\n---\n\n# Launch 🚀\n\n- done ✔️\n- party 🎉\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', rule: 'emoji-font' });
    expect(found[0]!.message).toContain('🚀');
    expect(found[0]!.message).toContain('fonts-noto-color-emoji');
  });
  it('leave symbols the text fonts draw alone', () => {
    expect(findings('# A → B © 2025 ™\n\ntext\n\n---\n\n# Two\n')).toEqual([]);
  });
});
