// Bundled @fontsource packages → one @font-face stylesheet and the woff2 files it points to, for offline slides.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

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

/** A bundled font is a plain @fontsource package name: never a path. */
export const RE_FONT_NAME = /^[a-z0-9][a-z0-9-]*$/;

export function fontPackageDir(name: string): string | undefined {
  if (!RE_FONT_NAME.test(name)) return undefined;
  try {
    return path.dirname(require.resolve(`@fontsource/${name}/package.json`));
  } catch {
    return undefined;
  }
}

export function bundledFonts(): string[] {
  const dir = path.join(path.dirname(path.dirname(require.resolve('@fontsource/pt-sans/package.json'))));
  return fs.readdirSync(dir).sort();
}

/** Reads the package's CSS for the weights we use; urls are rewritten to `fonts/<name>/<file>`. */
export function loadFont(name: string): FontBundle {
  const hit = cache.get(name);
  if (hit) return hit;
  const dir = fontPackageDir(name);
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
  cache.set(name, bundle);
  return bundle;
}
