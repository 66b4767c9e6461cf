// Deck + look → the handout page's HTML: paper-sized sheets with empty slide boxes the exporter fills with vector slides.
import type { HandoutLayout, Look } from '../config/look.js';
import { allSlides, type Deck, type Slide } from '../model/deck.js';
import type { ClassInfo } from './deck.js';
import { fontStylesheets } from './deck.js';
import { renderMarkdown } from './markdown.js';
import { rewriteLocalRefs } from './asset-refs.js';
import { smartenText, typographyOn } from './typography.js';
import { balanceHtml } from './balance.js';
import type { Templates } from './templates.js';
import { loadFont } from '../config/fonts.js';
import { formatDate, quotesFor, stringsFor } from '../i18n.js';

export type { HandoutLayout };
export type Paper = 'A4' | 'Letter';

/**
 * Each layout defined once: slides per sheet, the text printed with each slide (the students' `Handout:` text or the
 * lecturer's speaker notes; ruled lines for writing follow it to the cell's end), and whether section dividers get
 * a cell. Every students' layout prints the `Handout:` text: the key dates, terms and exercises written for them.
 */
export const HANDOUT_LAYOUTS: Record<HandoutLayout, { perPage: number; text: 'handout' | 'notes'; sections: boolean }> = {
  '3-up': { perPage: 3, text: 'handout', sections: true },
  '6-up': { perPage: 6, text: 'handout', sections: true },
  // Notes pages, two slides a sheet like Beamer's and PowerPoint's. A page of notes for a section divider would be
  // a page of nothing.
  notes: { perPage: 2, text: 'handout', sections: false },
  'lecturer-notes': { perPage: 2, text: 'notes', sections: false },
};
export const PAPER_MM: Record<Paper, { width: number; height: number }> = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } };

export interface HandoutCell {
  index: number;
  number: number;
  id: string;
  title: string;
  kind: Slide['kind'];
  /** Rendered text printed with the slide (students' handout text or speaker notes), null where the slide has none. */
  text: string | null;
}

export interface HandoutPage {
  slides: HandoutCell[];
}

export function paginate(deck: Deck, layout: HandoutLayout, html = true, rewrite?: (url: string) => string): HandoutPage[] {
  const spec = HANDOUT_LAYOUTS[layout];
  const smart = typographyOn(deck) && quotesFor(stringsFor(deck.meta.lang));
  const textOf = (s: Slide) => (spec.text === 'handout' ? s.handout : s.notes);
  const cells = allSlides(deck.slides)
    .map((s, i): HandoutCell => ({ index: i, number: i + 1, id: s.id, title: s.title, kind: s.kind, text: textOf(s) ? balanceHtml(rewriteLocalRefs(renderMarkdown(textOf(s), { smart, html }), rewrite)) : null }))
    .filter((s) => spec.sections || s.kind !== 'section');
  const pages: HandoutPage[] = [];
  for (let i = 0; i < cells.length; i += spec.perPage) pages.push({ slides: cells.slice(i, i + spec.perPage) });
  return pages;
}

export function renderHandout(deck: Deck, look: Look, klass: ClassInfo, templates: Templates, options: { layout: HandoutLayout; paper: Paper; assets: string; date: string | null; html?: boolean; rewrite?: (url: string) => string }): string {
  const pages = paginate(deck, options.layout, options.html !== false, options.rewrite);
  const paper = PAPER_MM[options.paper];
  const strings = stringsFor(deck.meta.lang);
  const source = deck.meta.source;
  const citation = source
    ? [source.title && `${strings.openQuote}${source.title}${strings.closeQuote}`, source.author, source.publisher, source.published].filter(Boolean).join(', ')
    : null;
  return templates.layout('handout')({
    lang: deck.meta.lang,
    strings,
    title: `${deck.meta.title}: ${strings.handout}`,
    stylesheets: [...fontStylesheets(look), 'katex/katex.min.css', 'css/handout.css'].map((s) => `${options.assets}/${s}`),
    inlineStyle: `@page{size:${paper.width}mm ${paper.height}mm;margin:0}:root{--paper-width:${paper.width}mm;--paper-height:${paper.height}mm;--slide-ratio:${look.width}/${look.height};--font-body:'${loadFont(look.fonts.body, look.fontDirs).family}';--font-heading:'${loadFont(look.fonts.heading, look.fontDirs).family}'${look.accent ? `;--accent:${look.accent}` : ''}}`,
    layout: options.layout,
    layoutClass: `layout-${options.layout.replace('-up', 'up')}${HANDOUT_LAYOUTS[options.layout].perPage === 2 ? ' layout-notes' : ''}`,
    // Both halves of the header stay on one line each; the separators live in CSS so none ends a line.
    course: [klass.code, klass.name].filter(Boolean),
    term: klass.term,
    deckTitle: typographyOn(deck) ? smartenText(deck.meta.title, quotesFor(strings)) : deck.meta.title,
    date: options.date ? formatDate(options.date, deck.meta.lang) : null,
    citation,
    total: pages.length,
    pages: pages.map((p, i) => ({ ...p, number: i + 1, first: i === 0 })),
  });
}
