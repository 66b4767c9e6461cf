// Every file a slide loads, wherever reveal.js decks put it: <img>, <source>, <video>/<audio>, <object data>,
// <embed>, data-background-image/-video on sections and CSS url() in styles, and every other attribute that
// makes a browser load a file (srcset, iframes, srcdoc, SVG hrefs, table backgrounds). Local ones may be rewritten.

import { parseHTML } from 'linkedom';
import { decodeEntities } from '../outline/entities.js';
import { parseSrcset, rewriteSrcset } from './srcset.js';
type El = any;

/**
 * The attributes that load a file: [elements (lower-case names; undefined: any element), attribute, kind,
 * embedded]. `embedded`: a page, stylesheet or script, whose place is the web (a video player, a remote page), so a
 * remote one is no warning. data-background counts only when it looks like a file, not a colour.
 */
type FileAttribute = [elements: ReadonlySet<string> | undefined, attribute: string, kind: string, embedded?: true];
const on = (...names: string[]) => new Set(names);
const ATTRIBUTES: FileAttribute[] = [
  [on('img'), 'src', 'image'],
  [on('source'), 'src', 'media file'],
  [on('video'), 'src', 'media file'],
  [on('video'), 'poster', 'media file'],
  [on('audio'), 'src', 'media file'],
  [on('object'), 'data', 'embedded file'],
  [on('embed'), 'src', 'embedded file'],
  [on('section'), 'data-background-image', 'background image'],
  [on('section'), 'data-background-video', 'background video'],
  [on('section'), 'data-background', 'background image'],
  [on('img'), 'srcset', 'image'],
  [on('source'), 'srcset', 'media file'],
  // reveal.js's lazy loading: it copies data-src to src when the slide shows (every slide, when printing).
  [on('img', 'video', 'audio', 'source'), 'data-src', 'media file'],
  [on('input'), 'src', 'image'],
  [on('track'), 'src', 'media file'],
  [undefined, 'background', 'background image'],
  [on('image', 'feimage', 'use'), 'href', 'image'],
  [undefined, 'xlink:href', 'image'],
  [on('iframe', 'frame'), 'src', 'embedded page', true],
  [on('iframe'), 'data-src', 'embedded page', true],
  [on('section'), 'data-background-iframe', 'background page', true],
  [on('link'), 'href', 'linked file', true],
  [on('script'), 'src', 'script', true],
];
const RE_FILE_LIKE = /\.(png|jpe?g|gif|svg|webp|avif|bmp|mp4|webm|ogg|ogv|mov)([?#].*)?$/i;
const RE_CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/gi;
const RE_CSS_IMPORT = /@import\s+(['"])([^'"]+)\1/gi;

export interface AssetRef {
  url: string;
  /** What refers to it, for messages: "image", "background image", "style url()". */
  kind: string;
  /** A page, stylesheet or script the slide embeds: a remote one is where it belongs, no warning. */
  embedded?: boolean;
}

/**
 * Collects the files `root`'s slides load; `rewrite` may return another URL for a reference. One walk over the
 * elements (a selector query per attribute walked the page 26 times); the references come grouped by attribute, in
 * the table's order, then frames' srcdoc, style elements and style attributes.
 */
export function assetRefs(root: El, rewrite: (url: string) => string = (u) => u): AssetRef[] {
  const byAttribute: AssetRef[][] = ATTRIBUTES.map(() => []);
  const frames: El[] = [];
  const styles: El[] = [];
  const styled: El[] = [];
  for (const el of root.querySelectorAll('*')) {
    const name: string = (el.localName ?? '').toLowerCase();
    const logo = name === 'img' && (el.classList?.contains('title-logo') || el.classList?.contains('footer-logo'));
    ATTRIBUTES.forEach(([elements, attribute, kind, embedded], i) => {
      if ((elements && !elements.has(name)) || !el.hasAttribute(attribute) || logo) return;
      fileAttribute(el, attribute, kind, embedded, rewrite, byAttribute[i]!);
    });
    if (name === 'iframe' && el.hasAttribute('srcdoc')) frames.push(el);
    if (name === 'style') styles.push(el);
    if (el.hasAttribute('style')) styled.push(el);
  }
  const refs = byAttribute.flat();
  // An iframe's srcdoc is a page of its own, whose relative URLs resolve against this one.
  for (const frame of frames) {
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${frame.getAttribute('srcdoc')}</body></html>`);
    refs.push(...assetRefs(document.documentElement, rewrite));
    frame.setAttribute('srcdoc', document.documentElement.outerHTML);
  }
  const css = (text: string) =>
    text
      .replace(RE_CSS_URL, (whole, quote: string, url: string) => {
        refs.push({ url: url.trim(), kind: 'style url()' });
        return `url(${quote}${rewrite(url.trim())}${quote})`;
      })
      .replace(RE_CSS_IMPORT, (whole, quote: string, url: string) => {
        refs.push({ url: url.trim(), kind: 'style @import', embedded: true });
        return `@import ${quote}${rewrite(url.trim())}${quote}`;
      });
  for (const style of styles) style.textContent = css(style.textContent ?? '');
  for (const el of styled) {
    const style: string = el.getAttribute('style');
    if (/url\(/i.test(style)) el.setAttribute('style', css(style));
  }
  return refs;
}

/** One attribute's files: noted in `refs`, and the attribute rewritten to where dist/ holds them. */
function fileAttribute(el: El, attribute: string, kind: string, embedded: true | undefined, rewrite: (url: string) => string, refs: AssetRef[]): void {
  const value: string = el.getAttribute(attribute) ?? '';
  if (attribute === 'data-background' && !RE_FILE_LIKE.test(value.trim())) return;
  if (attribute.endsWith('srcset')) {
    const candidates = parseSrcset(value);
    for (const { url } of candidates) refs.push({ url, kind });
    if (candidates.length) el.setAttribute(attribute, rewriteSrcset(candidates, rewrite));
    return;
  }
  // reveal.js takes a comma-separated list of sources for a background video.
  const urls = attribute === 'data-background-video' ? value.split(',') : [value];
  const kept = urls.map((u) => u.trim()).filter(Boolean);
  for (const url of kept) refs.push({ url, kind, ...(embedded ? { embedded } : {}) });
  const rewritten = kept.map(rewrite).join(',');
  // The alt-text check names an image as the deck wrote it, not as dist/ links it.
  if (attribute === 'src' && el.tagName === 'IMG' && rewritten !== kept.join(',')) el.setAttribute('data-written-src', value);
  if (kept.length) el.setAttribute(attribute, rewritten);
}

const RE_LOCAL_REF = /(<(?:img|a|source|video|audio)\b[^>]*?\s(?:src|href)=")([^"]*)(")/gi;

/**
 * Rendered Markdown (handout text, notes, the reading page) with each file URL replaced by where dist/ holds the
 * file, as on the slides (`../img/x.png` → `_project/img/x.png`); `rewrite` leaves other URLs as they are.
 */
export function rewriteLocalRefs(html: string, rewrite: ((url: string) => string) | undefined): string {
  if (!rewrite) return html;
  return html.replace(RE_LOCAL_REF, (_, before: string, url: string, after: string) => `${before}${rewrite(decodeEntities(url)).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}${after}`);
}
