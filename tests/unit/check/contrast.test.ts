// WCAG 2 contrast of hex colours, and which backgrounds count as dark.
import { describe, expect, it } from 'vitest';
import { contrastRatio, isDarkColour, isHexColour } from '../../../src/config/contrast.js';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#fff', '#000', 21],
    ['#777777', '#ffffff', 4.48],
    ['#1a5fb4', '#ffffff', 6.29],
    ['#abc', '#aabbcc', 1],
    ['#ffffff80', '#000000', 21],
  ])('%s on %s is %f:1 (either order)', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 2);
  });
});

describe('isHexColour and isDarkColour', () => {
  it.each([['#fff', true], ['#FFFF', true], ['#123456', true], ['#12345678', true], ['#12', false], ['red', false], ['123456', false]])('%s is hex: %s', (v, yes) => expect(isHexColour(v)).toBe(yes));
  it.each([['#000000', true], ['#1d2433', true], ['#ffffff', false], ['#fdfcf8', false], ['#777777', false], ['navy', true], ['rgb(250, 250, 250)', false]])('%s is dark: %s', (v, yes) => expect(isDarkColour(v)).toBe(yes));
});
