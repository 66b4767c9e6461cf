// The single-file deck keeps only the font subsets it shows: unicode-range read, KaTeX families by the classes used.
import { describe, expect, it } from 'vitest';
import { katexFamiliesUsed, parseUnicodeRange } from '../../../src/write/single-file.js';

describe('parseUnicodeRange', () => {
  it.each<[string, [number, number][]]>([
    ['U+0000-00FF', [[0, 0xff]]],
    ['U+0000-00FF, U+0131, U+0152-0153', [[0, 0xff], [0x131, 0x131], [0x152, 0x153]]],
    ['U+4??', [[0x400, 0x4ff]]],
    ['u+1f600', [[0x1f600, 0x1f600]]],
    ['garbage, U+41', [[0x41, 0x41]]],
  ])('%s → %j', (text, ranges) => expect(parseUnicodeRange(text)).toEqual(ranges));
});

describe('katexFamiliesUsed', () => {
  const css = `@font-face{font-family:KaTeX_AMS;src:url(x)}
    .katex .mathbf{font-family:KaTeX_Main;font-weight:bold}
    .katex .amsrm,.katex .mathbb{font-family:KaTeX_AMS}
    .katex .delimsizing.size1{font-family:KaTeX_Size1}
    .katex .mathcal{font-family:KaTeX_Caligraphic}`;
  it.each<[string[], string[]]>([
    [[], ['KaTeX_Main']],
    [['katex', 'mathbb'], ['KaTeX_Main', 'KaTeX_AMS']],
    [['delimsizing'], ['KaTeX_Main']],
    [['delimsizing', 'size1', 'mathcal'], ['KaTeX_Main', 'KaTeX_Size1', 'KaTeX_Caligraphic']],
  ])('classes %j need %j', (classes, families) => expect([...katexFamiliesUsed(css, new Set(classes))].sort()).toEqual(families.sort()));
});
