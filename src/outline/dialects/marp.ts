// Marp decks (`marp: true`): slides between rules and at `headingDivider` headings, directives in front matter
// and comments, presenter comments as notes, Marp's image keywords, scoped styles and deck-wide reference links.
import { warning, type Diagnostic } from '../../diagnostics.js';
import type { FrontMatter } from '../../config/schema.js';
import { emptyAttributes, type SlideAttributes } from '../attributes.js';
import { blankFences, FenceTracker } from '../fences.js';
import type { SlideSource, SourceLine } from '../split.js';
import type { DeckText, Dialect, DialectSlide } from './dialect.js';
import { globalDirectives, LocalDirectives, readComment, type Directives, type MarpComment } from './marp-directives.js';
import { backgroundHtml, marpImages, type MarpBackground } from './marp-images.js';
import { headingOf } from './outline.js';

const RE_RULE = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const RE_ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const RE_HTML_START = /^ {0,3}<(?:!--|\/?[a-zA-Z][\w-]*(?:[\s/>]|$))/;
const RE_COMMENT = /<!--([\s\S]*?)-->/g;
const RE_REFERENCE = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S/;
const RE_NOT_PARAGRAPH = /^ {0,3}(#|>|[-*+][ \t]|\d+[.)][ \t]|\||```|~~~|<)|^\s*$|^ {4}/;
const MARP_THEMES: Record<string, string> = { default: 'light', gaia: 'light', uncover: 'light' };
const DIRECTIVE_HINT = /<!--\s*_?(marp|paginate|headingDivider|class|backgroundColor|backgroundImage)\s*:/;

function dividerLevels(value: unknown): number[] {
  if (typeof value === 'number' && value >= 1 && value <= 6) return Array.from({ length: value }, (_, i) => i + 1);
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : [];
}

/** Splits like Marpit: at thematic breaks (not setext underlines, not inside HTML blocks or code) and divider headings. */
export function splitMarp(body: string, bodyLine: number, divider: number[]): SourceLine[][] {
  const slides: SourceLine[][] = [[]];
  const fences = new FenceTracker();
  let previous = '';
  let inHtml: 'block' | 'comment' | undefined;
  let seenContent = false;
  body.split('\n').forEach((text, i) => {
    const line = { text, line: bodyLine + i };
    const current = slides[slides.length - 1]!;
    if (FenceTracker.isCode(fences.feed(text))) {
      current.push(line);
      seenContent = true;
      previous = text;
      return;
    }
    if (inHtml === 'comment') {
      if (text.includes('-->')) inHtml = undefined;
      current.push(line);
      return;
    }
    if (inHtml === 'block') {
      if (!text.trim()) inHtml = undefined;
      current.push(line);
      previous = text;
      return;
    }
    const setext = text.trim().startsWith('-') && !RE_NOT_PARAGRAPH.test(previous) && !RE_RULE.test(previous);
    if (RE_RULE.test(text) && !setext) {
      slides.push([]);
      seenContent = false;
      previous = '';
      return;
    }
    const heading = RE_ATX.exec(text);
    if (heading && divider.includes(heading[1]!.length) && seenContent) slides.push([]);
    if (RE_HTML_START.test(text)) {
      const comment = /^ {0,3}<!--/.test(text);
      if (comment && !/^ {0,3}<!--[\s\S]*-->\s*$/.test(text)) inHtml = text.includes('-->') ? undefined : 'comment';
      else if (!comment && (!previous.trim() || RE_NOT_PARAGRAPH.test(previous))) inHtml = 'block';
      if (!comment) seenContent = true;
    } else if (text.trim()) seenContent = true;
    slides[slides.length - 1]!.push(line);
    previous = text;
  });
  return slides;
}

function commentsIn(lines: readonly SourceLine[]): MarpComment[] {
  const text = blankFences(lines.map((l) => l.text).join('\n'));
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

/** Directives of one slide → its section attributes; header, footer and backgrounds → lines of HTML. */
function slideAttributes(d: Directives, scope: string): SlideAttributes {
  const a = emptyAttributes();
  a.classes.push(...String(d.class ?? '').split(/\s+/).filter(Boolean), 'marp-slide');
  if (d.paginate === true) {
    a.classes.push('marp-paginate');
    a.section['data-state'] = 'marp-paginate';
  }
  if (/\binvert\b/.test(String(d.class ?? '')) && d.backgroundColor === undefined) a.section['data-background-color'] = '#141922';
  if (typeof d.backgroundColor === 'string') a.section['data-background-color'] = d.backgroundColor;
  const image = /url\(\s*['"]?([^'")]+)['"]?\s*\)/.exec(String(d.backgroundImage ?? ''));
  if (image) a.section['data-background-image'] = image[1]!;
  if (typeof d.backgroundSize === 'string') a.section['data-background-size'] = d.backgroundSize;
  if (typeof d.backgroundPosition === 'string') a.section['data-background-position'] = d.backgroundPosition;
  if (typeof d.backgroundRepeat === 'string') a.section['data-background-repeat'] = d.backgroundRepeat;
  if (typeof d.color === 'string') a.section.style = `--text:${d.color};color:${d.color}`;
  a.section['data-marp-scope'] = scope;
  return a;
}

/** `<style scoped>` → a style whose rules apply to this slide only (`section` means the slide itself, as in Marp). */
export function scopeStyles(text: string, scope: string): string {
  const at = `section[data-marp-scope="${scope}"]`;
  return text.replace(/<style\s+scoped\s*>([\s\S]*?)<\/style>/gi, (_, css: string) => {
    const scoped = css.replace(/(^|})([^{}@]+)\{/g, (__, close: string, selectors: string) => {
      const list = selectors.split(',').map((s) => s.trim()).filter(Boolean);
      return `${close}\n${list.map((s) => (/^section\b/.test(s) ? s.replace(/^section/, at) : `${at} ${s}`)).join(', ')} {`;
    });
    return `<style>${scoped}</style>`;
  });
}

function withHtml(lines: SourceLine[], d: Directives, backgrounds: MarpBackground[], a: SlideAttributes): SourceLine[] {
  const at = lines[0]?.line ?? 1;
  const block = (tag: string, md: unknown) => [`<${tag} class="marp-${tag}">`, '', String(md), '', `</${tag}>`, ''].map((text) => ({ text, line: at }));
  const bg = backgroundHtml(backgrounds);
  if (bg.split) {
    a.classes.push(`marp-split-${bg.split.side}`);
    a.section.style = [a.section.style, `--marp-split:${bg.split.width}`].filter(Boolean).join(';');
  }
  return [
    ...(bg.html ? [{ text: bg.html, line: at }, { text: '', line: at }] : []),
    ...(d.header ? block('header', d.header) : []),
    ...lines,
    ...(d.footer ? [{ text: '', line: at }, ...block('footer', d.footer)] : []),
  ];
}

export const marpDialect: Dialect = {
  name: 'marp',
  outlined: false,
  detect: (deck) => {
    const marp = (deck.frontMatter as { marp?: unknown }).marp;
    return marp === true || (marp === undefined && (deck.frontMatter.headingDivider !== undefined || DIRECTIVE_HINT.test(blankFences(deck.body))));
  },
  parse(deck: DeckText) {
    const diagnostics: Diagnostic[] = [];
    const fm = deck.frontMatter;
    const allComments = commentsIn(deck.body.split('\n').map((text, i) => ({ text, line: i })));
    const globals = globalDirectives(allComments);
    const divider = dividerLevels(globals.headingDivider ?? fm.headingDivider);
    const pieces = splitMarp(deck.body, deck.bodyLine, divider);
    const fences = new FenceTracker();
    const references = deck.body.split('\n').filter((l) => !FenceTracker.isCode(fences.feed(l)) && RE_REFERENCE.test(l));
    const locals = new LocalDirectives(fm as Directives);
    const slides = pieces.map((lines, i): DialectSlide => {
      const d = locals.slide(commentsIn(lines));
      const scope = `s${i + 1}`;
      const attributes = slideAttributes(d, scope);
      const backgrounds: MarpBackground[] = [];
      const fence = new FenceTracker();
      const body = lines.map((l) => (FenceTracker.isCode(fence.feed(l.text)) ? l : { ...l, text: scopeStyles(marpImages(l.text, backgrounds), scope) }));
      // markdown-it reads the whole file at once, so a reference link on one slide may be defined on another.
      const refs = references.map((text) => ({ text, line: lines[0]?.line ?? deck.bodyLine }));
      const source: SlideSource = { kind: 'slide', heading: headingOf(lines), lines: [...withHtml(body, d, backgrounds, attributes), ...(refs.length ? [{ text: '', line: refs[0]!.line }, ...refs] : [])], line: lines[0]?.line ?? deck.bodyLine, children: [] };
      return { ...source, attributes, children: [] };
    });
    if (typeof fm.style === 'string' && slides[0]) slides[0].lines.unshift({ text: `<style>${fm.style.replace(/<\/style/gi, '')}</style>`, line: deck.bodyLine }, { text: '', line: deck.bodyLine });
    return { slides, frontMatter: mapFrontMatter(fm, globals, deck.file, diagnostics), diagnostics };
  },
  notes(lines) {
    const fences = new FenceTracker();
    const code = lines.map((l) => FenceTracker.isCode(fences.feed(l.text)));
    const notes: string[] = [];
    const text = lines.map((l, i) => (code[i] ? '\u0000'.repeat(l.text.length) : l.text)).join('\n');
    // Comments leave the body (directives and notes alike); line numbers are kept for diagnostics.
    const stripped = text.replace(RE_COMMENT, (whole, inner: string) => {
      const c = readComment(inner);
      if (c.note) notes.push(c.note);
      return whole.replace(/[^\n]/g, '');
    });
    const body = stripped.split('\n').map((t, i) => ({ text: code[i] ? lines[i]!.text : t, line: lines[i]!.line }));
    return { body, notes: notes.join('\n\n') };
  },
};
