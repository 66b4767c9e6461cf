// Lectern's own markup inside a deck's Markdown (what the Marp dialect writes for image keywords, backgrounds,
// headers and footers), told apart from raw HTML an author wrote, so --no-html escapes only the latter.

// Exactly the shapes marp-images.ts and marp.ts write: attribute values escaped, styles of CSS words only
// (no quotes, no url(), no backslash), so markup of these shapes cannot load a file or run anything.
const VALUE = '[^"<>]*';
const STYLE = '[a-z0-9\\s:;.,%#()-]*';
const IMG = `<img(?: class="marp-bg")? src="${VALUE}" alt="${VALUE}" style="${STYLE}">`;
const RE_OWN = new RegExp(
  [
    `(?:${IMG})`,
    `<div class="marp-bgs(?: marp-bgs-(?:left|right)" style="width:${STYLE})?" aria-hidden="true">(?:${IMG})+</div>`,
    '<span class="marp-fit"></span>',
    '<header class="marp-header">',
    '<footer class="marp-footer">',
    '</header>',
    '</footer>',
  ].map((shape) => `(?:${shape})`).join('|'),
);
const RE_WHOLE = new RegExp(`^(?:${RE_OWN.source})$`);

/** Whether a piece of HTML the Markdown parser met is Lectern's own markup (and safe as such). */
export function isOwnMarkup(html: string): boolean {
  const text = html.trim();
  return RE_WHOLE.test(text) && !/url\(/i.test(text.replace(/src="[^"]*"/g, ''));
}
