// Raw HTML in a slide body → blocks: Lectern's own image markup (Marp's image keywords) and plain <img> tags become
// images; anything else is named as dropped, with its text and images kept.
import { decodeHTML } from 'entities';
import { isOwnMarkup } from './own-markup.js';
import { isSafeUrl } from '../paths/url-policy.js';
import type { Block } from './block-types.js';

export const RE_TAG = /<[^<>]{0,2000}>/g;
const RE_IMG = /<img\b[^<>]{0,2000}>/g;
const RE_ATTR = (name: string) => new RegExp(`\\b${name}="([^"<>]{0,2000})"`);
export const RE_WIDTH = /\bwidth:\s*(\d{1,3}(?:\.\d+)?)%/;

/**
 * Raw HTML: Lectern's own image markup (Marp's image keywords) becomes images, and so do <img> tags, alone or in
 * plain wrappers (a <p>, <center>, <div>) with nothing else to show; anything else is dropped, its text and images
 * kept, and named (`source`: its first line, to find it in the deck).
 */
export function html(text: string): Block[] {
  if (isOwnMarkup(text)) return ownImages(text);
  if (/^\s*<!--[\s\S]*-->\s*$/.test(text) || /^\s*<\/?(?:header|footer|div|span|p|br)\b[^<>]{0,2000}>\s*$/i.test(text)) return [];
  const words = decodeHTML(text.replace(/<!--[\s\S]*?-->/g, ' ').replace(RE_TAG, ' ')).replace(/\s+/g, ' ').trim();
  const images = htmlImages(text);
  const tags = [...text.matchAll(/<\/?([a-z][a-z0-9-]{0,30})/gi)].map((m) => m[1]!.toLowerCase());
  if (images.length && !words && tags.every((t) => RE_PLAIN_WRAPPER.test(t))) return images;
  const tag = tags[0] ?? 'html';
  const what = tag === 'iframe' ? 'an iframe' : tag === 'video' || tag === 'audio' ? `a ${tag}` : 'raw HTML';
  return [{ kind: 'dropped', what, text: words, source: text.trim().split('\n')[0]!.slice(0, 60) }, ...images];
}

const RE_PLAIN_WRAPPER = /^(?:img|p|div|center|span|br|figure|picture|a)$/;

export function htmlImages(text: string): Block[] {
  return [...text.matchAll(RE_IMG)].flatMap((m) => {
    const src = decodeHTML(RE_ATTR('src').exec(m[0])?.[1] ?? '');
    return src && isSafeUrl(src, 'image') ? [{ kind: 'image' as const, src, alt: decodeHTML(RE_ATTR('alt').exec(m[0])?.[1] ?? '') }] : [];
  });
}

/** Images in Lectern's own markup; Marp's background keywords (`bg`, `bg right:40%`) say where they go. */
export function ownImages(text: string): Block[] {
  const side = /marp-bgs-(left|right)/.exec(text)?.[1] as 'left' | 'right' | undefined;
  const width = side ? Number(RE_WIDTH.exec(/<div\b[^<>]{0,2000}>/.exec(text)?.[0] ?? '')?.[1] ?? 50) : undefined;
  return [...text.matchAll(RE_IMG)].flatMap((m) => {
    const src = RE_ATTR('src').exec(m[0])?.[1];
    if (!src || !isSafeUrl(decodeHTML(src), 'image')) return [];
    const background = side ?? (/class="marp-bg"/.test(m[0]) ? ('full' as const) : undefined);
    return [{ kind: 'image' as const, src: decodeHTML(src), alt: decodeHTML(RE_ATTR('alt').exec(m[0])?.[1] ?? ''), ...(background ? { background } : {}), ...(width ? { widthPercent: width } : {}) }];
  });
}
