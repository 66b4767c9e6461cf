// Deck model + look + class → the reveal.js page's HTML (pure: reads no files but the templates).
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { safeDecodeURI } from '../paths/inside.js';
import type { Look } from '../config/look.js';
import { allSlides, deckLines, locateIn, type Deck, type Slide } from '../model/deck.js';
import { escapeHtml } from '../outline/variables.js';
import { formatDate, quotesFor, stringsFor, translate, type Strings } from '../i18n.js';
import { smartenText, type Quotes } from './typography.js';
import { isDarkColour } from '../check/contrast.js';
import { webLinks } from './print-links.js';
import { loadFont } from '../write/fonts.js';
import { processSlides } from './dom.js';
import { renderInline, renderMarkdown } from './markdown.js';
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
  /** URL of the logo for backgrounds of the other tone, when the look has one. */
  logoAltUrl?: string;
  /** Lecture date for this class, if the class file gives one. */
  date?: string;
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

interface ViewContext {
  accent: string;
  strings: Strings;
  /** Section divider id → its place among the deck's sections, for "Part 2 of 4". */
  parts: Map<string, number>;
  /** The language's quotes when typography is on, false when the deck turns it off. */
  smart: Quotes | false;
  /** Slide id → its number as reveal.js counts (vertical sub-slides included), for the footer. */
  numbers: Map<string, number>;
  sourceUrl?: string;
  /** Slide id → planned seconds (data-timing for the speaker view). */
  seconds: ReadonlyMap<string, number>;
}


function slideView(slide: Slide, view: ViewContext): object {
  const accent = view.accent;
  const body = slide.body ? renderMarkdown(slide.body, view.smart) : '';
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
    sectionAttributes: toSafe(sectionAttributes + (a.incremental !== undefined ? ` data-incremental="${a.incremental}"` : '') + (view.seconds.has(slide.id) ? ` data-timing="${view.seconds.get(slide.id)}"` : '')),
    heading: slide.heading !== undefined ? toSafe(renderInline(slide.heading, view.smart)) : null,
    headingLevel: slide.kind === 'section' ? 1 : 2,
    body: body ? toSafe(body) : null,
    notes: slide.notes ? toSafe(renderMarkdown(slide.notes, view.smart)) : null,
    number: view.numbers.get(slide.id) ?? null,
    printLinks: webLinks(body, slide.layout === 'source' ? view.sourceUrl : undefined),
    part: view.parts.has(slide.id) ? translate(view.strings, 'part', { n: view.parts.get(slide.id)!, total: view.parts.size }) : null,
    children: slide.children.map((c) => slideView(c, view)),
  };
}

export function fontStylesheets(look: Look): string[] {
  return [...new Set([...Object.values(look.fonts), ...(look.theme.extraFonts ?? [])])].map((f) => `css/font-${f}.css`);
}

export function renderDeck(deck: Deck, look: Look, klass: ClassInfo, templates: Templates, options: PageOptions): RenderedDeck {
  const diagnostics: Diagnostic[] = [];
  const meta = deck.meta;
  const isoDate = options.date ?? meta.date ?? null;
  const strings = stringsFor(meta.lang);
  const smart = meta.typography !== false && quotesFor(strings);
  const numbers = new Map(allSlides(deck.slides).map((s, i) => [s.id, i + 1] as const));
  const typeset = (text: string | undefined) => (text === undefined ? null : smart ? smartenText(text, smart) : text);
  const sections = deck.slides.filter((s) => s.kind === 'section');
  const parts = new Map(sections.length > 1 ? sections.map((s, i) => [s.id, i + 1] as const) : []);
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
    title: typeset(meta.title),
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
      title: typeset(meta.title),
      subtitle: typeset(meta.subtitle),
      author: meta.author ?? null,
      date: isoDate ? formatDate(isoDate, meta.lang) : null,
      isoDate: isoDate && /^\d{4}-\d{2}-\d{2}$/.test(isoDate.trim()) ? isoDate.trim() : null,
      tags: meta.tags ?? [],
      source,
    },
    class: klass,
    logo: options.logoUrl ?? null,
    logoAlt: options.logoAltUrl ?? null,
    // Section slides on an accent of the other tone show the other logo (or, with only one, an inverted one).
    logoFlip: [isDarkColour(look.theme.colors.background) ? 'logo-theme-dark' : 'logo-theme-light', isDarkColour(look.accent ?? look.theme.colors.accent) !== isDarkColour(look.theme.colors.background) ? 'logo-flip-section' : ''].filter(Boolean).join(' '),
    footer: look.footer ?? [klass.code, klass.name].filter(Boolean).join(' · '),
    total: numbers.size,
    strings,
    slides: deck.slides.map((s) => slideView(s, { accent: look.accent ?? look.theme.colors.accent, strings, parts, smart, numbers, sourceUrl: meta.source?.url, seconds: timings })),
    reveal: {
      width: look.width,
      height: look.height,
      margin: 0.04,
      hash: true,
      // Lectern's layouts place content from the top; a deck may still ask for reveal.js's centring.
      center: false,
      // The number is written into each slide's footer (on its baseline, at its size) instead of reveal.js's corner badge.
      slideNumber: false,
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

