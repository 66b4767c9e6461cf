// User colours (accent) → parsed CSS colours, written back as hex: nothing a user types lands raw in a <style>.
import { createRequire } from 'node:module';
import type * as Culori from 'culori';

// culori's ES modules take 50 ms to load, its bundled CommonJS build 10 ms: every build reads colours.
const { clampRgb, formatHex, formatHex8, parse } = createRequire(import.meta.url)('culori') as typeof Culori;

/** A CSS colour as `#rrggbb` (or `#rrggbbaa` when translucent), or undefined when it is not a colour. */
export function normaliseColour(value: string): string | undefined {
  // culori reads CSS Color 4 syntax; anything with markup or a statement break is never a colour.
  if (value.length > 100 || /[;{}<>\\]/.test(value)) return undefined;
  const parsed = parse(value.trim());
  if (!parsed) return undefined;
  const rgb = clampRgb(parsed);
  return rgb.alpha !== undefined && rgb.alpha < 1 ? formatHex8(rgb) : formatHex(rgb);
}
