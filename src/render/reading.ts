// Deck model → the students' reading page (read.html): every slide as a plain section in one scrolling page,
// with the students' Handout: text and never the speaker notes. Pure, like render/deck.ts.
import type { Look } from '../config/look.js';
import { allSlides, type Deck, type Slide } from '../model/deck.js';
import { fontStylesheets, type ClassInfo } from './deck.js';
import { rewriteLocalRefs } from './asset-refs.js';
import { renderInline, renderMarkdown, type MarkdownOptions } from './markdown.js';
import { balanceHtml } from './balance.js';
import type { Templates } from './templates.js';
import { deckTypesetter, typographyOn } from './typography.js';
import { formatDate, quotesFor, stringsFor } from '../i18n.js';

export interface ReadingOptions {
  /** false: raw HTML in the Markdown is shown as text (--no-html, html: false). */
  html?: boolean;
  /** URL of dist/assets from the page. */
  assets: string;
  date?: string;
  /** Planned speaking time, shown as "about 48 minutes of lecture". */
  minutes?: number;
  /** The URL under which dist/ holds a local file the text links or shows (as on the slides: `_project/…`). */
  rewrite?: (url: string) => string;
}

const RE_NOTES_ASIDE = /<aside class="notes">[\s\S]*?<\/aside>/g;
const RE_LEADING_HEADING = /^\s*<h([1-6])[^>]*>[\s\S]*?<\/h\1>\s*/;
const RE_SLIDE_LINK = /href="#\/([^"/]+)[^"]*"/g;

type Safe = { toHTML: () => string };
const toSafe = (html: string): Safe => ({ toHTML: () => html });

interface ReadingSection {
  id: string;
  kind: Slide['kind'];
  level: number;
  heading: Safe | string;
  body: Safe | null;
  handout: Safe | null;
  isSource: boolean;
}

/** Slide Markdown for reading: inline reveal-md notes dropped, slide links (#/id) pointing at the page's sections. */
function readingHtml(markdown: string, md: MarkdownOptions = {}, rewrite?: (url: string) => string): string {
  const html = renderMarkdown(markdown, md).replace(RE_NOTES_ASIDE, '').replace(RE_SLIDE_LINK, (_, id: string) => `href="#${id}"`);
  // The reading page sits beside the deck page: a file from elsewhere in the project is where the slides find it.
  // Balanced like the slides: a stray tag in one slide must not take the rest of the page with it.
  return balanceHtml(rewriteLocalRefs(html, rewrite));
}

/** Heading levels that never skip: h1 is the deck, sections h2, slides one below their section, sub-slides below that. */
function levels(deck: Deck): Map<Slide, number> {
  const out = new Map<Slide, number>();
  let inSection = false;
  for (const slide of deck.slides) {
    if (slide.kind === 'section') inSection = true;
    const level = slide.kind === 'title' ? 1 : slide.kind === 'section' ? 2 : inSection ? 3 : 2;
    out.set(slide, level);
    for (const child of allSlides(slide.children)) out.set(child, Math.min(level + 1, 6));
  }
  return out;
}

export function renderReading(deck: Deck, look: Look, klass: ClassInfo, families: { heading: string; body: string }, templates: Templates, options: ReadingOptions): string {
  const meta = deck.meta;
  const strings = stringsFor(meta.lang);
  // Typeset as the slides are: the language's quotes, dashes, the date in words.
  const md: MarkdownOptions = { html: options.html, smart: typographyOn(deck) && quotesFor(strings) };
  const typeset = deckTypesetter(deck);
  const level = levels(deck);
  const slides: ReadingSection[] = [];
  for (const s of allSlides(deck.slides)) {
    if (s.kind === 'title') continue;
    // Separator decks (reveal-md) write the heading in the body: the page's own heading replaces it.
    const body = s.body ? (s.heading === undefined ? readingHtml(s.body, md, options.rewrite).replace(RE_LEADING_HEADING, '') : readingHtml(s.body, md, options.rewrite)) : '';
    const handout = s.handout.trim() ? readingHtml(s.handout, md, options.rewrite) : '';
    const previous = slides[slides.length - 1];
    // A list split over "(cont.)" slides for the projector reads as one section.
    if (s.continued && s.continued.part > 1 && previous) {
      previous.body = toSafe(`${previous.body?.toHTML() ?? ''}<span id="${s.id}"></span>${body}`);
      if (handout) previous.handout = toSafe(`${previous.handout?.toHTML() ?? ''}${handout}`);
      continue;
    }
    slides.push({
      id: s.id,
      kind: s.kind,
      level: level.get(s) ?? 3,
      heading: s.heading !== undefined ? toSafe(renderInline(s.heading, md)) : typeset(s.title),
      body: body ? toSafe(body) : null,
      handout: handout ? toSafe(handout) : null,
      isSource: s.layout === 'source',
    });
  }
  const title = allSlides(deck.slides).find((s) => s.kind === 'title');
  const source = meta.source ? { title: null, author: null, publisher: null, url: null, published: null, ...meta.source } : null;
  const date = options.date ?? meta.date ?? null;
  return templates.layout('read')({
    lang: meta.lang,
    strings,
    title: typeset(meta.title),
    theme: look.theme.name,
    stylesheets: [...fontStylesheets(look), 'katex/katex.min.css', `highlight/${look.theme.highlight}.css`, 'css/lectern.css', 'css/fenced-divs.css', 'css/index.css', 'css/read.css', `themes/${look.theme.name}/theme.css`].map((s) => `${options.assets}/${s}`),
    inlineStyle: `:root{--font-heading:'${families.heading}';--font-body:'${families.body}'${look.accent ? `;--accent:${look.accent}` : ''}}`,
    class: klass,
    deck: { title: typeset(meta.title), subtitle: meta.subtitle ? typeset(meta.subtitle) : null, author: meta.author ?? null, date: date && formatDate(date, meta.lang), isoDate: date && /^\d{4}-\d{2}-\d{2}$/.test(date.trim()) ? date.trim() : null, source },
    intro: title?.body ? toSafe(readingHtml(title.body, md, options.rewrite)) : null,
    minutes: options.minutes ?? null,
    slides,
  });
}
