// Typography at render time, as Pandoc and Quarto do by default: curly quotes, en dashes in number ranges, ellipses.
import { smartypantsu } from 'smartypants';

// SmartyPants options: q quotes, D "--" → en dash and "---" → em dash, e "..." → ellipsis.
const OPTIONS = 'qDe';
const RE_TAG = /(<[^>]*>)/;
const RE_SKIP = /^<(\/?)(pre|code|kbd|math|script|style|textarea)\b/i;
// 1953-1963, pp. 12-14, 14:00-16:00; not ISO dates (2027-02-09) or longer hyphenated numbers.
const RE_RANGE = /(?<![\d-])(\d+)-(\d+)(?![-\d])/g;

/** Curly quotes and dashes in the text of marked's HTML; code, math and tag attributes are left alone. */
export function smartenHtml(html: string): string {
  let skipping = 0;
  const parts = html.split(RE_TAG).map((part, i) => {
    if (i % 2 === 1) {
      const m = RE_SKIP.exec(part);
      if (m && !part.endsWith('/>')) skipping = Math.max(0, skipping + (m[1] ? -1 : 1));
      return part;
    }
    // marked writes quotes in text as entities; SmartyPants needs the characters (in text they need no escaping).
    return skipping ? part : part.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(RE_RANGE, '$1–$2');
  });
  return smartypantsu(parts.join(''), OPTIONS);
}

/** The same for plain text (titles from front matter), which the templates escape afterwards. */
export function smartenText(text: string): string {
  return smartypantsu(text.replace(RE_RANGE, '$1–$2').replace(/</g, '\u0000'), OPTIONS).replace(/\u0000/g, '<');
}
