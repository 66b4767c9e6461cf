// The last word on a page's URLs: any attribute that a browser follows, loads or frames is held to url-policy.ts.
import { isSafeUrl, type UrlUse } from '../paths/url-policy.js';

type El = any;

export interface RefusedUrl {
  url: string;
  /** The attribute it was in, for messages ("href", "data-background-iframe"). */
  attribute: string;
  /** The id of the slide it was on: its line, when the URL is not written as such in the deck (an entity). */
  slide?: string;
}

// Attributes a browser (or reveal.js, for data-*) turns into a navigation, a frame or a fetch.
const LINKS = new Set(['href', 'xlink:href', 'action', 'formaction', 'cite', 'data-preview-link', 'data-background-iframe', 'data-src', 'src', 'data']);
const IMAGES = new Set(['poster', 'background', 'data-background-image', 'data-background-video', 'data-background']);
// An <img>/<source>/<video> src is drawn, never navigated: an image data: URL is fine there.
const DRAWN = new Set(['IMG', 'SOURCE', 'VIDEO', 'AUDIO', 'TRACK', 'INPUT', 'IMAGE']);

/** How a browser uses attribute `name` of a `tag` element (upper case): 'link', 'image', or not as a URL. */
export function urlUse(tag: string, name: string): UrlUse | undefined {
  if (IMAGES.has(name)) return 'image';
  if (name === 'src' || name === 'data-src') return DRAWN.has(tag) ? 'image' : 'link';
  return LINKS.has(name) ? 'link' : undefined;
}

/** Whether an attribute's value is fine for its use (reveal.js reads data-background-video as a list). */
export function allowedValue(name: string, value: string, use: UrlUse): boolean {
  return (name === 'data-background-video' ? value.split(',') : [value]).every((url) => isSafeUrl(url, use));
}

/** Removes every unsafe URL attribute below `root` (a slide, the slides, a page) and says which it removed. */
export function refuseUnsafeUrls(root: El): RefusedUrl[] {
  const refused: RefusedUrl[] = [];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const { name, value } of [...el.attributes] as { name: string; value: string }[]) {
      const use = urlUse(el.tagName, name.toLowerCase());
      if (!use || allowedValue(name.toLowerCase(), value, use)) continue;
      el.removeAttribute(name);
      refused.push({ url: value, attribute: name, slide: el.closest?.('section[id]')?.getAttribute('id') ?? undefined });
    }
  }
  return refused;
}
