// Which URLs a built page may carry, read as a browser reads them: the one answer for every link, image and frame.
import { decodeHTMLAttribute } from 'entities';

/** A link or frame is navigated to; an image is only drawn (so an image `data:` URL is harmless there). */
export type UrlUse = 'link' | 'image';

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const RE_SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Raster images only: an SVG document opened as a frame or a link runs its scripts.
const RE_IMAGE_DATA = /^data:image\/(png|jpe?g|gif|webp|avif|bmp|x-icon)[;,]/i;
const RE_SVG_DATA = /^data:image\/svg\+xml[;,]/i;

/**
 * The URL a browser takes from an attribute holding `raw`: character references decoded (`&#x61;`, `&colon;`),
 * tabs and line breaks dropped anywhere, C0 controls and spaces trimmed at both ends (the URL standard's parser).
 */
export function browserUrl(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return decodeHTMLAttribute(raw).replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The URL's scheme in lower case ("javascript"), or undefined for a relative URL, a site path or an anchor. */
export function urlScheme(raw: string): string | undefined {
  return RE_SCHEME.exec(browserUrl(raw))?.[1]!.toLowerCase();
}

/** A URL that names no file of the project: it has a scheme (https:, mailto:, data:) or names a host (`//cdn…`). */
export function isExternalUrl(raw: string): boolean {
  const url = browserUrl(raw);
  return RE_SCHEME.test(url) || /^[/\\]{2}/.test(url);
}

/** An http(s) address (or a protocol-relative one): a page or file on the web. */
export function isWebUrl(raw: string): boolean {
  const scheme = urlScheme(raw);
  return scheme === 'http' || scheme === 'https' || (scheme === undefined && /^[/\\]{2}/.test(browserUrl(raw)));
}

/**
 * Whether a page may carry this URL: http(s), mailto, tel, relative paths and `#` anchors pass (and `file:`, which
 * the project boundary refuses with an error); `javascript:`, `vbscript:` and every other scheme never do, nor a `data:` URL unless it is an image drawn as one.
 */
export function isSafeUrl(raw: string, use: UrlUse = 'link'): boolean {
  const url = browserUrl(raw);
  const scheme = RE_SCHEME.exec(url)?.[1]!.toLowerCase();
  if (scheme === undefined) return true;
  if (SAFE_SCHEMES.has(scheme)) return true;
  // A file on this computer is the project boundary's to refuse, with an error that stops the build (render/deck.ts,
  // check/deck-files.ts): dropping it here with a warning would build a deck that silently lost its image.
  if (scheme === 'file') return true;
  if (scheme === 'data') return RE_IMAGE_DATA.test(url) || (use === 'image' && RE_SVG_DATA.test(url));
  return false;
}

/** Why a URL is refused, in the lecturer's words (`"javascript:…" runs a script`); undefined when it is safe. */
export const ALLOWED_URLS = 'only http(s), mailto, relative and # links are allowed';

export function urlProblem(raw: string, use: UrlUse = 'link'): string | undefined {
  if (isSafeUrl(raw, use)) return undefined;
  const scheme = urlScheme(raw);
  const shown = raw.length > 60 ? `${raw.slice(0, 57)}…` : raw;
  const what = scheme === 'javascript' || scheme === 'vbscript' ? 'runs a script' : scheme === 'data' ? 'is a data: URL that is not an image' : `uses the ${scheme}: scheme`;
  return `"${shown}" ${what}`;
}
