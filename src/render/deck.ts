// Deck model + look + class → the reveal.js page's HTML (pure: reads no files but the templates).
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { safeDecodeURI } from '../paths/inside.js';
import type { Look } from '../config/look.js';
import { allSlides, deckLines, locateIn, type Deck, type Slide } from '../model/deck.js';
import { escapeHtml } from '../outline/variables.js';
import { loadFont } from '../write/fonts.js';
import { processSlides } from './dom.js';
import { renderInline, renderMarkdown, type MarkdownOptions } from './markdown.js';
import type { Templates } from './templates.js';
import type { DeckTiming } from '../model/timing.js';

export interface ClassInfo {
  id: string;
  name: string;
  code: string | null;
  term: string | null;
  instructor: string | null;
  institution: string | null;
  audience: string[];
  vars: Record<string, unknown>;
}

export interface PageOptions {
  /** URL of dist/assets from the page. */
  assets: string;
  /** URL of the logo from the page, when the look has one. */
  logoUrl?: string;
  /** Lecture date for this class, if the class file gives one. */
  date?: string;
  /** false: raw HTML in the Markdown is escaped (--no-html, or html: false in the class file). */
  html?: boolean;
  /** Planned seconds per slide: written as data-timing for the speaker view's pacing clock. */
  timing?: DeckTiming;
}

export interface RenderedDeck {
  html: string;
  /** Local image paths the slides use, relative to the deck folder. */
  images: string[];
  links: string[];
  diagnostics: Diagnostic[];
}

const toSafe = (html: string) => ({ toHTML: () => html });

function slideView(slide: Slide, accent: string, seconds: ReadonlyMap<string, number>, md: MarkdownOptions): object {
  const a = slide.attributes;
  // Section dividers fill the whole viewport with the accent colour, on screen and in print.
  // data-state lets the slide number and controls switch to the accent's text colour while it shows.
  const section = slide.kind === 'section' && !a.section['data-background'] ? { 'data-background-color': accent, 'data-state': 'section-slide', ...a.section } : a.section;
  const sectionAttributes = Object.entries(section)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  const classes = [`kind-${slide.kind}`, `layout-${slide.layout}`, ...(slide.continued ? ['continued'] : []), ...a.classes].join(' ');
  return {
    id: slide.id,
    kind: slide.kind,
    layout: slide.layout,
    isTitle: slide.kind === 'title',
    isSection: slide.kind === 'section',
    isSource: slide.layout === 'source',
    classes,
    sectionAttributes: toSafe(sectionAttributes + (a.incremental !== undefined ? ` data-incremental="${a.incremental}"` : '') + (seconds.has(slide.id) ? ` data-timing="${seconds.get(slide.id)}"` : '')),
    heading: slide.heading !== undefined ? toSafe(renderInline(slide.heading, md)) : null,
    headingLevel: slide.kind === 'section' ? 1 : 2,
    body: slide.body ? toSafe(renderMarkdown(slide.body, md)) : null,
    notes: slide.notes ? toSafe(renderMarkdown(slide.notes, md)) : null,
    children: slide.children.map((c) => slideView(c, accent, seconds, md)),
  };
}

export function fontStylesheets(look: Look): string[] {
  return [...new Set([...Object.values(look.fonts), ...(look.theme.extraFonts ?? [])])].map((f) => `css/font-${f}.css`);
}

export function renderDeck(deck: Deck, look: Look, klass: ClassInfo, templates: Templates, options: PageOptions): RenderedDeck {
  const diagnostics: Diagnostic[] = [];
  const meta = deck.meta;
  const date = options.date ?? meta.date ?? null;
  const fonts = { heading: loadFont(look.fonts.heading).family, body: loadFont(look.fonts.body).family, code: loadFont(look.fonts.code).family };
  const custom = [
    `--slide-width:${look.width}px`,
    `--slide-height:${look.height}px`,
    `--font-heading:'${fonts.heading}'`,
    `--font-body:'${fonts.body}'`,
    `--font-code:'${fonts.code}'`,
    look.accent ? `--accent:${look.accent}` : '',
  ].filter(Boolean);
  const timings = new Map((options.timing?.slides ?? []).map((t) => [t.id, t.seconds]));
  const source = meta.source ? { title: null, author: null, publisher: null, url: null, published: null, ...meta.source } : null;
  const context = {
    lang: meta.lang,
    title: meta.title,
    assets: options.assets,
    stylesheets: [
      'reveal/reveal.css',
      ...fontStylesheets(look),
      'katex/katex.min.css',
      `highlight/${look.theme.highlight}.css`,
      'css/lectern.css',
      `themes/${look.theme.name}/theme.css`,
    ].map((s) => `${options.assets}/${s}`),
    inlineStyle: `:root{${custom.join(';')}}`,
    theme: look.theme.name,
    deck: {
      slug: deck.slug,
      title: meta.title,
      subtitle: meta.subtitle ?? null,
      author: meta.author ?? null,
      date,
      tags: meta.tags ?? [],
      source,
    },
    class: klass,
    logo: options.logoUrl ?? null,
    footer: look.footer ?? [klass.code, klass.name].filter(Boolean).join(' · '),
    slides: deck.slides.map((s) => slideView(s, look.accent ?? look.theme.colors.accent, timings, { html: options.html })),
    reveal: {
      width: look.width,
      height: look.height,
      margin: 0.04,
      hash: true,
      // Lectern's layouts place content from the top; a deck may still ask for reveal.js's centring.
      center: false,
      slideNumber: 'c/t',
      showSlideNumber: 'all',
      transition: 'slide',
      pdfSeparateFragments: false,
      // A slide that overflows is clipped to its page (and reported by lectern check), never split across pages.
      pdfMaxPagesPerSlide: 1,
      // Any value turns on the speaker view's pacing clock; each slide's data-timing gives its own time.
      ...(options.timing ? { defaultTiming: 60 } : {}),
      ...(meta.revealOptions ?? {}),
    },
  };
  const ids = new Set(allSlides(deck.slides).map((s) => s.id));
  const processed = processSlides(templates.layout('deck')(context), ids);

  const lines = deckLines(deck);
  const images: string[] = [];
  for (const src of processed.images) {
    if (/^(https?:)?\/\//i.test(src)) {
      const p = locateIn(lines, src);
      diagnostics.push(warning(deck.file, p.line, p.column, `image "${src}" is remote: it will not show when presenting offline (save it beside the deck)`, 'remote-image'));
    } else if (!/^data:/i.test(src)) {
      const decoded = safeDecodeURI(src.split(/[?#]/)[0]!);
      if (decoded !== undefined) images.push(decoded);
      else {
        const p = locateIn(lines, src);
        diagnostics.push(error(deck.file, p.line, p.column, `image "${src}" has an invalid %-escape: write "%25" for a literal "%"`, 'missing-image'));
      }
    }
  }
  return { html: processed.html, images, links: processed.links, diagnostics };
}

