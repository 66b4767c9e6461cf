// A Quarto deck's merged settings → Lectern's front matter: title, subtitle, author(s), date, lang, footer,
// incremental, and its theme (reveal.js's bundled ones drawn with their own stylesheet; a .scss is a warning).
import { warning, type Diagnostic } from '../../diagnostics.js';
import type { FrontMatter } from '../../config/schema.js';
import type { RevealjsOptions, Settings } from '../quarto-config.js';
import { REVEAL_THEMES } from './foreign-theme.js';

/** Where the deck names its theme; undefined when a settings file does (the warning is then on the deck file). */
type Place = { line: number; column: number } | undefined;

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);

/** `author: "A"`, `author: [A, B]`, `author: [{name: A}, …]` or `{name: {given, family}}` → "A, B". */
export function authors(value: unknown): string | undefined {
  const one = (a: unknown): string | undefined => {
    if (text(a) !== undefined) return text(a);
    if (typeof a !== 'object' || a === null) return undefined;
    const name = (a as Settings).name;
    if (typeof name === 'object' && name !== null) return [text((name as Settings).given), text((name as Settings).family)].filter(Boolean).join(' ') || text((name as Settings).literal);
    return text(name);
  };
  const names = (Array.isArray(value) ? value : [value]).map(one).filter((n): n is string => Boolean(n && n.trim()));
  return names.length ? names.join(', ') : undefined;
}

/** Markdown link text for a footer: `[DPaViR](https://…)` → DPaViR, `<https://x>` → https://x. */
function plainFooter(footer: string): string {
  return footer.replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1').replace(/<(https?:[^>\s]*)>/g, '$1').replace(/[*_`]/g, '').trim();
}

/** Quarto's built-in themes: reveal.js's own, plus Quarto's default (white) and dark. */
function themeOf(options: RevealjsOptions, file: string, place: Place, diagnostics: Diagnostic[]): { theme?: string; revealTheme?: string } {
  const names = options.theme;
  const base = names.find((n) => !/\.s?css$/i.test(n));
  const custom = names.filter((n) => /\.s?css$/i.test(n));
  let out: { theme?: string; revealTheme?: string } = {};
  if (base === 'dark') out = { theme: 'dark' };
  else if (base && base !== 'default' && Object.hasOwn(REVEAL_THEMES, base)) out = { theme: REVEAL_THEMES[base], revealTheme: base };
  const used = out.revealTheme ? `reveal.js's ${out.revealTheme} theme` : `Lectern's ${out.theme ?? 'light'} theme`;
  if (base && base !== 'default' && !out.theme) {
    diagnostics.push(warning(file, place?.line, place?.column, `Quarto theme "${base}" is not one Lectern can load: the deck uses ${used} (Quarto's built-in themes are default, dark and reveal.js's: ${Object.keys(REVEAL_THEMES).join(', ')})`, 'foreign-theme'));
  }
  if (custom.length) {
    diagnostics.push(warning(file, place?.line, place?.column, `Quarto theme file ${custom.map((c) => `"${c}"`).join(', ')} (Sass) is not one Lectern can compile: the deck uses ${used} without it`, 'foreign-theme'));
  }
  return out;
}

export function quartoFrontMatter(settings: Settings, options: RevealjsOptions, file: string, place: Place, diagnostics: Diagnostic[]): { frontMatter: FrontMatter; revealTheme?: string } {
  const fm: FrontMatter = {};
  const title = text(settings.title);
  if (title) fm.title = title;
  const subtitle = text(settings.subtitle);
  if (subtitle) fm.subtitle = subtitle;
  const author = authors(settings.author);
  if (author) fm.author = author;
  const date = settings.date instanceof Date ? settings.date.toISOString().slice(0, 10) : text(settings.date);
  if (date && date.trim()) fm.date = date;
  const lang = text(settings.lang);
  if (lang) fm.lang = lang;
  if (options.footer) fm.footer = plainFooter(options.footer);
  if (options.incremental !== undefined) fm.incremental = options.incremental;
  const look = themeOf(options, file, place, diagnostics);
  if (look.theme) fm.theme = look.theme;
  return { frontMatter: fm, ...(look.revealTheme && { revealTheme: look.revealTheme }) };
}
