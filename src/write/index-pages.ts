// The class index (lectures in order, with links) and the top index (all classes), styled by the class theme.
import type { Look } from '../config/look.js';
import type { ClassInfo } from '../render/deck.js';
import type { ManifestClass } from './manifest.js';
import { fontStylesheets } from '../render/deck.js';
import type { Templates } from '../render/templates.js';
import { formatDate, quotesFor, stringsFor } from '../i18n.js';
import { smartenText } from '../render/typography.js';
import { UNLISTED_CLASS } from '../config/classes.js';

function stylesheets(look: Look, assets: string): string[] {
  return [...fontStylesheets(look), 'css/lectern.css', 'css/index.css', `themes/${look.theme.name}/theme.css`].map((s) => `${assets}/${s}`);
}

function fontVars(look: Look, families: { heading: string; body: string }): string {
  return `:root{--font-heading:'${families.heading}';--font-body:'${families.body}'${look.accent ? `;--accent:${look.accent}` : ''}}`;
}

/** `lang`: the language of the class's lectures (its labels and dates follow it). */
export function renderClassIndex(klass: ClassInfo, entry: ManifestClass, look: Look, families: { heading: string; body: string }, templates: Templates, logoUrl?: string, lang = 'en'): string {
  // Lectern's own page is typeset like the slides: curly quotes in the language's style, en dashes in ranges.
  const quotes = quotesFor(stringsFor(lang));
  const decks = entry.decks.map((d, i) => ({
    number: i + 1,
    title: smartenText(d.title, quotes),
    date: d.date ? formatDate(d.date, lang) : null,
    isoDate: d.date && /^\d{4}-\d{2}-\d{2}$/.test(d.date) ? d.date : null,
    slides: d.slides,
    minutes: d.minutes ?? null,
    html: d.html.slice(entry.id.length + 1),
    read: d.read ? d.read.slice(entry.id.length + 1) : null,
    pdf: d.pdf ? d.pdf.slice(entry.id.length + 1) : null,
    handout: d.handout ? d.handout.slice(entry.id.length + 1) : null,
    source: d.source?.title ? smartenText(d.source.title, quotes) : null,
  }));
  return templates.layout('class-index')({
    lang,
    strings: stringsFor(lang),
    title: klass.name,
    class: klass,
    logo: logoUrl ?? null,
    theme: look.theme.name,
    stylesheets: stylesheets(look, '../assets'),
    inlineStyle: fontVars(look, families),
    decks,
  });
}

/** `lang`: the language every class's lectures share (English when they differ). */
export function renderTopIndex(classes: readonly { info: ClassInfo; entry: ManifestClass }[], look: Look, families: { heading: string; body: string }, templates: Templates, lang = 'en'): string {
  return templates.layout('index')({
    lang,
    strings: stringsFor(lang),
    theme: look.theme.name,
    stylesheets: stylesheets(look, 'assets'),
    inlineStyle: fontVars(look, families),
    classes: classes.filter(({ entry }) => entry.id !== UNLISTED_CLASS.id).map(({ info, entry }) => ({ ...info, href: entry.index, decks: entry.decks.length, slides: entry.decks.reduce((n, d) => n + d.slides, 0) })),
    // Decks no class lists (lectern serve shows them): linked one by one, so a new deck is one click away.
    unlisted: classes.find(({ entry }) => entry.id === UNLISTED_CLASS.id)?.entry.decks.map((d) => ({ title: d.title, href: d.html, slides: d.slides })) ?? [],
  });
}
