// One deck as one self-contained HTML file (`--format single`): stylesheets, scripts, the font subsets and
// KaTeX fonts the deck uses, and its images all inlined, so it opens from an LMS, an email or a USB stick alone.
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { DeckJob } from '../render/render-job.js';
import type { AssetPlan } from './assets.js';
import type { Output } from './output.js';
import { loadFont } from '../config/fonts.js';
import { resolveInside, safeDecodeURI } from '../paths/inside.js';
import { logoName } from '../paths/logo-name.js';
import { isExternalUrl } from '../paths/url-policy.js';

export interface SingleFile {
  job: DeckJob;
  /** Path relative to dist/: `<class>/<deck>.html`, beside the deck's folder. */
  path: string;
  bytes: number;
}

const RE_STYLESHEET = /<link rel="stylesheet" href="([^"]+)">/g;
const RE_SCRIPT = /<script src="([^"]+)"><\/script>/g;
const RE_FONT_FACE = /@font-face\s*\{[^}]*\}/g;
const RE_CSS_URL = /url\((['"]?)([^'")]+)\1\)/g;
const RE_MEDIA_ATTRIBUTE = /\b(src|data-background-image|data-background|data-src)="([^"]+)"/g;
const RE_KATEX_RULE = /([^{}]+)\{[^{}]*font-family:\s*(KaTeX_[A-Za-z0-9]+)[^{}]*\}/g;

const MIME: Record<string, string> = {
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.webp': 'image/webp', '.avif': 'image/avif', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf',
};

function dataUrl(file: string, bytes: Buffer): string {
  return `data:${MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream'};base64,${bytes.toString('base64')}`;
}

/** Code points in unicode-range ("U+0000-00FF, U+0131, U+4??") → [from, to] pairs. */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').flatMap((part) => {
    const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
    if (!m) return [];
    const from = parseInt(m[1]!.replace(/\?/g, '0'), 16);
    const to = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/g, 'f'), 16);
    return [[from, to] as [number, number]];
  });
}

/** Whether a @font-face rule's subset covers any character the deck shows (no unicode-range: it covers all). */
function faceIsUsed(face: string, chars: ReadonlySet<number>, katexFamilies: ReadonlySet<string>, unused: ReadonlySet<string>): boolean {
  const family = /font-family:\s*['"]?([^;'"]+)/.exec(face)?.[1]?.trim() ?? '';
  if (family.startsWith('KaTeX_')) return katexFamilies.has(family);
  if (unused.has(family)) return false;
  const range = /unicode-range:\s*([^;}]+)/.exec(face)?.[1];
  if (!range) return true;
  const ranges = parseUnicodeRange(range);
  for (const c of chars) if (ranges.some(([a, b]) => c >= a && c <= b)) return true;
  return false;
}

/**
 * KaTeX families the rendered math needs: KaTeX_Main always; another family when all classes of one of the
 * selectors that set it (`.katex .mathbf`, `.katex .delimsizing.size1`) occur in the page.
 */
export function katexFamiliesUsed(css: string, classes: ReadonlySet<string>): Set<string> {
  const used = new Set(['KaTeX_Main']);
  for (const m of css.replace(/@font-face\s*\{[^}]*\}/g, '').matchAll(RE_KATEX_RULE)) {
    const needed = m[1]!.split(',').map((selector) => [...selector.matchAll(/\.([\w-]+)/g)].map((c) => c[1]!).filter((c) => c !== 'katex'));
    if (needed.some((list) => list.length > 0 && list.every((c) => classes.has(c)))) used.add(m[2]!);
  }
  return used;
}

/** The characters the deck's text shows, with printable ASCII always (slide numbers, controls' labels). */
function shownCharacters(text: string): Set<number> {
  const chars = new Set<number>();
  for (let c = 0x20; c < 0x7f; c++) chars.add(c);
  for (const ch of text) chars.add(ch.codePointAt(0)!);
  return chars;
}

export function singleFileHtml(job: DeckJob, assets: AssetPlan): string {
  const assetsUrl = '../../assets/';
  const readAsset = (rel: string): Buffer | undefined => {
    const generated = assets.generated.get(rel);
    if (generated !== undefined) return Buffer.from(generated);
    const from = assets.copies.get(rel);
    return from ? fs.readFileSync(from) : undefined;
  };
  const { document } = parseHTML(job.html);
  const classes = new Set([...document.querySelectorAll('[class]')].flatMap((el: any) => String(el.getAttribute('class')).split(/\s+/)));
  const usesMath = classes.has('katex');
  const katexCss = usesMath ? readAsset('katex/katex.min.css')?.toString('utf8') ?? '' : '';
  const katexFamilies = katexFamiliesUsed(katexCss, classes);
  const cssTexts: string[] = [];
  const stylesheets = [...job.html.matchAll(RE_STYLESHEET)].map((m) => m[1]!).filter((href) => href.startsWith(assetsUrl));
  for (const href of stylesheets) cssTexts.push(readAsset(href.slice(assetsUrl.length))?.toString('utf8') ?? '');
  // Pseudo-element text (bullets, dashes) is drawn in the deck's fonts too.
  const generatedText = cssTexts.join('\n').replace(RE_FONT_FACE, '').match(/content:\s*"[^"]*"/g)?.join('') ?? '';
  // The code font only sets <code>: a deck without code does not carry it (unless it is also the text font).
  const families = { heading: loadFont(job.look.fonts.heading, job.look.fontDirs).family, body: loadFont(job.look.fonts.body, job.look.fontDirs).family, code: loadFont(job.look.fonts.code, job.look.fontDirs).family };
  const unused = new Set(document.querySelector('code') || [families.heading, families.body].includes(families.code) ? [] : [families.code]);
  const chars = shownCharacters(`${document.body?.textContent ?? ''}${document.title}${generatedText}`);

  const inlineCss = (css: string, rel: string) =>
    css
      .replace(RE_FONT_FACE, (face) => (faceIsUsed(face, chars, katexFamilies, unused) ? face : ''))
      .replace(RE_CSS_URL, (whole, _q, url: string) => {
        if (url.startsWith('#') || isExternalUrl(url)) return whole;
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), url.split(/[?#]/)[0]!));
        const bytes = readAsset(target);
        return bytes ? `url(${dataUrl(target, bytes)})` : whole;
      });

  return job.html
    .replace(RE_STYLESHEET, (whole, href: string) => {
      if (!href.startsWith(assetsUrl)) return whole;
      const rel = href.slice(assetsUrl.length);
      if (rel.startsWith('katex/') && !usesMath) return '';
      const css = readAsset(rel)?.toString('utf8');
      return css === undefined ? whole : `<style>/* ${rel} */\n${inlineCss(css, rel).replace(/<\/style/gi, '<\\/style')}</style>`;
    })
    .replace(RE_SCRIPT, (whole, src: string) => {
      const js = src.startsWith(assetsUrl) ? readAsset(src.slice(assetsUrl.length))?.toString('utf8') : undefined;
      return js === undefined ? whole : `<script>/* ${src.slice(assetsUrl.length)} */\n${js.replace(/<\/script/gi, '<\\/script')}</script>`;
    })
    .replace(RE_MEDIA_ATTRIBUTE, (whole, name: string, value: string) => {
      const file = localFile(job, value);
      return file ? `${name}="${dataUrl(file, fs.readFileSync(file))}"` : whole;
    });
}

/** An image or logo beside the deck that the page refers to, as its real path inside the deck folder; else undefined. */
function localFile(job: DeckJob, value: string): string | undefined {
  if (value.startsWith('#') || isExternalUrl(value)) return undefined;
  const rel = safeDecodeURI(value.replace(/&amp;/g, '&').split(/[?#]/)[0]!);
  if (rel === undefined) return undefined;
  // The logo was checked where the look was resolved; images go through the same gate as their copies in dist/.
  if (job.look.logo && rel === logoName(job.look.logo)) return job.look.logo;
  if (job.look.logoAlt && rel === logoName(job.look.logoAlt, 'alt')) return job.look.logoAlt;
  if (!job.images.includes(rel)) return undefined;
  const found = resolveInside(job.deck.dir, job.deck.dir, rel);
  return found.ok ? found.file : undefined;
}

export function writeSingleFiles(output: Output, jobs: readonly DeckJob[], assets: AssetPlan): SingleFile[] {
  return jobs.map((job) => {
    const html = singleFileHtml(job, assets);
    const rel = `${job.dir}.html`;
    output.write(rel, html);
    return { job, path: rel, bytes: Buffer.byteLength(html) };
  });
}
