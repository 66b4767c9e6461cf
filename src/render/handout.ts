// Deck + look → the handout page's HTML: paper-sized sheets with empty slide boxes the exporter fills with vector slides.
import type { Look } from '../config/look.js';
import { allSlides, type Deck } from '../model/deck.js';
import type { ClassInfo } from './deck.js';
import { fontStylesheets } from './deck.js';
import { renderMarkdown } from './markdown.js';
import { balanceHtml } from './balance.js';
import type { Templates } from './templates.js';
import { loadFont } from '../write/fonts.js';

export type HandoutLayout = '3-up' | '6-up' | 'notes';
export type Paper = 'A4' | 'Letter';

const PER_PAGE: Record<HandoutLayout, number> = { '3-up': 3, '6-up': 6, notes: 1 };
export const PAPER_MM: Record<Paper, { width: number; height: number }> = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } };

export interface HandoutPage {
  slides: { index: number; number: number; id: string; title: string; kind: string; notes: string | null }[];
}

export function paginate(deck: Deck, layout: HandoutLayout): HandoutPage[] {
  const slides = allSlides(deck.slides)
    .map((s, i) => ({ index: i, number: i + 1, id: s.id, title: s.title, kind: s.kind, notes: s.notes ? balanceHtml(renderMarkdown(s.notes)) : null }))
    // A page of notes for a section divider would be a page of nothing: the notes layout skips them.
    .filter((s) => layout !== 'notes' || s.kind !== 'section');
  const pages: HandoutPage[] = [];
  for (let i = 0; i < slides.length; i += PER_PAGE[layout]) pages.push({ slides: slides.slice(i, i + PER_PAGE[layout]) });
  return pages;
}

export function renderHandout(deck: Deck, look: Look, klass: ClassInfo, templates: Templates, options: { layout: HandoutLayout; paper: Paper; assets: string; date: string | null }): string {
  const pages = paginate(deck, options.layout);
  const paper = PAPER_MM[options.paper];
  const source = deck.meta.source;
  const citation = source
    ? [source.title && `“${source.title}”`, source.author, source.publisher, source.published].filter(Boolean).join(', ')
    : null;
  const course = [klass.code, klass.name, klass.term].filter(Boolean).join(' · ');
  return templates.layout('handout')({
    lang: deck.meta.lang,
    title: `${deck.meta.title}: handout`,
    stylesheets: [...fontStylesheets(look), 'css/handout.css'].map((s) => `${options.assets}/${s}`),
    inlineStyle: `@page{size:${paper.width}mm ${paper.height}mm;margin:0}:root{--paper-width:${paper.width}mm;--paper-height:${paper.height}mm;--slide-ratio:${look.width}/${look.height};--font-body:'${loadFont(look.fonts.body).family}';--font-heading:'${loadFont(look.fonts.heading).family}'${look.accent ? `;--accent:${look.accent}` : ''}}`,
    layout: options.layout,
    layoutClass: `layout-${options.layout.replace('-', '')}`,
    course,
    deckTitle: deck.meta.title,
    date: options.date,
    citation,
    total: pages.length,
    pages: pages.map((p, i) => ({ ...p, number: i + 1, first: i === 0 })),
  });
}
