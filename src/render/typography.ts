// Typography at render time, as Pandoc and Quarto do by default: curly quotes, en dashes in number ranges, ellipses.
import { smartypantsu } from 'smartypants';
import type { Deck } from '../model/deck.js';
import { dialectNamed } from '../outline/dialects/index.js';

/** Opening and closing double quotes in a language's style: “…” (en), « … » (fr), „…“ (de). */
export type Quotes = readonly [string, string];

// SmartyPants options: q quotes, D "--" → en dash and "---" → em dash, e "..." → ellipsis.
const OPTIONS = 'qDe';
const ENGLISH: Quotes = ['“', '”'];
const RE_TAG = /(<[^>]*>)/;
const RE_SKIP = /^<(\/?)(pre|code|kbd|math|script|style|textarea)\b/i;
// 1953-1963, pp. 12-14, 14:00-16:00; not ISO dates (2027-02-09) or longer hyphenated numbers.
const RE_TAGS = /<[^>]*>/g;
const RE_SMARTYPANTS_WORK = /['"`\\]|--|\.\s?\.\s?\.|&#/;
const RE_RANGE = /(?<![\d-])(\d+)-(\d+)(?![-\d])/g;

/** Applies `fn` to the text of HTML outside tags, code and math. */
function mapText(html: string, fn: (text: string) => string): string {
  let skipping = 0;
  return html
    .split(RE_TAG)
    .map((part, i) => {
      if (i % 2 === 1) {
        const m = RE_SKIP.exec(part);
        if (m && !part.endsWith('/>')) skipping = Math.max(0, skipping + (m[1] ? -1 : 1));
        return part;
      }
      return skipping ? part : fn(part);
    })
    .join('');
}

const localQuotes = (quotes: Quotes) => (text: string) => text.replace(/“/g, quotes[0]).replace(/”/g, quotes[1]);

/**
 * Whether a deck is typeset: outlined decks by default; reveal.js and Marp decks render as their own tools do
 * (straight quotes) unless their front matter asks for `typography: true`.
 */
export function typographyOn(deck: Deck): boolean {
  return deck.meta.typography ?? dialectNamed(deck.dialect).outlined;
}

/** Curly quotes (in the language's style) and dashes in the text of marked's HTML; code, math and attributes left alone. */
export function smartenHtml(html: string, quotes: Quotes = ENGLISH): string {
  // marked writes quotes in text as entities; SmartyPants needs the characters (in text they need no escaping).
  const prepared = mapText(html, (t) => t.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(RE_RANGE, '$1–$2'));
  // SmartyPants builds a dozen regular expressions for every run of text, even one it leaves as it is (2 s of a
  // 20,000-row table): text with nothing it would change (quotes, backslash escapes, dashes, dots) skips it.
  const smart = RE_SMARTYPANTS_WORK.test(prepared.replace(RE_TAGS, '')) ? outsideStyles(prepared, (part) => smartypantsu(part, OPTIONS)) : prepared;
  return quotes === ENGLISH ? smart : mapText(smart, localQuotes(quotes));
}

/**
 * `fn` on the HTML outside `<style>` elements: SmartyPants leaves code and scripts alone but not a deck's CSS, whose
 * quotes (`url("x.png")`, `content: 'a'`) must stay straight. One scan with indexOf: linear however many there are.
 */
function outsideStyles(html: string, fn: (part: string) => string): string {
  const lower = html.toLowerCase();
  let out = '';
  let at = 0;
  for (let open = lower.indexOf('<style', at); open >= 0; open = lower.indexOf('<style', at)) {
    const close = lower.indexOf('</style', open);
    const end = close < 0 ? html.length : lower.indexOf('>', close) + 1 || html.length;
    out += fn(html.slice(at, open)) + html.slice(open, end);
    at = end;
  }
  return out + fn(html.slice(at));
}

/** The same for plain text (titles from front matter), which the templates escape afterwards. */
export function smartenText(text: string, quotes: Quotes = ENGLISH): string {
  const smart = smartypantsu(text.replace(RE_RANGE, '$1–$2').replace(/</g, '\u0000'), OPTIONS).replace(/\u0000/g, '<');
  return localQuotes(quotes)(smart);
}

const RE_PHRASE_BREAK = /^(.{3,34}?(?::| [—–]))\s+(\S.{0,33})$/s;

/**
 * A title cut after its first colon or spaced dash ("After Stalin:" / "Hopes and Missed Chances, 1953–56"): the
 * title slide keeps each phrase whole, so the title breaks between them rather than mid-phrase. Only phrases of at
 * most 34 characters, about a line of the title's size: a longer one would wrap inside itself anyway, and the
 * title is better balanced as a whole.
 */
export function titlePhrases(title: string): string[] {
  const m = RE_PHRASE_BREAK.exec(title);
  return m ? [m[1]!, m[2]!] : [title];
}
