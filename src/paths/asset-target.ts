// Where dist/ keeps a file a deck loads, and which URLs name such files at all.
import path from 'node:path';
import { safeDecodeURI } from './inside.js';
import { isExternalUrl } from './url-policy.js';

/** A URL of a file in the project: not a web address, a data: URL, an in-page anchor or a site path ("/x"). */
export function isLocalUrl(url: string): boolean {
  return url !== '' && !isExternalUrl(url) && !/^[#/]/.test(url);
}

/** A `file:` URL, as a browser reads it (tabs and line breaks inside dropped, leading spaces and controls trimmed). */
export function isFileUrl(url: string): boolean {
  return /^file:/i.test(url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''));
}

/** A root-relative URL ("/Syllabus/x.html"): a path on the web site the deck was published on, not a file. */
export function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** The file path a local URL names, %-escapes decoded; undefined when the escapes are malformed. */
export function urlPath(url: string): string | undefined {
  return safeDecodeURI(url.split(/[?#]/)[0]!);
}

/**
 * A file's path in the deck's output folder. Files beside or below the deck keep their relative path; files
 * elsewhere in the project (`../img/x.png`, a course's shared folder) go under `_project/` with their path from
 * the project root, so their layout is kept and nothing is written outside the deck's output folder.
 */
export function assetTarget(root: string, deckDir: string, rel: string): string {
  const fromDeck = path.relative(deckDir, path.resolve(deckDir, rel));
  const inDeck = !fromDeck.startsWith('..') && !path.isAbsolute(fromDeck);
  const target = inDeck ? fromDeck : path.join('_project', path.relative(root, path.resolve(deckDir, rel)));
  return target.split(path.sep).join('/');
}

/** The URL the page uses for a local URL once its file is copied to `assetTarget`. */
export function rewriteUrl(root: string, deckDir: string, url: string): string {
  const rel = urlPath(url);
  if (rel === undefined || !isLocalUrl(url)) return url;
  const target = assetTarget(root, deckDir, rel);
  if (target === path.posix.normalize(rel.split(path.sep).join('/'))) return url;
  return encodeURI(target) + url.slice(url.split(/[?#]/)[0]!.length);
}
