// templates/themes/<name>/ folders → Theme descriptions: a theme is CSS, settings and optional partials, not code.
import fs from 'node:fs';
import path from 'node:path';
import { fileError, DeckError, error, positionAt } from '../diagnostics.js';
import { themeSettingsProblems } from './theme-settings.js';

export interface Theme {
  name: string;
  dir: string;
  label: string;
  /** Fontsource package names (without @fontsource/) for headings, body and code. */
  fonts: { heading: string; body: string; code: string };
  /** Further fontsource packages loaded as fallbacks (e.g. Cyrillic for a Latin-only face). */
  extraFonts?: string[];
  /** Projected list lines per slide before a "(cont.)" slide. */
  maxListLines: number;
  /** highlight.js style file name (styles/<name>.css). */
  highlight: string;
  /** The theme's CSS has `html.paper-colours` rules: handouts print its slides in those (light) colours. */
  paperColours?: boolean;
  /** Colours the contrast check reads: text and background. */
  colors: { text: string; background: string; accent: string; accentText?: string };
  css: string;
  /** Partial name → template source, overriding templates/partials. */
  partials: Record<string, string>;
}

export function listThemes(templatesDir: string): string[] {
  const dir = path.join(templatesDir, 'themes');
  return fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, 'theme.json'))).sort()
    : [];
}

const cache = new Map<string, Theme>();

/** Forget loaded themes (lectern serve, after a template or theme file changed). */
export function forgetThemes(): void {
  cache.clear();
}

type ThemeSettings = Omit<Theme, 'name' | 'dir' | 'css' | 'partials'>;

function readThemeJson(file: string): ThemeSettings {
  const text = fs.readFileSync(file, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const offset = Number(/position (\d+)/.exec((e as Error).message)?.[1] ?? 0);
    const p = positionAt(text, offset);
    throw new DeckError([error(file, p.line, p.column, `invalid JSON: ${(e as Error).message.replace(/ in JSON at position \d+.*$/, '')}`)]);
  }
  const settings = value as Partial<ThemeSettings> | null;
  if (!settings || typeof settings !== 'object' || !settings.fonts || !settings.colors || typeof settings.highlight !== 'string' || !/^[\w.-]+$/.test(settings.highlight)) {
    throw new DeckError([fileError(file, 'theme.json needs "fonts", "colors" and "highlight" (see templates/themes/light/theme.json)')]);
  }
  const problems = themeSettingsProblems(file, text, settings);
  if (problems.length) throw new DeckError(problems);
  return settings as ThemeSettings;
}

export function loadTheme(templatesDir: string, name: string): Theme {
  const dir = path.join(templatesDir, 'themes', name);
  const cached = cache.get(dir);
  if (cached) return cached;
  const settings = readThemeJson(path.join(dir, 'theme.json'));
  const partialsDir = path.join(dir, 'partials');
  const partials: Record<string, string> = {};
  if (fs.existsSync(partialsDir)) {
    for (const f of fs.readdirSync(partialsDir)) if (f.endsWith('.hbs')) partials[f.slice(0, -4)] = fs.readFileSync(path.join(partialsDir, f), 'utf8');
  }
  const theme: Theme = { ...settings, name, dir, css: fs.readFileSync(path.join(dir, 'theme.css'), 'utf8'), partials };
  cache.set(dir, theme);
  return theme;
}
