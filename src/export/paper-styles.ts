// Which of a deck's printed pages its handout copy changes. Handouts print the slides again with
// `html.handout-print` (and `paper-colours` for dark themes, which change every page). Lectern's own
// `handout-print` rules restyle section dividers only, so without paper colours all other pages are the slide
// PDF's own, and reprinting them cost a tenth of a second per deck. Any rule that might do more (a theme's or a
// deck's own) means every page is printed again.
import fs from 'node:fs';
import { decodeEntities } from '../outline/entities.js';
import { resolveInside, safeDecodeURI } from '../paths/inside.js';
import { isExternalUrl } from '../paths/url-policy.js';

const RE_COMMENT = /\/\*[\s\S]*?\*\//g;
const RE_PRELUDE = /([^{};]+)\{/g;
const RE_HANDOUT_CLASS = /handout-print/;

/** Whether every rule of a stylesheet that depends on `handout-print` is about section dividers. */
export function onlySectionsRestyled(css: string): boolean {
  // Most sheets (reveal.js's, KaTeX's, the fonts') never name it: no need to read their rules.
  if (!css.includes('handout-print') && !/@import\b/i.test(css)) return true;
  const text = css.replace(RE_COMMENT, '');
  // An imported sheet is not read here: it could hold anything.
  if (/@import\b/i.test(text)) return false;
  for (const [, prelude] of text.matchAll(RE_PRELUDE)) {
    for (const selector of prelude!.split(',')) if (RE_HANDOUT_CLASS.test(selector) && !selector.includes('kind-section')) return false;
  }
  return true;
}

const sheets = new Map<string, { stamp: string; only: boolean }>();
/** Lectern's own sheets are a few hundred KB; a larger "stylesheet" is read no further. */
const MAX_SHEET_BYTES = 5 * 1024 * 1024;

/** The sheet `rel` from `deckDir`, read only if it is a regular file inside `root` (a deck's raw `<link>` may name
 * /dev/zero or a file elsewhere). */
function sheetOnlySections(root: string, deckDir: string, rel: string): boolean {
  const found = resolveInside(root, deckDir, rel);
  if (!found.ok) return false;
  try {
    const stat = fs.statSync(found.file);
    if (stat.size > MAX_SHEET_BYTES) return false;
    const stamp = `${stat.size}:${stat.mtimeMs}`;
    const known = sheets.get(found.file);
    if (known?.stamp === stamp) return known.only;
    const only = onlySectionsRestyled(fs.readFileSync(found.file, 'utf8'));
    sheets.set(found.file, { stamp, only });
    return only;
  } catch {
    return false;
  }
}

/**
 * Whether `handout-print` (without paper colours) restyles only section dividers on this deck page: its `<style>`
 * blocks and the stylesheets it links (from `deckDir`, where the page is printed from, inside the output folder
 * `root`). Remote sheets never load while printing (export runs offline). Anything unreadable counts as "more".
 */
export function paperCopyChangesOnlySections(html: string, deckDir: string, root: string): boolean {
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) if (!onlySectionsRestyled(css!)) return false;
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?stylesheet\b/i.test(tag)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const url = decodeEntities(href?.[1] ?? href?.[2] ?? href?.[3] ?? '');
    if (!url || isExternalUrl(url)) continue;
    const rel = safeDecodeURI(url.split(/[?#]/)[0]!);
    if (rel === undefined || !sheetOnlySections(root, deckDir, rel)) return false;
  }
  return true;
}
