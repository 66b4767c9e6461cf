// @fontsource packages (Lectern's own, or installed in the course folder) → one @font-face stylesheet and the woff2
// files it points to, for offline slides.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface FontBundle {
  /** CSS family name, e.g. "Source Sans 3". */
  family: string;
  css: string;
  /** Absolute source path → path relative to the assets folder. */
  files: Map<string, string>;
}

const STYLES = ['400', '700', '400-italic', '700-italic'];
const require = createRequire(import.meta.url);
const cache = new Map<string, FontBundle>();
/** Resolving from here finds the packages next to Lectern: its own node_modules, or the one it is installed in. */
const ownDir = path.dirname(fileURLToPath(import.meta.url));

/** A bundled font is a plain @fontsource package name: never a path. */
export const RE_FONT_NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Where font packages are looked for, in order: next to Lectern, then the course folder's node_modules (where
 * `npm install @fontsource/…` puts a font for a Lectern installed globally).
 */
export function fontSearch(courseRoot?: string): string[] {
  return courseRoot ? [ownDir, courseRoot] : [ownDir];
}

/** `search`: folders to resolve from (fontSearch); next to Lectern when not given. */
export function fontPackageDir(name: string, search?: readonly string[]): string | undefined {
  if (!RE_FONT_NAME.test(name)) return undefined;
  const id = `@fontsource/${name}/package.json`;
  try {
    return path.dirname(search ? require.resolve(id, { paths: [...search] }) : require.resolve(id));
  } catch {
    return undefined;
  }
}

/**
 * `name`'s folder along `search`, and whether a look must carry it (`courseDir`): only a font that is not next to
 * Lectern, so the looks of courses that use Lectern's fonts stay as they were.
 */
export function findFont(name: string, search: readonly string[]): { dir: string; courseDir?: string } | undefined {
  const dir = fontPackageDir(name, search);
  if (!dir) return undefined;
  return dir === fontPackageDir(name) ? { dir } : { dir, courseDir: dir };
}

export function bundledFonts(): string[] {
  const dir = path.join(path.dirname(path.dirname(require.resolve('@fontsource/pt-sans/package.json'))));
  return fs.readdirSync(dir).sort();
}

/**
 * Reads the package's CSS for the weights we use; urls are rewritten to `fonts/<name>/<file>`. `dirs`: a look's
 * fonts found in the course folder (Look.fontDirs); any other is looked for next to Lectern.
 */
export function loadFont(name: string, dirs?: Readonly<Record<string, string>>): FontBundle {
  const key = dirs?.[name] ?? name;
  const hit = cache.get(key);
  if (hit) return hit;
  const dir = dirs?.[name] ?? fontPackageDir(name);
  if (!dir) throw new Error(`font package @fontsource/${name} is not installed`);
  if (!fs.realpathSync(dir).includes(`${path.sep}node_modules${path.sep}@fontsource${path.sep}`)) throw new Error(`font "${name}" is not a bundled @fontsource package`);
  const files = new Map<string, string>();
  let css = '';
  for (const style of STYLES) {
    const file = path.join(dir, `${style}.css`);
    if (!fs.existsSync(file)) continue;
    css += fs
      .readFileSync(file, 'utf8')
      // woff2 is enough for every browser that runs reveal.js; the woff fallbacks would double the copy.
      .replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, '')
      .replace(/url\(\.\/files\/([^)]+\.woff2)\)/g, (_, f: string) => {
        files.set(path.join(dir, 'files', f), `fonts/${name}/${f}`);
        return `url(../fonts/${name}/${f})`;
      });
  }
  const family = /font-family:\s*'([^']+)'/.exec(css)?.[1] ?? name;
  const bundle = { family, css, files };
  cache.set(key, bundle);
  return bundle;
}
