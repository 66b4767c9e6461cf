// Marp decks (`marp: true`): slides between rules and at `headingDivider` headings, directives in front matter
// and comments, presenter comments as notes, Marp's image keywords, scoped styles and deck-wide reference links.
import { warning, type Diagnostic } from '../../diagnostics.js';
import type { FrontMatter } from '../../config/schema.js';
import type { SlideAttributes } from '../attributes.js';
import type { SlideSource, SourceLine } from '../source.js';
import type { DeckText, Dialect, DialectSlide } from './dialect.js';
import { globalDirectives, LocalDirectives, readComment, type Directives, type MarpComment } from './marp-directives.js';
import type { MarpBackground } from './marp-images.js';
import { backgroundLines, imageKeywords } from './image-layout.js';
import { definitionLines, inlineReferenceImages, referenceDefinitions } from './marp-references.js';
import { headingOf } from './outline.js';
import { slideAttributes } from './marp-attributes.js';
import { marpLineKinds } from './line-kinds.js';

export { marpLineKinds, type LineKind } from './line-kinds.js';

const RE_RULE = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const RE_ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const RE_COMMENT = /<!--([\s\S]*?)-->/g;
const RE_NOT_PARAGRAPH = /^ {0,3}(#|>|[-*+][ \t]|\d+[.)][ \t]|\||```|~~~|<)|^\s*$|^ {4}/;
const MARP_THEMES: Record<string, string> = { default: 'light', gaia: 'light', uncover: 'light' };
const DIRECTIVE_HINT = /<!--\s*_?(marp|paginate|headingDivider|class|backgroundColor|backgroundImage)\s*:/;

function marpCodeLines(lines: readonly string[]): boolean[] {
  return marpLineKinds(lines).map((k) => k === 'code');
}

function dividerLevels(value: unknown): number[] {
  if (typeof value === 'number' && value >= 1 && value <= 6) return Array.from({ length: value }, (_, i) => i + 1);
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : [];
}

/** Splits like Marpit: at thematic breaks (not setext underlines, not inside HTML blocks or code) and divider headings. */
export function splitMarp(body: string, bodyLine: number, divider: number[]): SourceLine[][] {
  const slides: SourceLine[][] = [[]];
  const texts = body.split('\n');
  const kinds = marpLineKinds(texts);
  let seenContent = false;
  texts.forEach((text, i) => {
    const line = { text, line: bodyLine + i };
    const previous = i > 0 && kinds[i - 1] === 'text' ? texts[i - 1]! : '';
    if (kinds[i] === 'text') {
      const setext = text.trim().startsWith('-') && !RE_NOT_PARAGRAPH.test(previous) && !RE_RULE.test(previous);
      if (RE_RULE.test(text) && !setext) {
        slides.push([]);
        seenContent = false;
        return;
      }
      const heading = RE_ATX.exec(text);
      if (heading && divider.includes(heading[1]!.length) && seenContent) slides.push([]);
    }
    if (kinds[i] !== 'comment' && text.trim()) seenContent = true;
    slides[slides.length - 1]!.push(line);
  });
  return slides;
}

function blankCode(lines: readonly string[]): string {
  const code = marpCodeLines(lines);
  return lines.map((l, i) => (code[i] ? '' : l)).join('\n');
}

function commentsIn(lines: readonly SourceLine[]): MarpComment[] {
  const text = blankCode(lines.map((l) => l.text));
  return [...text.matchAll(RE_COMMENT)].map((m) => readComment(m[1]!));
}

/** Front matter in Marp's terms → Lectern's look settings: themes mapped, sizes as pixels. */
function mapFrontMatter(fm: FrontMatter, globals: Directives, file: string, diagnostics: Diagnostic[]): FrontMatter {
  const out: FrontMatter = { ...fm };
  const theme = (globals.theme as string | undefined) ?? fm.theme;
  if (theme !== undefined) {
    const mapped = MARP_THEMES[theme] ?? (['light', 'dark', 'contrast'].includes(theme) ? theme : undefined);
    if (!mapped) diagnostics.push(warning(file, 1, 1, `Marp theme "${theme}" is not one Lectern can load: the deck uses Lectern's light theme (choose light, dark or contrast, or Marp's default, gaia or uncover)`, 'marp-theme'));
    out.theme = mapped === 'light' && /\binvert\b/.test(String(fm.class ?? '')) ? 'dark' : mapped;
  }
  const size = globals.size;
  if (size === '16:9' || size === '4:3') out.size = size;
  else if (size !== undefined) diagnostics.push(warning(file, 1, 1, `Marp size "${String(size)}" is not one Lectern knows: the deck uses 16:9 (1280x720); write 16:9, 4:3 or WIDTHxHEIGHT`, 'marp-size'));
  for (const key of ['title', 'author', 'lang'] as const) if (typeof globals[key] === 'string') out[key] = globals[key] as string;
  // Marp's footer is a slide's own Markdown footer (drawn by the dialect), not the theme's footer text.
  delete out.footer;
  return out;
}

/** `<style scoped>` → a style whose rules apply to this slide only (`section` means the slide itself, as in Marp). */
export function scopeStyles(text: string, scope: string): string {
  const at = `section[data-marp-scope="${scope}"]`;
  return text.replace(/<style\s+scoped\s*>([\s\S]*?)<\/style>/gi, (_, css: string) => {
    // Line breaks are kept, so the slide's lines still match the file's.
    const scoped = css.replace(/(^|})(\s*)([^{}@]+?)(\s*)\{/g, (__, close: string, space: string, selectors: string, after: string) => {
      const list = selectors.split(',').map((sel) => sel.trim()).filter(Boolean);
      return `${close}${space}${list.map((sel) => (/^section\b/.test(sel) ? sel.replace(/^section/, at) : `${at} ${sel}`)).join(', ')}${after}{`;
    });
    return `<style>${scoped}</style>`;
  });
}

function withHtml(lines: SourceLine[], d: Directives, backgrounds: MarpBackground[], a: SlideAttributes): SourceLine[] {
  const at = lines[0]?.line ?? 1;
  const block = (tag: string, md: unknown) => [`<${tag} class="marp-${tag}">`, '', String(md), '', `</${tag}>`, ''].map((text) => ({ text, line: at }));
  return [
    ...backgroundLines(backgrounds, a, at),
    ...(d.header ? block('header', d.header) : []),
    ...lines,
    ...(d.footer ? [{ text: '', line: at }, ...block('footer', d.footer)] : []),
  ];
}

/** Marp shows presenter comments as plain text: Markdown that renders to exactly that text. */
export function literalMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$&]/g, (c) => `\\${c}`);
}

// `# <!--fit--> Title`: a fitting header, scaled to the slide's width as marp-cli does (the deck page's script
// does it; the comment would otherwise leave with the other comments).
const RE_FIT_HEADING = /^( {0,3}#{1,6}[ \t]+)<!--\s*fit\s*-->[ \t]*/;

function fittingHeading(text: string): string {
  return text.replace(RE_FIT_HEADING, '$1<span class="marp-fit"></span>');
}

export const marpDialect: Dialect = {
  name: 'marp',
  outlined: false,
  detect: (deck) => {
    const marp = (deck.frontMatter as { marp?: unknown }).marp;
    // `marp: false` only turns off Marp for VS Code's preview: marp-cli converts the file all the same, so a deck
    // that says false but is written with Marp's directives is still Marp's.
    return marp === true || ((marp === undefined || marp === false) && (deck.frontMatter.headingDivider !== undefined || DIRECTIVE_HINT.test(blankCode(deck.body.split('\n')))));
  },
  parse(deck: DeckText) {
    const diagnostics: Diagnostic[] = [];
    const fm = deck.frontMatter;
    const allComments = commentsIn(deck.body.split('\n').map((text, i) => ({ text, line: i })));
    const globals = globalDirectives(allComments);
    const divider = dividerLevels(globals.headingDivider ?? fm.headingDivider);
    const pieces = splitMarp(deck.body, deck.bodyLine, divider);
    const bodyLines = deck.body.split('\n');
    const bodyCode = marpCodeLines(bodyLines);
    const definitions = referenceDefinitions(bodyLines, bodyCode);
    const references = definitionLines(definitions);
    const locals = new LocalDirectives(fm as Directives);
    const reported = new Set<string>();
    // Gaia lays a slide out from the top; Marp's default and uncover themes centre it (dialects.css).
    const fromTop = ((globals.theme as string | undefined) ?? fm.theme) === 'gaia';
    const slides = pieces.map((lines, i): DialectSlide => {
      const d = locals.slide(commentsIn(lines));
      const scope = `s${i + 1}`;
      const at = lines[0]?.line ?? deck.bodyLine;
      const attributes = slideAttributes(d, scope, (key, value) => {
        // A local directive carries over to the slides after it: reported once, where it is first in force.
        const seen = `${key}\0${String(value)}`;
        if (reported.has(seen)) return;
        reported.add(seen);
        diagnostics.push(warning(deck.file, at, 1, `Marp ${key} "${String(value).slice(0, 60)}" is not ${/color/i.test(key) ? 'a CSS colour' : 'a CSS size, position or repeat value'}: ignored`, 'marp-directive'));
      });
      if (fromTop) attributes.classes.push('marp-top');
      // Marp's image keywords work in Markdown only: not in code, comments or raw HTML.
      // Reference-style images (`![bg right][ref]`) and fitting headings first, so that the keywords see them.
      const kinds = marpLineKinds(lines.map((l) => l.text));
      const prepared = lines.map((l, j) => (kinds[j] === 'text' ? { ...l, text: inlineReferenceImages(fittingHeading(l.text), definitions) } : l));
      const { lines: imaged, backgrounds } = imageKeywords(prepared, 'anywhere');
      const styled = scopeStyles(imaged.map((l) => l.text).join('\n'), scope).split('\n');
      // imageKeywords may add a blank line after a sized image: the body follows its lines, not the slide's.
      const body = imaged.map((l, j) => ({ ...l, text: styled[j] ?? '' }));
      // markdown-it reads the whole file at once, so a reference link on one slide may be defined on another.
      const refs = references.map((text) => ({ text, line: lines[0]?.line ?? deck.bodyLine }));
      const source: SlideSource = { kind: 'slide', heading: headingOf(lines), lines: [...withHtml(body, d, backgrounds, attributes), ...(refs.length ? [{ text: '', line: refs[0]!.line }, ...refs] : [])], line: lines[0]?.line ?? deck.bodyLine, children: [] };
      return { ...source, attributes, children: [] };
    });
    const style = typeof globals.style === 'string' ? globals.style : fm.style;
    if (typeof style === 'string' && slides[0]) slides[0].lines.unshift({ text: `<style>${style.replace(/<\/style/gi, '').replace(/\n\s*\n/g, '\n')}</style>`, line: deck.bodyLine }, { text: '', line: deck.bodyLine });
    // Inserted HTML may span lines (a multi-line style or footer): one source line per text line, as everywhere.
    for (const slide of slides) slide.lines = slide.lines.flatMap((l) => l.text.split('\n').map((text) => ({ text, line: l.line })));
    return { slides, frontMatter: mapFrontMatter(fm, globals, deck.file, diagnostics), diagnostics };
  },
  notes(lines) {
    // A deck ending in `---` ends with an empty slide, as in Marp: no lines, so nothing to split.
    if (!lines.length) return { body: [], notes: '' };
    // A comment inside a raw HTML block (an <svg>'s `<!-- Labels -->`) is part of that HTML, not one of Marp's
    // comments: markdown-it gives Marpit only the comments that stand as blocks or inline tokens of their own.
    const code = marpLineKinds(lines.map((l) => l.text)).map((kind) => kind === 'code' || kind === 'html');
    const notes: string[] = [];
    const text = lines.map((l, i) => (code[i] ? '\u0000'.repeat(l.text.length) : l.text)).join('\n');
    // Comments leave the body (directives and notes alike); line numbers are kept for diagnostics.
    const stripped = text.replace(RE_COMMENT, (whole, inner: string) => {
      const c = readComment(inner);
      if (c.note) notes.push(c.note);
      return whole.replace(/[^\n]/g, '');
    });
    const body = stripped.split('\n').map((t, i) => ({ text: code[i] ? lines[i]!.text : t, line: lines[i]!.line }));
    return { body, notes: notes.map(literalMarkdown).join('\n\n') };
  },
};
