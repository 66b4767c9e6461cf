// Slide Markdown → HTML: GitHub-flavoured Markdown, highlight.js code and KaTeX math, all rendered at build time.
import { Marked, type Token, type Tokens, type TokenizerThis } from 'marked';
import { markedHighlight } from 'marked-highlight';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { HLJSApi } from 'highlight.js';
import type katexApi from 'katex';
import { smartenHtml, type Quotes } from './typography.js';
import { escapeHtml } from '../escape-html.js';
import { katexDist } from './katex-files.js';
import { isSafeUrl } from '../paths/url-policy.js';
import { scrubHtmlUrls } from './scrub-html-urls.js';
import { isOwnMarkup, ownImageBlock } from './own-markup.js';
import { InputTooLarge, MAX_FORMULA_CHARS } from '../outline/input-limits.js';
import { markFormula, type FormulaMarkers } from './formula-markers.js';

const RE_INLINE_MATH = /^\$(?!\s)((?:\\.|[^$\\\n])+?)(?<!\s)\$(?!\d)/;
const RE_BLOCK_MATH = /^\$\$\n?([\s\S]+?)\n?\$\$(?:\n|$)/;
// `$$…$$` inside a paragraph is display math in KaTeX's auto-render, reveal.js's math plugin and Marp.
const RE_INLINE_DISPLAY_MATH = /^\$\$((?:\\.|[^$\\])+?)\$\$/;

/** Characters of one code block that highlight.js colours (about 5,000 lines). */
const MAX_HIGHLIGHTED_CHARS = 200_000;

// highlight.js and KaTeX take 80 ms to load between them: only a deck with code or math loads them (synchronously,
// as rendering is synchronous; both ship CommonJS builds).
const require = createRequire(import.meta.url);
let hljsApi: HLJSApi | undefined;
let katexLoaded: typeof katexApi | undefined;
const hljs = () => (hljsApi ??= require('highlight.js') as HLJSApi);
const katex = () => (katexLoaded ??= require(path.join(katexDist(), 'katex.js')) as typeof katexApi);

function renderMath(tex: string, displayMode: boolean): string {
  if (tex.length > MAX_FORMULA_CHARS) {
    throw new InputTooLarge(`a formula starting "${tex.slice(0, 30).replace(/\s+/g, ' ')}…" is ${tex.length.toLocaleString('en')} characters long; Lectern renders formulas of up to ${MAX_FORMULA_CHARS.toLocaleString('en')} (split it into several)`);
  }
  return katex().renderToString(tex, { displayMode, throwOnError: false, output: 'htmlAndMathml', strict: false });
}

const RE_BLANK_LINE = /\n[ \t]*\n/;
const RE_BLOCK_MATH_START = /^\$\$/m;

/** The first `$$` line of the paragraph that starts here (marked's own paragraph rule says where it ends). */
function blockMathStart(this: TokenizerThis | undefined, src: string): number | undefined {
  const paragraph = this?.lexer?.options.tokenizer?.rules?.block?.paragraph?.exec(src);
  const blank = paragraph ? undefined : RE_BLANK_LINE.exec(src);
  const end = paragraph ? paragraph[0].length + 1 : (blank?.index ?? src.length);
  return RE_BLOCK_MATH_START.exec(src.slice(0, end))?.index;
}

/** How far the next `$` is looked for before asking where marked's text rule would stop. */
const DOLLAR_WINDOW = 1_000;

/**
 * The next `$`: first within a short window, then only as far as marked's own text rule would read from here (to
 * the next `*`, `` ` ``, `<`, …). Searching the whole rest of the paragraph for every run of text made 100,000
 * code spans quadratic; running the text rule every time made 300,000 `$a` openers so.
 */
function dollarStart(this: TokenizerThis | undefined, src: string): number | undefined {
  const near = src.slice(0, DOLLAR_WINDOW).indexOf('$');
  if (near >= 0) return near;
  if (src.length <= DOLLAR_WINDOW) return undefined;
  const text = this?.lexer?.options.tokenizer?.rules?.inline?.text?.exec(src);
  const end = text ? text[0].length + 1 : src.length;
  if (end <= DOLLAR_WINDOW) return undefined;
  const at = src.slice(0, end).indexOf('$');
  return at >= 0 ? at : undefined;
}

/** What marked binds `this` to in an extension's renderer: its parser, which carries the options. */
type ExtensionThis = { parser: { options: object } };

/** A formula's HTML, or the caller's marker for it when the caller keeps formulas apart (formula-markers.ts). */
function formula(extension: ExtensionThis, tex: string, displayMode: boolean): string {
  const html = renderMath(tex, displayMode);
  const markers = (extension.parser.options as { formulas?: FormulaMarkers }).formulas;
  return markers ? markFormula(markers, html) : html;
}

// KaTeX's own marked extension pins katex < 0.19 and marked < 19; two small tokenizers do the same job.
export const mathExtension = {
  extensions: [
    {
      name: 'blockMath',
      level: 'block' as const,
      // Marked asks again at every paragraph: searched only to the paragraph's end, not the rest of the slide,
      // which made 100,000 paragraphs quadratic.
      start: blockMathStart,
      tokenizer(src: string) {
        const m = RE_BLOCK_MATH.exec(src);
        return m ? { type: 'blockMath', raw: m[0], text: m[1]!.trim() } : undefined;
      },
      renderer(this: ExtensionThis, token: { text?: string }) {
        return `<div class="math-display">${formula(this, token.text ?? '', true)}</div>\n`;
      },
    },
    {
      name: 'inlineDisplayMath',
      level: 'inline' as const,
      // Any `$` may open `$$`: looking for `$$` itself scanned the whole paragraph for every `$a` in it.
      start: dollarStart,
      tokenizer(src: string) {
        const m = RE_INLINE_DISPLAY_MATH.exec(src);
        return m ? { type: 'inlineDisplayMath', raw: m[0], text: m[1]!.trim() } : undefined;
      },
      renderer(this: ExtensionThis, token: { text?: string }) {
        return `<span class="math-display">${formula(this, token.text ?? '', true)}</span>`;
      },
    },
    {
      name: 'inlineMath',
      level: 'inline' as const,
      start: dollarStart,
      tokenizer(src: string) {
        const m = RE_INLINE_MATH.exec(src);
        return m ? { type: 'inlineMath', raw: m[0], text: m[1]! } : undefined;
      },
      renderer(this: ExtensionThis, token: { text?: string }) {
        return formula(this, token.text ?? '', false);
      },
    },
  ],
};

// `{width=60%}` right after an image: Pandoc's attribute syntax, the one sizing authors can write without HTML.
const RE_SIZE = /^\{\s*width\s*=\s*(\d{1,3})%\s*\}\s*$/;

/**
 * A paragraph that is only an image (and perhaps its size) becomes a centred figure, fitted to the content box;
 * the image's title ("…" after the path) is its caption. Several images alone in a paragraph are a row of them.
 */
const figureExtension = {
  renderer: {
    paragraph(this: { parser: { parseInline(tokens: Token[]): string } }, token: Tokens.Paragraph): string | false {
      const parts = token.tokens.filter((t) => !(t.type === 'text' && !t.raw.trim()));
      // Images side by side (only images in the paragraph): one row that shares the width and the height left.
      if (parts.length > 1 && parts.every((t) => t.type === 'image' || (t.type === 'html' && ownImageBlock(t.raw)))) return `<figure class="slide-image row">${this.parser.parseInline(parts)}</figure>\n`;
      const [image, size, ...rest] = parts;
      if (image?.type !== 'image' || rest.length || (size && !(size.type === 'text' && RE_SIZE.test(size.raw)))) return false;
      const width = size ? Math.min(100, Number(RE_SIZE.exec(size.raw)![1])) : null;
      const img = this.parser.parseInline([{ ...image, title: null } as Token]);
      const caption = (image as Tokens.Image).title ? `<figcaption>${this.parser.parseInline([{ type: 'text', raw: (image as Tokens.Image).title!, text: (image as Tokens.Image).title! } as Token])}</figcaption>` : '';
      return `<figure class="slide-image${width ? ' sized' : ''}"${width ? ` style="--image-width:${width}%"` : ''}>${img}${caption}</figure>\n`;
    },
    // An image sized by keywords (`![w:400](x.png)`) reaches here as Lectern's own <img>: a figure all the same.
    html(token: Tokens.HTML | Tokens.Tag): string | false {
      const own = 'block' in token && token.block ? ownImageBlock(token.text) : undefined;
      return own ? `<figure class="slide-image">${own.img}${own.caption ? `<figcaption>${own.caption}</figcaption>` : ''}</figure>\n` : false;
    },
  },
};

type UrlRenderer = { options: object; parser: { parseInline(tokens: Token[]): string } };
/** The caller's list of refused URLs, passed through marked's options to the renderer. */
const refusedList = (renderer: UrlRenderer) => (renderer.options as { refused?: string[] }).refused;

/**
 * Links and images whose URL a page may not carry (javascript:, vbscript:, a data: page) lose it: a link keeps
 * its text, an image its alt text. The refused URLs go to the caller's `refused` list for its diagnostics.
 */
const urlPolicyExtension = {
  renderer: {
    link(this: UrlRenderer, token: Tokens.Link): string | false {
      if (isSafeUrl(token.href, 'link')) return false;
      refusedList(this)?.push(token.href);
      return `<span class="refused-link">${this.parser.parseInline(token.tokens)}</span>`;
    },
    image(this: UrlRenderer, token: Tokens.Image): string | false {
      if (isSafeUrl(token.href, 'image')) return false;
      refusedList(this)?.push(token.href);
      return escapeHtml(token.text);
    },
    html(this: UrlRenderer, token: Tokens.HTML | Tokens.Tag): string | false {
      const scrubbed = scrubHtmlUrls(token.text);
      if (!scrubbed.refused.length) return false;
      refusedList(this)?.push(...scrubbed.refused);
      return scrubbed.html;
    },
  },
};

const options = () => [
  markedHighlight({
    emptyLangClass: 'hljs',
    langPrefix: 'hljs language-',
    highlight(code, lang) {
      // A block past this is shown as plain text: colouring it wrote a span a word, and the page's DOM (not
      // highlight.js) made 2 MB of code take over a minute. Nobody reads such a block in colour on a slide.
      const language = code.length <= MAX_HIGHLIGHTED_CHARS && lang && hljs().getLanguage(lang) ? lang : 'plaintext';
      return hljs().highlight(code, { language }).value;
    },
  }),
  mathExtension,
  figureExtension,
  urlPolicyExtension,
  { gfm: true, breaks: false },
] as const;


const marked = new Marked(...options());
/**
 * `--no-html` (or `html: false` in a class file), for decks you did not write: raw HTML shows as text (Lectern's
 * own markup stays), and
 * comments (reveal-md's attribute comments too, which could set `on…` handlers) are dropped.
 */
const markedNoHtml = new Marked(...options(), {
  renderer: {
    html: ({ text, block }: { text: string; block?: boolean }) => {
      if (/^\s*<!--[\s\S]*-->\s*$/.test(text)) return '';
      // Lectern's own markup (Marp image keywords, headers, footers) is not the author's HTML: it stays.
      if (isOwnMarkup(text)) return false;
      // A block of HTML stays a block of its own, shown as a paragraph of text.
      return block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text);
    },
  },
});

export interface MarkdownOptions {
  /** Raw HTML passes through (the default, as reveal.js decks need it); false escapes it. */
  html?: boolean;
  /**
   * Curly quotes and dashes (the deck's `typography`, on unless the front matter says false), in the
   * language's quote style when given one.
   */
  smart?: boolean | Quotes;
  /** Collects the URLs of links and images left out because a page may not carry them (see url-policy.ts). */
  refused?: string[];
  /** Formulas come out as markers and their HTML goes here (the deck page, whose DOM passes need not see them). */
  formulas?: FormulaMarkers;
  /** A single newline is a line break, as Marp renders (its markdown-it runs with `breaks: true`). */
  breaks?: boolean;
}

const smarten = (html: string, smart: MarkdownOptions['smart']) => (smart ? smartenHtml(html, smart === true ? undefined : smart) : html);

export function renderMarkdown(markdown: string, options: MarkdownOptions = {}): string {
  return smarten((options.html === false ? markedNoHtml : marked).parse(markdown, { async: false, refused: options.refused, formulas: options.formulas, breaks: options.breaks === true } as object) as string, options.smart);
}

export function renderInline(markdown: string, options: MarkdownOptions = {}): string {
  return smarten((options.html === false ? markedNoHtml : marked).parseInline(markdown, { async: false, refused: options.refused, formulas: options.formulas, breaks: options.breaks === true } as object) as string, options.smart);
}
