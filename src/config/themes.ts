// templates/themes/<name>/ folders → Theme descriptions: a theme is CSS, settings and optional partials, not code.
import fs from 'node:fs';
import path from 'node:path';
import { fileError, DeckError, error, positionAt } from '../diagnostics.js';
import { Shelf } from '../context.js';
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

/** A theme's settings, stylesheet and partials, read once per run (`shelf`). */
export function loadTheme(templatesDir: string, name: string, shelf = new Shelf()): Theme {
  const dir = path.join(templatesDir, 'themes', name);
  return shelf.take('theme', dir, () => readTheme(dir, name));
}

function readTheme(dir: string, name: string): Theme {
  const settings = readThemeJson(path.join(dir, 'theme.json'));
  const partialsDir = path.join(dir, 'partials');
  // Object.fromEntries defines own keys: a partial file called __proto__.hbs is a partial, not a prototype.
  const partials: Record<string, string> = fs.existsSync(partialsDir)
    ? Object.fromEntries(fs.readdirSync(partialsDir).filter((f) => f.endsWith('.hbs')).map((f) => [f.slice(0, -4), fs.readFileSync(path.join(partialsDir, f), 'utf8')]))
    : {};
  return { ...settings, name, dir, css: fs.readFileSync(path.join(dir, 'theme.css'), 'utf8'), partials };
}
