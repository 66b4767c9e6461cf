// What a theme.json names outside itself, checked where it is written: its font packages (installed @fontsource
// names, never a path) and its highlight.js style. A mistake is the theme's, reported at theme.json's line.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { error, positionAt, type Diagnostic } from '../diagnostics.js';
import { RE_FONT_NAME, fontPackageDir } from './fonts.js';

const require = createRequire(import.meta.url);
const FONT_ROLES = ['heading', 'body', 'code'] as const;

/** Where `value` is written in theme.json's text (its first occurrence as a JSON string), else its top. */
function where(text: string, value: unknown): { line: number; column: number } {
  const at = typeof value === 'string' ? text.indexOf(JSON.stringify(value)) : -1;
  return at >= 0 ? positionAt(text, at) : { line: 1, column: 1 };
}

function fontProblem(name: unknown, what: string): string | undefined {
  if (typeof name !== 'string') return `${what} must be a font package name such as "source-sans-3", not ${JSON.stringify(name)}`;
  if (!RE_FONT_NAME.test(name)) return `${what} "${name}" is not a font package name: write the name of a @fontsource package, such as "source-sans-3" (lowercase letters, digits and "-", no path)`;
  if (!fontPackageDir(name)) return `${what} "${name}" is not installed: run npm install @fontsource/${name} in the project, or choose an installed font`;
  return undefined;
}

/** Problems with theme.json's fonts and highlight style; none for a theme that can be built. */
export function themeSettingsProblems(file: string, text: string, settings: { fonts?: unknown; extraFonts?: unknown; highlight?: unknown }): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (value: unknown, message: string) => {
    const p = where(text, value);
    out.push(error(file, p.line, p.column, message));
  };
  const fonts = settings.fonts;
  if (!fonts || typeof fonts !== 'object' || Array.isArray(fonts)) {
    report(fonts, `"fonts" must map heading, body and code to font packages, such as { "heading": "source-serif-4", "body": "source-sans-3", "code": "jetbrains-mono" }`);
  } else {
    for (const role of FONT_ROLES) {
      const problem = fontProblem((fonts as Record<string, unknown>)[role], `fonts.${role}`);
      if (problem) report((fonts as Record<string, unknown>)[role], problem);
    }
  }
  if (settings.extraFonts !== undefined) {
    const extra = Array.isArray(settings.extraFonts) ? settings.extraFonts : [settings.extraFonts];
    for (const name of extra) {
      const problem = fontProblem(name, 'extraFonts');
      if (problem) report(name, problem);
    }
  }
  const style = settings.highlight;
  const styles = path.join(path.dirname(require.resolve('highlight.js/package.json')), 'styles');
  if (typeof style === 'string' && /^[\w.-]+$/.test(style) && !fs.existsSync(path.join(styles, `${style}.css`))) {
    report(style, `highlight style "${style}" does not exist: choose a highlight.js style such as "github", "github-dark" or "atom-one-light"`);
  }
  return out;
}
