// Post-processing of rendered slide HTML in a DOM: reveal.js attribute comments, fragments, links, images.
import { parseHTML } from 'linkedom';
import { assetRefs, type AssetRef } from './asset-refs.js';
import { isWebUrl } from '../paths/url-policy.js';
import { refuseUnsafeUrls, type RefusedUrl } from './refuse-urls.js';
import { unwrapRawSections } from './raw-sections.js';

const RE_ELEMENT = /\.element\s*?(.+?)$/m;
const RE_SLIDE = /\.slide:\s*?(\S.+?)$/m;
const RE_PAIR = /([^"= ]+?)="([^"]+?)"|(data-[^"= ]+?)(?=[" ])/gm;
const COMMENT_NODE = 8;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

type El = any;

export interface ProcessedSlides {
  html: string;
  /** The page as a DOM, the same as `html`: the checks read it instead of parsing the page again. */
  document: El;
  /** Files the slides load (images, media, backgrounds, style urls), as written. */
  assets: AssetRef[];
  links: string[];
  /** URLs taken out of the slides because a page may not carry them (javascript:, a data: page, …). */
  refused: RefusedUrl[];
}

/**
 * Applies `<!-- .element: … -->` and `<!-- .slide: … -->` exactly as reveal.js's markdown plugin does
 * (to the previous element, or a list's last item, else the section), so reveal-md decks keep their attributes.
 */
function applyAttributeComments(section: El, element: El, previous: El | null): void {
  // One pass over a copy of the children: linkedom rebuilds childNodes on every read, and looking back for the
  // previous element from each child made a paragraph of 5,000 comments take minutes.
  const children: El[] = element.childNodes?.length ? [...element.childNodes] : [];
  let lastElement: El | null = null;
  for (const child of children) {
    let previousParent = lastElement ?? element;
    let parentSection = section;
    if (child.nodeName === 'SECTION') {
      parentSection = child;
      previousParent = child;
    }
    const isElement = typeof child.setAttribute === 'function';
    if (isElement || child.nodeType === COMMENT_NODE) applyAttributeComments(parentSection, child, previousParent);
    if (isElement && child.tagName !== 'BR') lastElement = child;
  }
  if (element.nodeType === COMMENT_NODE) {
    let target = previous;
    const blankBefore = /\n[ \t]*\n/.test(element.previousSibling?.nodeValue || '');
    if (target && (target.tagName === 'UL' || target.tagName === 'OL') && !blankBefore) target = target.lastElementChild || target;
    if (!applyComment(element, target, RE_ELEMENT)) applyComment(element, section, RE_SLIDE);
  }
}

function applyComment(comment: El, target: El | null, pattern: RegExp): boolean {
  const m = pattern.exec(comment.nodeValue ?? '');
  if (!m || !target) return false;
  comment.nodeValue = comment.nodeValue.replace(pattern, '');
  for (const pair of m[1]!.matchAll(RE_PAIR)) {
    if (pair[2] !== undefined) {
      // class="fragment" adds to existing classes, as authors expect when a slide already has a layout class.
      if (pair[1] === 'class' && target.getAttribute('class')) target.setAttribute('class', `${target.getAttribute('class')} ${pair[2]}`);
      else target.setAttribute(pair[1], pair[2]);
    } else target.setAttribute(pair[3], '');
  }
  return true;
}

function markFragments(section: El, depth: number): void {
  const lists = section.querySelectorAll('.slide-body ul, .slide-body ol');
  for (const list of lists) {
    let level = 0;
    for (let p = list; p && p !== section; p = p.parentElement) if (p.tagName === 'UL' || p.tagName === 'OL') level++;
    if (level > depth || list.closest('.nonincremental')) continue;
    for (const li of list.children) if (li.tagName === 'LI') li.classList.add('fragment');
  }
}

/** Quarto's `::: incremental` div: its lists' items (not their sub-items) appear one by one. */
function markIncrementalDivs(section: El): void {
  for (const list of section.querySelectorAll('.incremental ul, .incremental ol')) {
    const parent = list.parentElement?.closest('li, .incremental, .nonincremental');
    if (!parent?.classList.contains('incremental')) continue;
    for (const li of list.children) if (li.tagName === 'LI') li.classList.add('fragment');
  }
}

/**
 * `html` is the full deck page; slide ids are used to turn `#id` links into reveal.js's `#/id`;
 * `rewrite` gives the URL under which dist/ holds a file the slides load.
 */
export function processSlides(html: string, slideIds: ReadonlySet<string>, rewrite?: (url: string) => string): ProcessedSlides {
  const { document } = parseHTML(html);
  const slides = document.querySelector('.slides');
  let assets: AssetRef[] = [];
  const links: string[] = [];
  let refused: RefusedUrl[] = [];
  if (slides) {
    unwrapRawSections(slides);
    for (const section of slides.querySelectorAll('section')) {
      // A stack of vertical slides: its slides come on their own (no selector query: one per slide adds up).
      if (section.getElementsByTagName('section').length) continue;
      applyAttributeComments(section, section, null);
      markIncrementalDivs(section);
      const depth = section.getAttribute('data-incremental');
      if (depth !== null) {
        section.removeAttribute('data-incremental');
        const n = depth === 'Infinity' ? Infinity : Number(depth);
        if (n > 0) markFragments(section, n);
      }
    }
    refused = refuseUnsafeUrls(slides);
    // Logos come from the look, not the deck: they are copied and checked on their own (asset-refs skips them).
    assets = assetRefs(slides, rewrite);
    for (const a of slides.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (href.startsWith('#') && !href.startsWith('#/') && slideIds.has(safeDecode(href.slice(1)))) {
        a.setAttribute('href', `#/${href.slice(1)}`);
      } else if (isWebUrl(href)) {
        a.setAttribute('target', '_blank');
        a.setAttribute('rel', 'noopener');
      }
      links.push(a.getAttribute('href')!);
    }
  }
  return { html: serialise(document), document, assets, links, refused };
}

/**
 * linkedom writes <title> text raw, so an escaped `</title><script>` in a deck title would come back to life:
 * serialise with a placeholder and put the text back escaped.
 */
function serialise(document: El): string {
  const title = document.querySelector('title');
  const text: string | undefined = title?.textContent ?? undefined;
  const marker = `lectern-title-${Math.random().toString(36).slice(2)}`;
  if (title) title.textContent = marker;
  // An empty layout makes no <html>: nothing to write (render/deck.ts reports the layout).
  const html = '<!DOCTYPE html>\n' + (document.documentElement?.outerHTML ?? '');
  if (text === undefined) return html;
  title.textContent = text;
  return html.replace(marker, () => text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`));
}
