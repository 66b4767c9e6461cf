// Look settings layered defaults < deck front matter < class file < flags → one validated Look per deck and class.
import path from 'node:path';
import { didYouMean, error, fileError, type Diagnostic } from '../diagnostics.js';
import type { handoutLayouts, LookSettings } from './schema.js';

export type HandoutLayout = (typeof handoutLayouts)[number];
import { listThemes, loadTheme, type Theme } from './themes.js';
import { isDarkColour } from './contrast.js';
import { bundledFonts, findFont, fontSearch, RE_FONT_NAME } from './fonts.js';
import { resolveInside } from '../paths/inside.js';
import type { Shelf } from '../context.js';
import { isExternalUrl } from '../paths/url-policy.js';

export interface LookLayer {
  settings: LookSettings;
  /** File the settings came from (for positions) and the folder relative paths resolve against. */
  file: string;
  baseDir: string;
  locate(path: readonly (string | number)[]): { line: number; column: number };
}

export interface Look {
  theme: Theme;
  /** reveal.js's bundled theme a reveal deck names: its stylesheet is loaded after `theme`'s. */
  revealTheme?: string;
  /** Noto families a deck's non-Latin text needs (write/script-fonts.ts), after the theme's own fonts. */
  scriptFonts?: string[];
  accent?: string;
  /** Where an accent override was set, for contrast errors. */
  accentOrigin?: { file: string; line: number; column: number };
  fonts: { heading: string; body: string; code: string };
  /** Package folders of the fonts found in the course folder's node_modules, not next to Lectern (write/fonts.ts). */
  fontDirs?: Record<string, string>;
  /** Absolute path of the logo image, if any. */
  logo?: string;
  /** The logo for backgrounds of the other tone (section slides, paper), when \`logo: { light, dark }\` gives one. */
  logoAlt?: string;
  footer?: string;
  width: number;
  height: number;
  handout: { layout: HandoutLayout; paper: 'A4' | 'Letter' };
}

export const DEFAULT_THEME = 'light';

/** `root` is the project folder: a logo must lie inside it (real path, symlinks followed). */
export function resolveLook(layers: readonly LookLayer[], templatesDir: string, root: string, shelf?: Shelf): { look?: Look; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const at = (layer: LookLayer, key: (string | number)[], message: string) => {
    const p = layer.locate(key);
    diagnostics.push(error(layer.file, p.line, p.column, message));
  };
  // The last layer that sets a key wins; remember which, to place errors on it.
  const pick = <K extends keyof LookSettings>(key: K) => {
    for (let i = layers.length - 1; i >= 0; i--) if (layers[i]!.settings[key] !== undefined) return { value: layers[i]!.settings[key]!, layer: layers[i]! };
    return undefined;
  };

  const themes = listThemes(templatesDir);
  if (!themes.length) return { diagnostics: [fileError(path.join(templatesDir, 'themes'), 'no themes found: a theme is a folder with theme.json and theme.css')] };
  // Every layer's theme is checked, even one a higher layer overrides: the typo is still a typo.
  for (const layer of layers) {
    const name = layer.settings.theme;
    if (name !== undefined && !themes.includes(name)) at(layer, ['theme'], `unknown theme "${name}"${didYouMean(name, themes)}`);
  }
  let themeName = pick('theme')?.value ?? DEFAULT_THEME;
  if (!themes.includes(themeName)) themeName = themes.includes(DEFAULT_THEME) ? DEFAULT_THEME : themes[0]!;
  const theme = loadTheme(templatesDir, themeName, shelf);

  const fonts = { ...theme.fonts };
  const fontDirs: Record<string, string> = {};
  for (const role of ['heading', 'body', 'code'] as const) {
    for (const layer of layers) {
      const name = layer.settings.fonts?.[role];
      if (name === undefined) continue;
      const pkg = name.toLowerCase().replace(/^@fontsource\//, '').replace(/\s+/g, '-');
      if (!RE_FONT_NAME.test(pkg)) at(layer, ['fonts', role], `font "${name}" is not a font name: fonts are bundled @fontsource packages such as "source-sans-3", never paths`);
      else {
        const found = findFont(pkg, fontSearch(root));
        if (!found) at(layer, ['fonts', role], `font "${name}" is not bundled${didYouMean(pkg, bundledFonts())}; install it with "npm install @fontsource/${pkg}"`);
        else fonts[role] = pkg;
        if (found?.courseDir) fontDirs[pkg] = found.courseDir;
      }
    }
  }

  let logo: string | undefined;
  let logoAlt: string | undefined;
  const logoSetting = pick('logo');
  if (logoSetting) {
    const resolveLogo = (value: string, key: string[]): string | undefined => {
      const found = resolveInside(root, logoSetting.layer.baseDir, value);
      const where = path.relative(root, found.file) || '.';
      if (isExternalUrl(value)) at(logoSetting.layer, key, 'logo must be a local image file: remote images do not show offline');
      else if (found.ok) return found.file;
      else if (found.reason === 'outside') at(logoSetting.layer, key, `logo "${value}" is outside the project: copy the image into the project folder`);
      else if (found.reason === 'folder') at(logoSetting.layer, key, `logo "${value}" is a folder, not an image file`);
      else at(logoSetting.layer, key, `logo image "${value}" not found (looked in ${where})`);
      return undefined;
    };
    const value = logoSetting.value;
    if (typeof value === 'string') logo = resolveLogo(value, ['logo']);
    else {
      // { light, dark }: the one for the theme's own background, and the other for backgrounds of the other tone.
      const own = isDarkColour(theme.colors.background) ? 'dark' : 'light';
      const other = own === 'dark' ? 'light' : 'dark';
      logo = resolveLogo(value[own], ['logo', own]);
      logoAlt = resolveLogo(value[other], ['logo', other]);
    }
  }

  const size = pick('size')?.value;
  // Marp's (and PowerPoint's) aspect ratios, at Marp's pixel sizes.
  const ratio: Record<string, string> = { '16:9': '1280x720', '4:3': '960x720' };
  const [width, height] = typeof size === 'string' ? (ratio[size] ?? size).split('x').map(Number) : size ? [size.width, size.height] : [1280, 720];
  const handout = { layout: '3-up' as const, paper: 'A4' as const, ...Object.assign({}, ...layers.map((l) => l.settings.handout ?? {})) };
  return {
    look: {
      theme,
      accent: pick('accent')?.value,
      accentOrigin: (() => {
        const a = pick('accent');
        return a ? { file: a.layer.file, ...a.layer.locate(['accent']) } : undefined;
      })(),
      fonts,
      ...(Object.keys(fontDirs).length ? { fontDirs } : {}),
      logo,
      logoAlt,
      footer: pick('footer')?.value,
      width: width!,
      height: height!,
      handout,
    },
    diagnostics,
  };
}
