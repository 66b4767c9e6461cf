// Finishing touches on the package PptxGenJS writes: the deck's colours in its PowerPoint theme (text dark 1,
// background light 1, accent 1 and hyperlinks), one paragraph-properties element per paragraph, and content types
// only for parts that exist.
import type { PptxLibrary } from './pptx-library.js';

export interface ThemeColours {
  text: string;
  background: string;
  accent: string;
}

const THEME = 'ppt/theme/theme1.xml';
const TYPES = '[Content_Types].xml';
const RE_OVERRIDE = /<Override PartName="\/([^"]{1,300})"[^>]{0,300}\/>/g;
const RE_SLIDE = /^ppt\/(?:slides|notesSlides)\/[\w-]+\.xml$/;
const RE_PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g;
const RE_PPR = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

export async function finishPackage(pptx: Uint8Array, colours: ThemeColours, library: PptxLibrary): Promise<Uint8Array> {
  const zip = await library.JSZip.loadAsync(pptx);
  const theme = zip.file(THEME);
  if (theme) zip.file(THEME, themed(await theme.async('string'), colours));
  for (const name of Object.keys(zip.files).filter((n) => RE_SLIDE.test(n))) zip.file(name, oneParagraphProperties(await zip.file(name)!.async('string')));
  const types = zip.file(TYPES);
  if (types) zip.file(TYPES, withoutMissingParts(await types.async('string'), new Set(Object.keys(zip.files))));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * PptxGenJS lists a slide master for every slide in [Content_Types].xml, though it writes one per master defined:
 * a content type for a part that is not there, which a strict reader may refuse. They go.
 */
export function withoutMissingParts(xml: string, parts: ReadonlySet<string>): string {
  return xml.replace(RE_OVERRIDE, (override: string, name: string) => (parts.has(name) ? override : ''));
}

function themed(xml: string, colours: ThemeColours): string {
  const srgb = (c: string) => `<a:srgbClr val="${c.replace(/^#/, '').slice(0, 6).toUpperCase()}"/>`;
  const slots: Record<string, string> = { dk1: colours.text, lt1: colours.background, accent1: colours.accent, hlink: colours.accent };
  for (const [slot, colour] of Object.entries(slots)) xml = xml.replace(new RegExp(`<a:${slot}>[^]{0,200}?</a:${slot}>`), `<a:${slot}>${srgb(colour)}</a:${slot}>`);
  return xml.replace(/<a:clrScheme name="[^"]{0,100}"/, '<a:clrScheme name="Lectern"');
}

/**
 * PptxGenJS writes an <a:pPr> before every run of a paragraph, not once at its start: the schema allows one, and
 * readers take the last (LibreOffice dropped the bullet of every item with bold or code in it). The first holds the
 * paragraph's bullet and level: it stays, the others go.
 */
export function oneParagraphProperties(xml: string): string {
  return xml.replace(RE_PARAGRAPH, (whole: string, inner: string) => {
    let seen = false;
    const kept = inner.replace(RE_PPR, (ppr) => (seen ? '' : ((seen = true), ppr)));
    return kept === inner ? whole : `<a:p>${kept}</a:p>`;
  });
}
