// Deck model + look + class → the reveal.js page's HTML (pure: reads no files but the templates).
import { printsInPaperColours } from '../config/paper-colours.js';
import { DeckError, error, warning, type Diagnostic } from '../diagnostics.js';
import type { Look } from '../config/look.js';
import type { ClassInfo } from '../config/classes.js';
import { allSlides, deckLines, locateIn, type Deck, type Slide } from '../model/deck.js';
import { escapeHtml } from '../escape-html.js';
import { formatDate, quotesFor, stringsFor, translate, type Strings } from '../i18n.js';
import { smartenText, titlePhrases, typographyOn, type Quotes } from './typography.js';
import { isDarkColour } from '../config/contrast.js';
import { webLinks } from './print-links.js';
import { dialectNamed } from '../outline/dialects/index.js';
import { loadFont } from '../config/fonts.js';
import { processSlides } from './dom.js';
import { formulaMarkers, restoreFormulas, type FormulaMarkers } from './formula-markers.js';
import { balanceHtml } from './balance.js';
import { isFileUrl, isLocalUrl, isSitePath, rewriteUrl, urlPath } from '../paths/asset-target.js';
import { renderInline, renderMarkdown } from './markdown.js';
import { refusedUrlWarnings } from './refused-warnings.js';
import type { RefusedUrl } from './refuse-urls.js';
import type { Templates } from './templates.js';
import type { DeckTiming } from '../model/timing.js';
import { isWebUrl } from '../paths/url-policy.js';

export type { ClassInfo } from '../config/classes.js';

export interface PageOptions {
  /** URL of dist/assets from the page. */
  assets: string;
  /** URL of the logo from the page, when the look has one. */
  logoUrl?: string;
  /** URL of the logo for backgrounds of the other tone, when the look has one. */
  logoAltUrl?: string;
  /** Lecture date for this class, if the class file gives one. */
  date?: string;
  /** false: raw HTML in the Markdown is escaped (--no-html, or html: false in the class file). */
  html?: boolean;
  /** Planned seconds per slide: written as data-timing for the speaker view's pacing clock. */
  timing?: DeckTiming;
  /** The project folder: files a deck loads from outside its own folder are copied (and linked) under _project/. */
  projectRoot?: string;
}

export interface RenderedDeck {
  html: string;
  /** Local files the slides load (images, media, backgrounds, style urls), relative to the deck folder. */
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
  /** false: raw HTML is escaped (--no-html). */
  html?: boolean;
  /** Single newlines are line breaks (Marp decks). */
  breaks: boolean;
  /** Collects link and image URLs the Markdown renderer left out (see paths/url-policy.ts). */
  refused: RefusedUrl[];
  /** The page's formulas, kept out of its DOM passes (formula-markers.ts). */
  formulas: FormulaMarkers;
}


function slideView(slide: Slide, view: ViewContext): object {
  const accent = view.accent;
  const refused: string[] = [];
  const md = { smart: view.smart, html: view.html, refused, formulas: view.formulas, breaks: view.breaks };
  const body = slide.body ? renderMarkdown(slide.body, md) : '';
  const heading = slide.heading !== undefined ? toSafe(balanceHtml(renderInline(slide.heading, md))) : null;
  const notes = slide.notes ? toSafe(balanceHtml(renderMarkdown(slide.notes, md))) : null;
  view.refused.push(...refused.map((url) => ({ url, attribute: 'href', slide: slide.id })));
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
    heading,
    headingLevel: slide.kind === 'section' ? 1 : 2,
    body: body ? toSafe(balanceHtml(body)) : null,
    notes,
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
  return renderDeckPage(deck, look, klass, templates, options).rendered;
}

/** renderDeck, with the page's DOM beside it (not part of the result: that is plain data, stored as JSON). */
export function renderDeckPage(deck: Deck, look: Look, klass: ClassInfo, templates: Templates, options: PageOptions): { rendered: RenderedDeck; document: Document } {
  const diagnostics: Diagnostic[] = [];
  const meta = deck.meta;
  const isoDate = options.date ?? meta.date ?? null;
  const strings = stringsFor(meta.lang);
  const smart = typographyOn(deck) && quotesFor(strings);
  const outlined = dialectNamed(deck.dialect).outlined;
  const numbers = new Map(outlined ? allSlides(deck.slides).map((s, i) => [s.id, i + 1] as const) : []);
  const typeset = (text: string | undefined) => (text === undefined ? null : smart ? smartenText(text, smart) : text);
  const sections = deck.slides.filter((s) => s.kind === 'section');
  const parts = new Map(sections.length > 1 ? sections.map((s, i) => [s.id, i + 1] as const) : []);
  // Script fonts follow the theme's: Latin letters keep the theme's face, other scripts fall back to Noto.
  const scripts = (look.scriptFonts ?? []).map((f) => `,'${loadFont(f, look.fontDirs).family}'`).join('');
  const family = (name: string) => `'${loadFont(name, look.fontDirs).family}'${scripts}`;
  const fonts = { heading: family(look.fonts.heading), body: family(look.fonts.body), code: family(look.fonts.code) };
  const custom = [
    `--slide-width:${look.width}px`,
    `--slide-height:${look.height}px`,
    `--font-heading:${fonts.heading}`,
    `--font-body:${fonts.body}`,
    `--font-code:${fonts.code}`,
    look.accent ? `--accent:${look.accent}` : '',
  ].filter(Boolean);
  const timings = new Map((options.timing?.slides ?? []).map((t) => [t.id, t.seconds]));
  const refused: RefusedUrl[] = [];
  const formulas = formulaMarkers();
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
      'css/dialects.css',
      'css/fenced-divs.css',
      // Only for printing a dark theme's slides on paper; before the theme, whose own paper colours win.
      ...(printsInPaperColours(look.theme) ? ['css/paper.css'] : []),
      `themes/${look.theme.name}/theme.css`,
      ...(look.revealTheme ? [`reveal/theme/${look.revealTheme}.css`] : []),
    ].map((s) => `${options.assets}/${s}`),
    inlineStyle: `:root{${custom.join(';')}}`,
    theme: look.theme.name,
    dialect: deck.dialect,
    deck: {
      slug: deck.slug,
      title: typeset(meta.title),
      titlePhrases: titlePhrases(typeset(meta.title) ?? ''),
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
    // Lectern's footer is for Lectern's decks: a foreign deck keeps its own look unless its class or project asks
    // for a footer text or a logo.
    showFooter: outlined || look.footer !== undefined || !!options.logoUrl,
    // A foreign deck's own footer (Quarto's `footer:`) is shown as its tool shows it: its text, no deck title.
    footerDeckTitle: outlined || meta.footer === undefined,
    total: numbers.size,
    strings,
    slides: deck.slides.map((s) => slideView(s, { accent: look.accent ?? look.theme.colors.accent, strings, parts, smart, numbers, sourceUrl: meta.source?.url, seconds: timings, html: options.html, refused, formulas, breaks: deck.dialect === 'marp' })),
    reveal: {
      width: look.width,
      height: look.height,
      margin: 0.04,
      hash: true,
      // Lectern's layouts place content from the top; a deck may still ask for reveal.js's centring.
      // reveal.js decks keep reveal.js's default, centred (dialects.css centres the slide's frame).
      center: deck.dialect === 'reveal',
      // Outlined decks write the number into each slide's footer (on its baseline, at its size) instead of
      // reveal.js's corner badge; reveal.js and Marp decks keep their tool's.
      ...(outlined ? { slideNumber: false } : { slideNumber: 'c/t', showSlideNumber: 'all' }),
      transition: 'slide',
      pdfSeparateFragments: false,
      // Any value turns on the speaker view's pacing clock; each slide's data-timing gives its own time.
      ...(options.timing ? { defaultTiming: 60 } : {}),
      // Marp numbers pages only where `paginate` is on (dialects.css shows the number on those slides).
      ...(deck.dialect === 'marp' && !allSlides(deck.slides).some((s) => s.attributes.classes.includes('marp-paginate')) ? { slideNumber: false } : {}),
      ...(meta.revealOptions ?? {}),
      // After the deck's own options: a slide that overflows is clipped to its page (and reported by lectern
      // check), never split across pages (a deck's pdfMaxPagesPerSlide: 100 printed 2 slides on 43 pages).
      pdfMaxPagesPerSlide: 1,
    },
  };
  const ids = new Set(allSlides(deck.slides).map((s) => s.id));
  const root = options.projectRoot ?? deck.dir;
  const processed = processSlides(templates.layout('deck')(context), ids, (url) => rewriteUrl(root, deck.dir, url));
  if (!processed.document.querySelector('.reveal > .slides')) {
    throw new DeckError([error(templates.layoutFile('deck'), 1, 1, 'the deck layout must hold <div class="reveal"><div class="slides">, with the slides inside ({{#each slides}}…{{/each}}): reveal.js shows and prints them from there')]);
  }

  const lines = deckLines(deck);
  const images: string[] = [];
  for (const { url, kind, embedded } of processed.assets) {
    const p = () => locateIn(lines, url);
    if (isFileUrl(url)) {
      diagnostics.push(error(deck.file, p().line, p().column, `${kind} "${url}" refers to a file outside the project (a file: URL names a file on this computer, which the deck's pages and PDFs never read): copy it into the project and write its path relative to the deck`));
    } else if (isWebUrl(url)) {
      if (embedded) continue;
      diagnostics.push(warning(deck.file, p().line, p().column, `${kind} "${url}" is remote: it will not show when presenting offline (save it beside the deck)`, 'remote-image'));
    } else if (isSitePath(url)) {
      diagnostics.push(warning(deck.file, p().line, p().column, `${kind} "${url}" is a path on a web site, not a file: left as it is (write it relative to the deck, e.g. ../img/x.png, to bundle the file)`, 'site-link'));
    } else if (isLocalUrl(url)) {
      const rel = urlPath(url);
      if (rel) images.push(rel);
      else if (rel === undefined) diagnostics.push(error(deck.file, p().line, p().column, `${kind} "${url}" has an invalid %-escape: write "%25" for a literal "%"`, 'missing-image'));
    }
  }
  // A <base> would move every URL of the page (reveal.js and the theme too) to wherever it points.
  if (processed.document.querySelector('.slides base')) {
    const p = locateIn(lines, '<base');
    diagnostics.push(error(deck.file, p.line, p.column, 'a <base> element in a slide would load every file of the page from where it points: remove it (write each URL relative to the deck instead)'));
  }
  diagnostics.push(...refusedUrlWarnings(deck, lines, [...refused, ...processed.refused]));
  for (const href of processed.links.filter(isSitePath)) {
    const p = locateIn(lines, href);
    diagnostics.push(warning(deck.file, p.line, p.column, `link "${href}" is a path on a web site, not a file: left as it is (it works only where the deck is served from that site)`, 'site-link'));
  }
  return { rendered: { html: restoreFormulas(processed.html, formulas), images, links: processed.links, diagnostics }, document: processed.document };
}

