// WCAG contrast of any CSS colour: hex read without culori (and equal to culori's figure), the rest through culori.
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type * as Culori from 'culori';
import { contrastRatio, isDarkColour } from '../../src/config/contrast.js';
import { staticChecks } from '../../src/check/static-rules.js';
import { resolveLook } from '../../src/config/look.js';
import { buildDeck } from '../../src/model/deck.js';
import { parseDeck } from '../../src/outline/parse-deck.js';
import { repoRoot } from '../helpers.js';

const culori = createRequire(import.meta.url)('culori') as typeof Culori;

describe('contrastRatio', () => {
  it('gives culori’s wcagContrast for hex colours, without loading it', () => {
    let seed = 11;
    const hex = () => `#${((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 0x1000000).toString(16).padStart(6, '0')}`;
    for (let i = 0; i < 500; i++) {
      const [a, b] = [hex(), hex()];
      expect(contrastRatio(a, b)!, `${a} ${b}`).toBeCloseTo(culori.wcagContrast(a, b), 12);
    }
    expect(contrastRatio('#fff', '#000')).toBe(21);
    expect(contrastRatio('#FFFF', '#00000080')).toBe(21);
  });

  it('reads rgb(), hsl(), named and other CSS colours', () => {
    expect(contrastRatio('rgb(255 255 255)', 'black')).toBe(21);
    expect(contrastRatio('hsl(0 0% 100%)', '#000')).toBe(21);
    expect(contrastRatio('rgb(119, 119, 119)', 'white')).toBeCloseTo(contrastRatio('#777777', '#ffffff')!, 12);
    expect(contrastRatio('rebeccapurple', '#ffffff')).toBeCloseTo(contrastRatio('#663399', '#ffffff')!, 12);
    expect(contrastRatio('oklch(0.5 0.1 250)', 'white')).toBeCloseTo(culori.wcagContrast('oklch(0.5 0.1 250)', 'white'), 12);
    expect(contrastRatio(' navy ', 'white')).toBeCloseTo(contrastRatio('#000080', '#ffffff')!, 12);
  });

  it('has no figure for what is not a colour', () => {
    for (const bad of ['notacolour', '', 'var(--x)', '#12345']) expect(contrastRatio(bad, '#ffffff'), bad).toBeUndefined();
  });

  it('tells dark from light in any CSS colour', () => {
    expect(['#141922', 'rgb(20 25 34)', 'hsl(220 25% 10%)', 'navy'].map(isDarkColour)).toEqual([true, true, true, true]);
    expect(['#fdfcf8', 'rgb(253 252 248)', 'ivory', 'notacolour'].map(isDarkColour)).toEqual([false, false, false, false]);
  });
});

describe('the contrast rule', () => {
  const findings = (colors: Record<string, string>) => {
    const { look } = resolveLook([], path.join(repoRoot, 'templates'), repoRoot);
    const themed = { ...look!, theme: { ...look!.theme, colors: { ...look!.theme.colors, ...colors } } };
    const { deck } = buildDeck(parseDeck('d.md', '## A slide\n\nText\n\nNote: notes'), { variables: {}, maxListLines: 9 });
    return staticChecks(deck, '<div class="slides"></div>', themed)
      .filter((d) => d.rule === 'contrast')
      .map((d) => d.message);
  };

  it('checks a theme written in rgb() and hsl(), which it skipped when it read hex only', () => {
    expect(findings({ text: 'rgb(29 36 51)', background: 'hsl(45 60% 98%)', accent: 'rgb(26, 95, 180)', accentText: 'white' })).toEqual([]);
    expect(findings({ text: 'rgb(170 170 170)', background: 'white' })).toEqual([expect.stringMatching(/^text rgb\(170 170 170\) on white has contrast 2\.3\d:1, below WCAG AA 4\.5:1/)]);
  });
});
