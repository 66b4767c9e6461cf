// The static rules' checks (no browser): alt text, links, empty slides, speaker notes, theme contrast. Run by build and check.
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { error, relativePath, warning, type Diagnostic } from '../diagnostics.js';
import type { Look } from '../config/look.js';
import { isSitePath } from '../paths/asset-target.js';
import { allSlides, locateIn, type Deck, type Slide } from '../model/deck.js';
import { contrastRatio } from '../config/contrast.js';
import { hasStrings, languages } from '../i18n.js';
import { normaliseColour } from '../config/colour.js';
import { safeDecodeURI } from '../paths/inside.js';

function safeDecodeURIComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
import { RULES } from '../config/rules.js';
import { isExternalUrl } from '../paths/url-policy.js';
import { placeholderFindings } from './placeholders.js';


function locate(slide: Slide | undefined, needle: string): { line: number; column: number } {
  return locateIn(slide?.bodyLines ?? [], needle, { line: slide?.line ?? 1, column: 1 });
}

const RE_PAREN_TARGET = /\(([^\s()]+)/g;

/**
 * Finds needles in a slide's lines in the order the page has them: each search starts at the line of the last hit
 * and wraps round. A slide of 20,000 reference links is then read about once, not once a link (that took 10 s).
 */
function inPageOrder(slide: Slide | undefined): (needle: string) => { line: number; column: number } | undefined {
  const lines = slide?.bodyLines ?? [];
  let from = 0;
  return (needle) => {
    for (let k = 0; k < lines.length; k++) {
      const i = (from + k) % lines.length;
      const column = lines[i]!.text.indexOf(needle);
      if (column >= 0) {
        from = i;
        return { line: lines[i]!.line, column: column + 1 };
      }
    }
    return undefined;
  };
}

interface StaticContext {
  deck: Deck;
  look: Look;
  /** The project folder: messages name files relative to it, and frames may show files inside it. */
  root: string;
  slides: Slide[];
  byId: Map<string, Slide>;
  document: any;
}

/** Each static rule of the registry (check/rules.ts), by id. */
const RUNS: Record<string, (ctx: StaticContext) => Diagnostic[]> = {
  'empty-slide': ({ deck, slides }) =>
    authored(slides)
      .filter((s) => !s.body && s.layout !== 'source' && !s.children.length)
      .map((s) => warning(deck.file, s.line, 1, `slide "${s.title}" is empty (add content, or make it a section with #)`, 'empty-slide')),
  'missing-notes': ({ deck, slides }) =>
    authored(slides)
      .filter((s) => !s.notes && !/class="notes"/.test(s.body))
      .map((s) => warning(deck.file, s.line, 1, `slide "${s.title}" has no speaker notes (add ${deck.dialect === 'marp' || deck.dialect === 'slidev' ? `a <!-- comment --> with them at the slide's end, as ${deck.dialect === 'marp' ? 'Marp' : 'Slidev'} reads presenter notes` : deck.dialect === 'quarto' ? 'a "::: notes" div' : 'a "Note:" paragraph'})`, 'missing-notes')),
  'image-alt': ({ deck, byId, document }) =>
    // Marp background images (![bg]) are decoration, drawn with alt="" on purpose.
    bySlide(document, '.slide-body img:not(.marp-bg)').flatMap(([section, images]) => {
      const slide = byId.get(section.getAttribute('id')!);
      return images
        .filter((img: any) => !img.getAttribute('alt')?.trim())
        .map((img: any) => {
          const src = img.getAttribute('data-written-src') ?? img.getAttribute('src');
          const p = locate(slide, src ?? '![');
          // An image sized by Marp's keywords (`![w:400](x.png)`) keeps them: the description goes after them.
          const where = img.hasAttribute('alt') && img.getAttribute('style') ? `after its size keywords, ![w:400 …](${src}),` : `in ![…](${src})`;
          return error(deck.file, p.line, p.column, `image "${src}" has no alt text: describe it ${where} for students who cannot see it`, 'image-alt');
        });
    }),
  'broken-link': ({ deck, byId, document, root }) =>
    bySlide(document, 'a[href]').flatMap(([section, anchors]) => {
      const slide = byId.get(section.getAttribute('id')!);
      const find = inPageOrder(slide);
      // What the slide's lines write inside "(…)": a Markdown link's target (one pass, not one per link).
      const inParens = new Set((slide?.bodyLines ?? []).flatMap((l) => [...l.text.matchAll(RE_PAREN_TARGET)].map((m) => m[1]!)));
      return anchors.flatMap((a: any) => {
        const href = a.getAttribute('href')!;
        const problem = linkProblem(href, deck, document, byId, root);
        if (!problem) return [];
        // Slide links were written as #id or #/id; the page has #/id either way.
        const written = inParens.has(href) ? href : href.replace(/^#\//, '#');
        const p = find(written) ?? { line: slide?.line ?? 1, column: 1 };
        return [error(deck.file, p.line, p.column, problem, 'broken-link')];
      });
    }),
  'outside-frame': ({ deck, byId, document, root }) =>
    bySlide(document, 'iframe[src], iframe[data-src], object[data], embed[src]').flatMap(([section, frames]) => {
      const slide = byId.get(section.getAttribute('id')!);
      return frames.flatMap((frame: any) => {
        const src: string = frame.getAttribute('src') ?? frame.getAttribute('data-src') ?? frame.getAttribute('data') ?? '';
        if (!framesOutside(src, deck.dir, root)) return [];
        const p = locate(slide, src);
        return [warning(deck.file, p.line, p.column, `<${frame.tagName.toLowerCase()}> shows "${src}", a file outside the project: it would show a file of whoever opens or prints the deck (copy the file beside the deck and link it relatively)`, 'outside-frame')];
      });
    }),
  contrast: (ctx) => [...contrastProblems(ctx.look), ...backgroundContrast(ctx)],
  placeholder: ({ deck }) => placeholderFindings(deck),
  'unknown-lang': ({ deck }) => {
    if (hasStrings(deck.meta.lang)) return [];
    const at = frontMatterLine(deck.file, 'lang');
    return [warning(deck.file, at.line, at.column, `lang "${deck.meta.lang}" has no string table: Lectern's own words (page numbers, "(cont.)", "Source") stay English (tables: ${languages().join(', ')}; add templates/i18n/<lang>.json)`, 'unknown-lang')];
  },
};

/** A frame's address that names a local file outside the project: file:, an absolute path, or ../ out of the deck's project. */
function framesOutside(src: string, dir: string, root: string): boolean {
  const url = src.trim();
  if (/^file:/i.test(url)) return true;
  if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) return false;
  if (url.startsWith('/')) return true;
  const rel = safeDecodeURI(url.split(/[?#]/)[0]!);
  if (rel === undefined) return false;
  const target = path.resolve(dir, rel);
  return path.relative(root, target).startsWith('..');
}

/** The slides the author wrote (not generated source slides, not "(cont.)" parts). */
function authored(slides: Slide[]): Slide[] {
  return slides.filter((s) => s.kind === 'content' && !s.generated && !(s.continued && s.continued.part > 1));
}

/**
 * The elements under `.slides` that match `selector`, grouped by the slide (nearest `section[id]`) that holds them,
 * in page order. One query for the page: a query per slide compiles its selector again each time, which was a
 * tenth of the build of a deck of 8,000 small slides.
 */
function bySlide(document: any, selector: string): [section: any, elements: any[]][] {
  const groups = new Map<any, any[]>();
  for (const el of document.querySelector('.slides')?.querySelectorAll(selector) ?? []) {
    let section = el.parentElement;
    while (section && !(section.tagName === 'SECTION' && section.hasAttribute('id'))) section = section.parentElement;
    if (!section) continue;
    const group = groups.get(section);
    if (group) group.push(el);
    else groups.set(section, [el]);
  }
  return [...groups];
}

/**
 * `parsed`: the same HTML already parsed (the checks only read it), to parse a deck once for all of them.
 * `root`: the project folder, which messages name linked files relative to.
 */
export function staticChecks(deck: Deck, html: string, look: Look, parsed?: Document, root = deck.dir): Diagnostic[] {
  const slides = allSlides(deck.slides);
  const context: StaticContext = { deck, look, root, slides, byId: new Map(slides.map((s) => [s.id, s])), document: parsed ?? parseHTML(html).document };
  return RULES.filter((r) => r.kind === 'static' && RUNS[r.id]).flatMap((r) => RUNS[r.id]!(context));
}

/** Static rules whose findings come from other stages (missing and remote images are found while rendering). */
export const RUN_ELSEWHERE = ['missing-image', 'remote-image', 'site-link', 'missing-font'];

/** reveal.js's test for `has-dark-background`: perceived brightness below 128 of 255. */
function isDark(hex: string): boolean {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return (r! * 299 + g! * 587 + b! * 114) / 1000 < 128;
}

/**
 * Slides with their own background colour: reveal.js marks them has-dark-/has-light-background and the
 * stylesheet gives them light or dark text (templates/styles/dialects.css); a slide's own colour wins.
 */
function backgroundContrast({ deck, byId, document }: StaticContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const section of document.querySelectorAll('.slides section[data-background-color]')) {
    if (section.classList.contains('kind-section')) continue;
    const bg = normaliseColour(section.getAttribute('data-background-color') ?? '');
    if (!bg || bg.length !== 7) continue;
    const own = /--text:\s*([^;]+)/.exec(section.getAttribute('style') ?? '')?.[1];
    const fg = (own && normaliseColour(own)) || (isDark(bg) ? DARK_BACKGROUND_TEXT : LIGHT_BACKGROUND_TEXT);
    const ratio = contrastRatio(fg.slice(0, 7), bg)!;
    if (ratio >= 4.5) continue;
    const slide = byId.get(section.getAttribute('id') ?? '');
    out.push(error(deck.file, slide?.line, 1, `slide "${slide?.title ?? section.getAttribute('id')}": text ${fg} on its background ${bg} has contrast ${ratio.toFixed(2)}:1, below WCAG AA 4.5:1 (choose a ${isDark(bg) ? 'darker' : 'lighter'} background or another text colour)`, 'contrast'));
  }
  return out;
}

/** The text colours dialects.css gives slides on dark and light backgrounds. */
const DARK_BACKGROUND_TEXT = '#e9edf3';
const LIGHT_BACKGROUND_TEXT = '#1d2433';

function contrastProblems(look: Look): Diagnostic[] {
  const out: Diagnostic[] = [];
  const c = look.theme.colors;
  const accent = look.accent ?? c.accent;
  const pairs: [string, string, string, number][] = [
    ['text', c.text, c.background, 4.5],
    ['accent (links, bullets)', accent, c.background, 4.5],
    ['section slide text', c.accentText ?? c.background, accent, 4.5],
  ];
  for (const [what, fg, bg, min] of pairs) {
    const ratio = contrastRatio(fg, bg);
    if (ratio !== undefined && ratio < min) {
      const at = look.accentOrigin && what !== 'text' ? look.accentOrigin : { file: path.join(look.theme.dir, 'theme.json'), line: undefined, column: undefined };
      out.push(error(at.file, at.line, at.column, `${what} ${fg} on ${bg} has contrast ${ratio.toFixed(2)}:1, below WCAG AA ${min}:1 (choose a ${what === 'text' ? 'darker text' : 'darker or lighter accent'})`, 'contrast'));
    }
  }
  return out;
}

/** Where a front-matter key is written, for diagnostics about its value. */
function frontMatterLine(file: string, key: string): { line: number; column: number } {
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  return i >= 0 ? { line: i + 1, column: key.length + 3 } : { line: 1, column: 1 };
}

function linkProblem(href: string, deck: Deck, document: any, byId: Map<string, Slide>, root: string): string | undefined {
  // A web address or any other scheme is not a file beside the deck (url-policy.ts leaves unsafe ones out).
  if (isExternalUrl(href)) return undefined;
  if (safeDecodeURI(href) === undefined || (href.startsWith('#') && safeDecodeURIComponent(href.slice(1)) === undefined)) return `link "${href}" has an invalid %-escape: write "%25" for a literal "%"`;
  if (href.startsWith('#/')) {
    const target = decodeURIComponent(href.slice(2).split('/')[0] ?? '');
    if (target === '' || /^\d+$/.test(target) || byId.has(target)) return undefined;
    return `link "${href}" points to no slide (slide ids: ${[...byId.keys()].slice(0, 6).join(', ')}…)`;
  }
  if (href.startsWith('#')) {
    const id = decodeURIComponent(href.slice(1));
    return !id || document.getElementById(id) ? undefined : `link "${href}" points to nothing on the page (link a slide with its heading's id, e.g. #${[...byId.keys()][1] ?? 'slide-title'})`;
  }
  // "/Syllabus/x.html" is a page of the site the deck was published on: reported as site-link, left as written.
  if (isSitePath(href)) return undefined;
  const file = path.resolve(deck.dir, decodeURI(href.split(/[?#]/)[0]!));
  return fs.existsSync(file) ? undefined : `link "${href}" points to a file that does not exist (${relativePath(file, root)})`;
}
