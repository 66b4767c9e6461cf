// Code → lines of runs tagged with highlight.js scopes, and a highlight.js style's colours for those scopes:
// the same colours the slide shows, for writers that cannot use the style sheet.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { decodeHTML } from 'entities';
import type { HLJSApi } from 'highlight.js';

export interface CodeRun {
  text: string;
  /** highlight.js class of the innermost span, such as `hljs-keyword`. */
  scope?: string;
}

export interface CodeStyle {
  colour?: string;
  background?: string;
  scopes: Map<string, { colour?: string; bold?: boolean; italic?: boolean }>;
}

/** As render/markdown.ts: a block past this is shown as plain text. */
const MAX_HIGHLIGHTED_CHARS = 200_000;
const RE_PIECE = /<span class="([^"]{1,200})">|<\/span>|[^<]+/g;
const RE_RULE = /([^{}]{1,2000})\{([^{}]{0,2000})\}/g;
const RE_HEX = /^#[0-9a-f]{3,8}$/i;

const require = createRequire(import.meta.url);
const hljs = () => require('highlight.js') as HLJSApi;

export function colourCode(code: string, lang: string): CodeRun[][] {
  const language = code.length <= MAX_HIGHLIGHTED_CHARS && lang && hljs().getLanguage(lang) ? lang : undefined;
  if (!language) return code.split('\n').map((text) => [{ text }]);
  const html = hljs().highlight(code, { language }).value;
  const lines: CodeRun[][] = [[]];
  const scopes: string[] = [];
  for (const [piece, cls] of html.matchAll(RE_PIECE)) {
    if (cls !== undefined) scopes.push(cls.split(' ')[0]!);
    else if (piece === '</span>') scopes.pop();
    else {
      const parts = decodeHTML(piece).split('\n');
      parts.forEach((text, i) => {
        if (i > 0) lines.push([]);
        if (text) lines.at(-1)!.push({ text, scope: scopes.at(-1) });
      });
    }
  }
  return lines;
}

/** A highlight.js style's colours by scope (styles/<name>.css); an unknown style has none. */
export function codeStyle(name: string): CodeStyle {
  const style: CodeStyle = { scopes: new Map() };
  let css: string;
  try {
    if (!/^[\w.-]+$/.test(name)) return style;
    css = fs.readFileSync(path.join(path.dirname(require.resolve('highlight.js/package.json')), 'styles', `${name}.css`), 'utf8');
  } catch {
    return style;
  }
  for (const [, selectors, body] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(RE_RULE)) {
    const decl = declarations(body!);
    for (const selector of selectors!.split(',').map((s) => s.trim())) {
      if (selector === '.hljs' || selector === 'pre code.hljs') {
        style.colour ??= decl.colour;
        style.background ??= decl.background;
        continue;
      }
      const scope = /^\.(hljs-[\w-]+)$/.exec(selector)?.[1];
      if (scope) style.scopes.set(scope, { ...style.scopes.get(scope), ...decl });
    }
  }
  return style;
}

/** #abc → #aabbcc, #rrggbbaa → #rrggbb: the form a package's colours take. */
function sixDigits(hex: string): string {
  const digits = hex.slice(1);
  return `#${digits.length <= 4 ? [...digits.slice(0, 3)].map((d) => d + d).join('') : digits.slice(0, 6)}`;
}

function declarations(body: string): { colour?: string; background?: string; bold?: boolean; italic?: boolean } {
  const out: { colour?: string; background?: string; bold?: boolean; italic?: boolean } = {};
  for (const d of body.split(';')) {
    const [prop, value] = d.split(':').map((s) => s?.trim().toLowerCase());
    if (!prop || !value) continue;
    if (prop === 'color' && RE_HEX.test(value)) out.colour = sixDigits(value);
    else if ((prop === 'background' || prop === 'background-color') && RE_HEX.test(value)) out.background = sixDigits(value);
    else if (prop === 'font-weight' && (value === 'bold' || Number(value) >= 600)) out.bold = true;
    else if (prop === 'font-style' && value === 'italic') out.italic = true;
  }
  return out;
}
