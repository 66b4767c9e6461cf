// Lectern's own markup inside a deck's Markdown (what the Marp dialect writes for image keywords, backgrounds,
// headers and footers), told apart from raw HTML an author wrote, so --no-html escapes only the latter.

// Exactly the shapes marp-images.ts and marp.ts write: attribute values escaped, styles of CSS words only
// (no quotes, no url(), no backslash), so markup of these shapes cannot load a file or run anything.
const VALUE = '[^"<>]*';
const STYLE = '[a-z0-9\\s:;.,%#()-]*';
const IMG = `<img(?: class="(?:marp-bg|absolute)")? src="${VALUE}" alt="${VALUE}"(?: title="${VALUE}")? style="${STYLE}">`;
const RE_OWN = new RegExp(
  [
    `(?:${IMG})`,
    `<div class="marp-bgs(?: marp-bgs-(?:left|right)" style="width:${STYLE})?" aria-hidden="true">(?:${IMG})+</div>`,
    '<span class="marp-fit"></span>',
    '<header class="marp-header">',
    '<footer class="marp-footer">',
    '</header>',
    '</footer>',
    // Fenced divs (outline/fenced-divs.ts): classes and ids of word characters, data-* values escaped.
    `<div(?: id="[\\w-]+")?(?: class="[\\w -]*")?(?: data-[\\w-]+="${VALUE}")*(?: style="[A-Za-z0-9\\s:;.,%#()!-]*")?>`,
    '</div>',
  ].map((shape) => `(?:${shape})`).join('|'),
);
const RE_WHOLE = new RegExp(`^(?:${RE_OWN.source})$`);

/** Whether a piece of HTML the Markdown parser met is Lectern's own markup (and safe as such). */
export function isOwnMarkup(html: string): boolean {
  const text = html.trim();
  return RE_WHOLE.test(text) && !/url\(/i.test(text.replace(/src="[^"]*"/g, ''));
}

const RE_OWN_IMAGE = new RegExp(`^<img src="${VALUE}" alt="${VALUE}"(?: title="(${VALUE})")? style="${STYLE}">$`);

/**
 * A block that is only a sized image (`![w:400](x.png "Caption")` alone on its line) → the image without its
 * title, and the title, already escaped, for the figure's caption; undefined for anything else.
 */
export function ownImageBlock(html: string): { img: string; caption?: string } | undefined {
  const text = html.trim();
  const m = RE_OWN_IMAGE.exec(text);
  if (!m || !isOwnMarkup(text)) return undefined;
  return { img: text.replace(/ title="[^"]*"/, ''), caption: m[1] || undefined };
}
