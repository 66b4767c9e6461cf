// A theme named for another tool (reveal.js, Slidev) → the Lectern theme the deck is drawn with, and one warning.
import { warning, type Diagnostic } from '../../diagnostics.js';
import type { FrontMatter } from '../../config/schema.js';

/** reveal.js's bundled themes (dist/theme/*.css) and the Lectern theme of the same tone under them. */
export const REVEAL_THEMES: Readonly<Record<string, 'light' | 'dark'>> = {
  beige: 'light',
  black: 'dark',
  'black-contrast': 'dark',
  blood: 'dark',
  dracula: 'dark',
  league: 'dark',
  moon: 'dark',
  night: 'dark',
  serif: 'light',
  simple: 'light',
  sky: 'light',
  solarized: 'light',
  white: 'light',
  'white-contrast': 'light',
};

/** Lectern's own themes: a deck of another tool may name one of them and get it. */
const LECTERN_THEMES = ['light', 'dark', 'contrast'];

export interface ForeignTheme {
  frontMatter: FrontMatter;
  /** A reveal.js theme whose own stylesheet the page loads over Lectern's theme of the same tone. */
  revealTheme?: string;
}

type Locate = (path: readonly (string | number)[]) => { line: number; column: number };

/**
 * `tool` names whose theme it is in the warning. reveal.js's bundled themes are drawn with reveal.js's own
 * stylesheet (no warning: the deck looks as its tool draws it); any other theme falls back to `fallback`.
 */
export function foreignTheme(tool: 'reveal.js' | 'Slidev', fm: FrontMatter, file: string, diagnostics: Diagnostic[], locate?: Locate, fallback: 'light' | 'dark' = 'light'): ForeignTheme {
  const name = fm.theme;
  if (name === undefined || LECTERN_THEMES.includes(name)) return { frontMatter: fm };
  const reveal = tool === 'reveal.js' && Object.hasOwn(REVEAL_THEMES, name) ? name : undefined;
  if (reveal) return { frontMatter: { ...fm, theme: REVEAL_THEMES[reveal] }, revealTheme: reveal };
  const at = locate?.(['theme']) ?? { line: 1, column: 1 };
  const offer = tool === 'reveal.js' ? `one of reveal.js's (${Object.keys(REVEAL_THEMES).join(', ')}) or ` : '';
  diagnostics.push(warning(file, at.line, at.column, `${tool} theme "${name}" is not one Lectern can load: the deck uses Lectern's ${fallback} theme (name ${offer}light, dark or contrast)`, 'foreign-theme'));
  return { frontMatter: { ...fm, theme: fallback } };
}
