// Every file a slide loads, wherever reveal.js decks put it: <img>, <source>, <video>/<audio>, <object data>,
// <embed>, data-background-image/-video on sections and CSS url() in styles, and every other attribute that
// makes a browser load a file (srcset, iframes, srcdoc, SVG hrefs, table backgrounds). Local ones may be rewritten.

import { parseHTML } from 'linkedom';
import { decodeEntities } from '../outline/entities.js';
import { parseSrcset, rewriteSrcset } from './srcset.js';
type El = any;

/** Attributes that name a file the slide loads; data-background only when it looks like a file, not a colour. */
const ATTRIBUTES: [selector: string, attribute: string][] = [
  ['img[src]:not(.title-logo):not(.footer-logo)', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['object[data]', 'data'],
  ['embed[src]', 'src'],
  ['section[data-background-image]', 'data-background-image'],
  ['section[data-background-video]', 'data-background-video'],
  ['section[data-background]', 'data-background'],
];
/**
 * The other attributes that load a file: [selector, attribute, kind, embedded]. `embedded`: a page, stylesheet
 * or script, whose place is the web (a video player, a remote page), so a remote one is no warning.
 */
const MORE_ATTRIBUTES: [selector: string, attribute: string, kind: string, embedded?: true][] = [
  ['img[srcset]', 'srcset', 'image'],
  ['source[srcset]', 'srcset', 'media file'],
  // reveal.js's lazy loading: it copies data-src to src when the slide shows (every slide, when printing).
  ['img[data-src], video[data-src], audio[data-src], source[data-src]', 'data-src', 'media file'],
  ['input[src]', 'src', 'image'],
  ['track[src]', 'src', 'media file'],
  ['[background]', 'background', 'background image'],
  ['image[href], feImage[href], use[href]', 'href', 'image'],
  ['[xlink\\:href]', 'xlink:href', 'image'],
  ['iframe[src], frame[src]', 'src', 'embedded page', true],
  ['iframe[data-src]', 'data-src', 'embedded page', true],
  ['section[data-background-iframe]', 'data-background-iframe', 'background page', true],
  ['link[href]', 'href', 'linked file', true],
  ['script[src]', 'src', 'script', true],
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

function kindOf(selector: string): string {
  if (selector.startsWith('section')) return selector.includes('video') ? 'background video' : 'background image';
  if (selector.startsWith('object') || selector.startsWith('embed')) return 'embedded file';
  return selector.startsWith('img') ? 'image' : 'media file';
}

/** Collects the files `root`'s slides load; `rewrite` may return another URL for a reference. */
export function assetRefs(root: El, rewrite: (url: string) => string = (u) => u): AssetRef[] {
  const refs: AssetRef[] = [];
  for (const [selector, attribute] of ATTRIBUTES) {
    for (const el of root.querySelectorAll(selector)) {
      const value: string = el.getAttribute(attribute) ?? '';
      if (attribute === 'data-background' && !RE_FILE_LIKE.test(value.trim())) continue;
      // reveal.js takes a comma-separated list of sources for a background video.
      const urls = attribute === 'data-background-video' ? value.split(',') : [value];
      const kept = urls.map((u) => u.trim()).filter(Boolean);
      for (const url of kept) refs.push({ url, kind: kindOf(selector) });
      const rewritten = kept.map(rewrite).join(',');
      // The alt-text check names an image as the deck wrote it, not as dist/ links it.
      if (el.tagName === 'IMG' && rewritten !== kept.join(',')) el.setAttribute('data-written-src', value);
      if (kept.length) el.setAttribute(attribute, rewritten);
    }
  }
  for (const [selector, attribute, kind, embedded] of MORE_ATTRIBUTES) {
    for (const el of root.querySelectorAll(selector)) {
      if (el.classList?.contains('title-logo') || el.classList?.contains('footer-logo')) continue;
      const value: string = el.getAttribute(attribute) ?? '';
      const candidates = attribute.endsWith('srcset') ? parseSrcset(value) : [{ url: value.trim(), descriptor: '' }].filter((c) => c.url);
      for (const { url } of candidates) refs.push({ url, kind, ...(embedded ? { embedded } : {}) });
      if (candidates.length) el.setAttribute(attribute, rewriteSrcset(candidates, rewrite));
    }
  }
  // An iframe's srcdoc is a page of its own, whose relative URLs resolve against this one.
  for (const frame of root.querySelectorAll('iframe[srcdoc]')) {
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
  for (const style of root.querySelectorAll('style')) style.textContent = css(style.textContent ?? '');
  for (const el of root.querySelectorAll('[style]')) {
    const style: string = el.getAttribute('style');
    if (/url\(/i.test(style)) el.setAttribute('style', css(style));
  }
  return refs;
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
