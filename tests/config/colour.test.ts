// Class colours: hex is read without loading culori, and must come out as culori would write it.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type * as Culori from 'culori';
import { normaliseColour } from '../../src/config/colour.js';

const culori = createRequire(import.meta.url)('culori') as typeof Culori;
const viaCulori = (value: string) => {
  const rgb = culori.clampRgb(culori.parse(value)!);
  return rgb.alpha !== undefined && rgb.alpha < 1 ? culori.formatHex8(rgb) : culori.formatHex(rgb);
};

describe('normaliseColour', () => {
  it('writes every hex colour as culori does (3, 4, 6 and 8 digits, either case, opaque alpha dropped)', () => {
    const digits = '0123456789abcdefABCDEF';
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % digits.length;
    const samples = ['#fff', '#FFFF', '#000000ff', '#12345680', '#abcd', '#f2b45a', '#00000000'];
    for (const length of [3, 4, 6, 8]) for (let i = 0; i < 200; i++) samples.push(`#${Array.from({ length }, () => digits[random()]).join('')}`);
    for (const value of samples) expect(normaliseColour(value), value).toBe(viaCulori(value));
    expect(normaliseColour('  #ABC  ')).toBe('#aabbcc');
  });

  it('reads other CSS colours with culori, and refuses what is not a colour', () => {
    expect(normaliseColour('rebeccapurple')).toBe('#663399');
    expect(normaliseColour('rgb(255 0 0 / 50%)')).toBe(viaCulori('rgb(255 0 0 / 50%)'));
    expect(normaliseColour('oklch(0.5 0.1 250)')).toBe(viaCulori('oklch(0.5 0.1 250)'));
    for (const bad of ['#12', '#12345', '#1234567', '#ggg', 'red; background: url(x)', '</style>', 'notacolour']) expect(normaliseColour(bad), bad).toBeUndefined();
  });
});
