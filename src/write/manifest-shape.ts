// Whether a manifest.json read back (a previous build's, a shard's) has the shape Lectern writes: its paths
// become links in the index pages, so each must be a plain relative path inside the output folder.
import type { Manifest } from './manifest.js';
import { isExternalUrl, isSafeUrl } from '../paths/url-policy.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A relative path with no "..", no leading slash, no control character and no ":" at all: the index pages link
 * a deck by the part after its class folder, so "default/javascript:…" must not pass either (slugs and class
 * names never hold a ":").
 */
export function isOutputPath(v: unknown): boolean {
  // eslint-disable-next-line no-control-regex
  return typeof v === 'string' && v !== '' && !isExternalUrl(v) && isSafeUrl(v) && !/^[/\\]|(^|[/\\])\.\.([/\\]|$)|[:\u0000-\u001f\u007f]/.test(v);
}

const optionalPath = (v: unknown) => v === undefined || isOutputPath(v);

function isDeckEntry(d: unknown): boolean {
  if (!isObject(d) || typeof d.slug !== 'string' || typeof d.title !== 'string' || !isOutputPath(d.html)) return false;
  if (!optionalPath(d.read) || !optionalPath(d.pdf) || !optionalPath(d.handout)) return false;
  return d.single === undefined || (isObject(d.single) && isOutputPath(d.single.path));
}

export function isManifest(value: unknown): value is Manifest {
  if (!isObject(value) || typeof value.generatedAt !== 'string' || !Array.isArray(value.classes)) return false;
  return value.classes.every((c) => isObject(c) && typeof c.id === 'string' && typeof c.name === 'string' && isOutputPath(c.index) && Array.isArray(c.decks) && c.decks.every(isDeckEntry));
}
