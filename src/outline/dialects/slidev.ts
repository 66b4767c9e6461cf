// Slidev decks (slides.md): slides as Slidev's parser cuts them, its layouts, clicks and notes (each slide's
// last HTML comment), its headmatter read for title and theme; Vue components shown as their text.
import fs from 'node:fs';
import path from 'node:path';
import { warning, type Diagnostic } from '../../diagnostics.js';
import type { FrontMatter } from '../../config/schema.js';
import { emptyAttributes } from '../attributes.js';
import type { SourceLine } from '../source.js';
import type { DeckText, Dialect, DialectSlide } from './dialect.js';
import { foreignTheme } from './foreign-theme.js';
import { headingOf } from './outline.js';
import { scopeStyles } from './marp.js';
import { slidevLayout } from './slidev-layouts.js';
import { backgroundLines, imageKeywords } from './image-layout.js';
import { loadSlidev, sliceSlidev } from './slidev-split.js';
import { slidevVue } from './slidev-vue.js';

/**
 * Headmatter keys only Slidev has (and its `fonts: { sans, serif, mono }`, not Lectern's heading/body/code): one of
 * them, or a slide's own `layout:`/`src:`, marks a Slidev deck.
 */
const SLIDEV_KEYS = /^(layout|highlighter|drawings|mdc|colorSchema|info|themeConfig|lineNumbers|canvasWidth|aspectRatio|routerMode|monaco|download|exportFilename|addons|hideInToc|src|defaults|seoMeta|overviewSnapshots|selectable|record|presenter|contextMenu|wakeLock|remoteAssets|favicon|background)[ \t]*:|^fonts[ \t]*:[ \t]*\n[ \t]+(sans|serif|mono|provider)[ \t]*:/m;
const RE_SLIDE_MATTER = /\n---[ \t]*\n(?:[\w-]+[ \t]*:.*\n)*?(layout|src)[ \t]*:/;
/** A note is the last comment, when it ends the slide's content (Slidev's parseSlide). */
function lastComment(text: string): RegExpMatchArray | undefined {
  const last = [...text.matchAll(/<!--([\s\S]*?)-->/g)].pop();
  return last && last.index! + last[0].length >= text.trimEnd().length ? last : undefined;
}

export function looksLikeSlidev(text: string): boolean {
  const head = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  if (head && /^marp[ \t]*:[ \t]*true/m.test(head[1]!)) return false;
  return Boolean(head && SLIDEV_KEYS.test(head[1]!)) || RE_SLIDE_MATTER.test(text.replace(/\r\n?/g, '\n'));
}

/** Slidev serves `/name.png` from the deck's public/ folder: such a path becomes the relative public/name.png. */
function publicPath(dir: string): (p: string) => string {
  return (p) => (/^\/[^/]/.test(p) && fs.existsSync(path.join(dir, 'public', p)) ? `public${p}` : p);
}

function notesOf(lines: SourceLine[]): { body: SourceLine[]; note?: SourceLine[] } {
  const text = lines.map((l) => l.text).join('\n');
  const m = lastComment(text);
  if (!m) return { body: lines };
  const startLine = text.slice(0, m.index!).split('\n').length - 1;
  const firstCommentLine = lines[startLine]!;
  const before = text.slice(0, m.index!).split('\n').pop()!;
  const body = lines.slice(0, startLine);
  if (before.trim()) body.push({ text: before, line: firstCommentLine.line });
  return { body, note: lines.slice(startLine).map((l, i) => (i === 0 ? { ...l, text: l.text.slice(before.length) } : l)) };
}

/** Headmatter → Lectern's front matter: title, author, the theme mapped (Slidev's own themes are a warning). */
function frontMatterOf(head: Record<string, unknown>, firstTitle: string | undefined, file: string, diagnostics: Diagnostic[]): FrontMatter {
  const fm: FrontMatter = {};
  const title = head.title ?? firstTitle;
  if (typeof title === 'string' || typeof title === 'number') fm.title = String(title);
  if (typeof head.author === 'string') fm.author = head.author;
  const dark = head.colorSchema === 'dark';
  const theme = typeof head.theme === 'string' && head.theme !== 'default' ? head.theme : undefined;
  if (theme) return foreignTheme('Slidev', { ...fm, theme }, file, diagnostics, undefined, dark ? 'dark' : 'light').frontMatter;
  return dark ? { ...fm, theme: 'dark' } : fm;
}

export const slidevDialect: Dialect = {
  name: 'slidev',
  outlined: false,
  detect: (deck: DeckText) => deck.text !== undefined && looksLikeSlidev(deck.text),
  parse(deck: DeckText) {
    const diagnostics: Diagnostic[] = [];
    const dir = path.dirname(deck.file);
    const imports = new Set<string>();
    const loaded = loadSlidev(deck.text ?? '', deck.file, dir, diagnostics, imports);
    const resolve = publicPath(dir);
    const seen = { components: new Set<string>(), layouts: new Set<string>() };
    const slides: DialectSlide[] = [];
    for (const s of loaded) {
      const attributes = emptyAttributes();
      const { body, note } = notesOf(s.lines);
      const vue = slidevVue(body.map((l) => l.text));
      if (vue.clicksDepth !== undefined) attributes.incremental = vue.clicksDepth;
      for (const name of vue.components) {
        if (seen.components.has(name)) continue;
        seen.components.add(name);
        diagnostics.push(warning(deck.file, s.line, 1, `Vue component <${name}> cannot be rendered by Lectern: its text is shown without it`, 'slidev-component'));
      }
      // Marp's image keywords, at the start of an image's alt text, as in every dialect.
      const read = imageKeywords(body.map((l, i) => ({ ...l, text: vue.lines[i]! })), 'leading');
      const laid = slidevLayout(read.lines, s.frontMatter, attributes, resolve);
      laid.lines.unshift(...backgroundLines([...(laid.background ? [laid.background] : []), ...read.backgrounds], attributes, s.line));
      if (laid.unknownLayout && !seen.layouts.has(laid.unknownLayout)) {
        seen.layouts.add(laid.unknownLayout);
        diagnostics.push(warning(deck.file, s.line, 1, `Slidev layout "${laid.unknownLayout}" is the course's or its theme's own (a Vue file): its slides use the default layout`, 'slidev-component'));
      }
      // Every <style> in a Slidev slide is scoped to that slide: scoped here as Marp's <style scoped> is.
      const scope = `slidev-${slides.length + 1}`;
      const styled = scopeStyles(laid.lines.map((l) => l.text).join('\n').replace(/<style(\s+scoped)?\s*>/gi, '<style scoped>'), scope).split('\n');
      if (styled.some((t, i) => t !== laid.lines[i]!.text)) attributes.section['data-marp-scope'] = scope;
      const scoped = laid.lines.map((l, i) => ({ ...l, text: styled[i] ?? '' }));
      const lines = [...scoped, ...(note ? [{ text: '', line: note[0]!.line }, ...note] : [])];
      // Slidev titles a slide by its front matter's title (or name) before its first heading (outline, bookmarks).
      const heading = s.title ? { level: 1 as const, text: s.title, line: s.line } : headingOf(body);
      slides.push({ kind: 'slide', heading, lines, line: lines[0]?.line ?? s.line, children: [], attributes });
    }
    // The headmatter is the file's first slide's front matter, even when that slide imports others or is hidden.
    const head = sliceSlidev(deck.text ?? '', deck.file, [])[0]?.frontMatter ?? {};
    const frontMatter = frontMatterOf(head, slides[0]?.heading?.text, deck.file, diagnostics);
    return { slides, frontMatter, diagnostics, ...(imports.size && { imports: [...imports] }) };
  },
  notes(lines) {
    const { body, note } = notesOf([...lines]);
    const text = note?.map((l) => l.text).join('\n') ?? '';
    return { body, notes: lastComment(text)?.[1]?.trim() ?? '' };
  },
};
