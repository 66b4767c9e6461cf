// Whether a theme's slides print in paper colours for handouts: its theme.json says so, or else it is dark (its
// background, or its code's highlight style), so that no handout page carries a block of ink.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Theme } from './themes.js';
import { isDarkColour } from './contrast.js';

const require = createRequire(import.meta.url);
// The first `.hljs { … background: <colour> }` of a highlight.js style (one rule, read once per build).
const RE_HLJS_BACKGROUND = /\.hljs\s*\{[^{}]{0,2000}?background(?:-color)?\s*:\s*([^;}]{1,60})/;

/** Whether a highlight.js style draws code on a dark background (github-dark, monokai, …). */
export function highlightIsDark(style: string): boolean {
  let css: string;
  try {
    css = fs.readFileSync(path.join(path.dirname(require.resolve('highlight.js/package.json')), 'styles', `${style}.css`), 'utf8');
  } catch {
    return false;
  }
  const m = RE_HLJS_BACKGROUND.exec(css);
  return m ? isDarkColour(m[1]!.trim()) : false;
}

/** A theme's own `paperColours` (true or false) wins; a theme that says nothing prints in paper colours when dark. */
export function printsInPaperColours(theme: Pick<Theme, 'paperColours' | 'colors' | 'highlight'>): boolean {
  return theme.paperColours ?? (isDarkColour(theme.colors.background) || highlightIsDark(theme.highlight));
}
