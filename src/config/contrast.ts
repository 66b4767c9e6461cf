// WCAG 2 contrast ratio of two CSS colours: hex read here (most themes write hex, and culori takes 10 ms to load before
// Chromium starts), any other CSS colour (rgb(), hsl(), a name…) through culori's wcagContrast, which gives the same.
import { culoriLibrary, RE_HEX } from '../config/colour.js';

function luminance(hex: string): number {
  let h = hex.replace('#', '');
  if (h.length === 3 || h.length === 4) h = [...h.slice(0, 3)].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function isHexColour(value: string): boolean {
  return RE_HEX.test(value);
}

/** Whether white text reads better on it than black: the tone a logo must be drawn for. What is not a colour counts as light. */
export function isDarkColour(value: string): boolean {
  const white = contrastRatio(value, '#ffffff');
  const black = contrastRatio(value, '#000000');
  return white !== undefined && black !== undefined && white > black;
}

/** undefined when either is not a CSS colour. */
export function contrastRatio(a: string, b: string): number | undefined {
  if (isHexColour(a) && isHexColour(b)) {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1! + 0.05) / (l2! + 0.05);
  }
  const { parse, wcagContrast } = culoriLibrary();
  const [x, y] = [parse(a.trim()), parse(b.trim())];
  return x && y ? wcagContrast(x, y) : undefined;
}
