// User colours (accent) → parsed CSS colours, written back as hex: nothing a user types lands raw in a <style>.
import { createRequire } from 'node:module';
import type * as Culori from 'culori';

// culori's ES modules take 50 ms to load, its bundled CommonJS build 10 ms, before Chromium is even started:
// loaded only for a colour that is not already written in hex, which most class files' are.
let culori: typeof Culori | undefined;
export const culoriLibrary = () => (culori ??= createRequire(import.meta.url)('culori') as typeof Culori);

export const RE_HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** A CSS colour as `#rrggbb` (or `#rrggbbaa` when translucent), or undefined when it is not a colour. */
export function normaliseColour(value: string): string | undefined {
  // culori reads CSS Color 4 syntax; anything with markup or a statement break is never a colour.
  if (value.length > 100 || /[;{}<>\\]/.test(value)) return undefined;
  const hex = RE_HEX.exec(value.trim())?.[1];
  if (hex) return hexColour(hex.toLowerCase());
  const { clampRgb, formatHex, formatHex8, parse } = culoriLibrary();
  const parsed = parse(value.trim());
  if (!parsed) return undefined;
  const rgb = clampRgb(parsed);
  return rgb.alpha !== undefined && rgb.alpha < 1 ? formatHex8(rgb) : formatHex(rgb);
}

/** What culori gives for hex (tests/config/colour.test.ts compares them): digits doubled, an opaque alpha dropped. */
function hexColour(digits: string): string {
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  return `#${full.length === 8 && full.endsWith('ff') ? full.slice(0, 6) : full}`;
}
