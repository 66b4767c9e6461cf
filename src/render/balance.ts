// One slide's HTML, balanced on its own: reveal.js's markdown plugin sets each slide's innerHTML, so a stray
// `</div>` or an unclosed `<div>` in a deck stays inside its slide. Rendered into one page, the same HTML would
// close the slide (and `.slides`) early and take the following slides with it. An unclosed `<style>` (or another
// element whose content is raw text) is worse: it would swallow the rest of the page, reveal.js's scripts
// included, so the page never lays out; it is closed where its slide ends, as innerHTML would.
import { parseHTML } from 'linkedom';

const WRAPPER = 'lectern-slide-fragment';

export function balanceHtml(source: string): string {
  const html = closeRawText(source);
  // Most slides open and close their blocks in pairs: nothing to do.
  if (isBalanced(html)) return html;
  const { document } = parseHTML(`<!DOCTYPE html><html><body><${WRAPPER}>${html}</${WRAPPER}></body></html>`);
  const wrapper = document.querySelector(WRAPPER);
  return wrapper ? wrapper.innerHTML : html;
}

/** A quick count of opening and closing div/section tags, the ones that can close a slide. */
function isBalanced(html: string): boolean {
  for (const tag of ['div', 'section', 'aside']) {
    const open = (html.match(new RegExp(`<${tag}\\b`, 'gi')) ?? []).length;
    const close = (html.match(new RegExp(`</${tag}\\s*>`, 'gi')) ?? []).length;
    if (open !== close) return false;
  }
  return true;
}

/** Elements whose content is text up to their own end tag. */
const RE_RAW_TEXT_OPEN = /<(style|script|textarea|title|xmp|iframe|noembed|noframes|noscript)\b[^>]*>/gi;

/** Closes, at the end, a raw-text element the HTML leaves open; `<plaintext>`, which nothing closes, is shown as text. */
function closeRawText(html: string): string {
  const out = html.replace(/<plaintext\b/gi, '&lt;plaintext');
  RE_RAW_TEXT_OPEN.lastIndex = 0;
  for (let open = RE_RAW_TEXT_OPEN.exec(out); open; open = RE_RAW_TEXT_OPEN.exec(out)) {
    const close = new RegExp(`</${open[1]}\\s*>`, 'gi');
    close.lastIndex = RE_RAW_TEXT_OPEN.lastIndex;
    const end = close.exec(out);
    if (!end) return `${out}</${open[1]!.toLowerCase()}>`;
    RE_RAW_TEXT_OPEN.lastIndex = close.lastIndex;
  }
  return out;
}
