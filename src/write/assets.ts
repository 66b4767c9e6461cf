// The shared files every page links to (reveal.js, fonts, KaTeX, highlight styles, themes), listed once per build.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Look } from '../config/look.js';
import { loadFont } from '../config/fonts.js';
import { packageRoot } from '../paths/package-root.js';
import { katexDist } from '../render/katex-files.js';

const require = createRequire(import.meta.url);

export interface AssetPlan {
  /** Path relative to dist/assets → absolute source file. */
  copies: Map<string, string>;
  /** Path relative to dist/assets → generated text. */
  generated: Map<string, string>;
}

/** reveal.js 6 exports no ./package.json; its main entry sits in dist/. */
export function revealDist(): string {
  return path.dirname(require.resolve('reveal.js'));
}

function highlightStyles(): string {
  return path.join(path.dirname(require.resolve('highlight.js/package.json')), 'styles');
}

/** A file from the project's templates/, or Lectern's own when a project's copy predates it. */
function templateFile(templatesDir: string, rel: string): string {
  const own = path.join(templatesDir, rel);
  return fs.existsSync(own) ? own : path.join(packageRoot, 'templates', rel);
}

/**
 * reveal.js's own theme; its web fonts are @imports from Google, dropped as decks work offline (the font stacks
 * fall back), and Lectern's palette follows it so backgrounds, bullets and the page behind agree.
 */
function revealThemeCss(reveal: string, name: string): string {
  const css = fs.readFileSync(path.join(reveal, 'theme', `${name}.css`), 'utf8').replace(/@import\s+(url\()?"https?:[^"]*"\)?;/g, '');
  return `${css}\n:root{--background:var(--r-background-color);--text:var(--r-main-color);--accent:var(--r-link-color)}\n`;
}

export function planAssets(looks: readonly Look[], templatesDir: string): AssetPlan {
  const copies = new Map<string, string>();
  const generated = new Map<string, string>();
  const reveal = revealDist();
  copies.set('reveal/reveal.css', path.join(reveal, 'reveal.css'));
  copies.set('reveal/reveal.js', path.join(reveal, 'reveal.js'));
  copies.set('reveal/plugin/notes.js', path.join(reveal, 'plugin', 'notes.js'));

  const katex = katexDist();
  // Only the woff2 faces: every browser that runs reveal.js reads them, and the copy stays small.
  generated.set('katex/katex.min.css', fs.readFileSync(path.join(katex, 'katex.min.css'), 'utf8').replace(/,url\([^)]*\.(woff|ttf)\) format\("(woff|truetype)"\)/g, ''));
  for (const f of fs.readdirSync(path.join(katex, 'fonts'))) if (f.endsWith('.woff2')) copies.set(`katex/fonts/${f}`, path.join(katex, 'fonts', f));

  copies.set('css/lectern.css', templateFile(templatesDir, 'styles/lectern.css'));
  copies.set('css/dialects.css', templateFile(templatesDir, 'styles/dialects.css'));
  copies.set('css/fenced-divs.css', templateFile(templatesDir, 'styles/fenced-divs.css'));
  copies.set('css/index.css', templateFile(templatesDir, 'styles/index.css'));
  copies.set('js/speaker-plan.js', templateFile(templatesDir, 'scripts/speaker-plan.js'));
  copies.set('css/read.css', templateFile(templatesDir, 'styles/read.css'));
  copies.set('css/handout.css', templateFile(templatesDir, 'styles/handout.css'));
  copies.set('css/paper.css', templateFile(templatesDir, 'styles/paper.css'));
  // Each font once, from where the look found it (next to Lectern, or in the course folder).
  const fonts = new Map<string, Readonly<Record<string, string>> | undefined>();
  for (const look of looks) {
    copies.set(`highlight/${look.theme.highlight}.css`, path.join(highlightStyles(), `${look.theme.highlight}.css`));
    for (const entry of fs.readdirSync(look.theme.dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name === 'theme.json' || entry.name.endsWith('.hbs')) continue;
      const abs = path.join(entry.parentPath, entry.name);
      copies.set(`themes/${look.theme.name}/${path.relative(look.theme.dir, abs).split(path.sep).join('/')}`, abs);
    }
    for (const f of [...Object.values(look.fonts), ...(look.theme.extraFonts ?? [])]) if (!fonts.get(f)?.[f]) fonts.set(f, look.fontDirs);
    if (look.revealTheme) generated.set(`reveal/theme/${look.revealTheme}.css`, revealThemeCss(reveal, look.revealTheme));
  }
  for (const [name, dirs] of fonts) {
    const font = loadFont(name, dirs);
    generated.set(`css/font-${name}.css`, font.css);
    for (const [from, to] of font.files) copies.set(to, from);
  }
  return { copies, generated };
}
