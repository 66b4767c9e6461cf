// One slide's HTML, balanced on its own: reveal.js's markdown plugin sets each slide's innerHTML, so a stray
// `</div>` or an unclosed `<div>` in a deck stays inside its slide. Rendered into one page, the same HTML would
// close the slide (and `.slides`) early and take the following slides with it.
import { parseHTML } from 'linkedom';

const WRAPPER = 'lectern-slide-fragment';

export function balanceHtml(html: string): string {
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
