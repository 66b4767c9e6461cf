// A page per chunk of a large deck: the chunk's slides whole, every other slide reduced to its empty <section>
// tags. Chromium then parses and keeps a tenth of the deck per page instead of all of it, which set the peak
// memory of a 2000-slide export.

const SECTION_TAG = /<section\b[^>]*>|<\/section\s*>/gi;

/**
 * The deck page with only the top-level slides [from, to) kept whole. The others keep their tags (so ids and
 * slide numbers stay as in the whole deck), marked `data-lectern-skip` and emptied. Undefined when the page's
 * sections do not pair up (a theme's own layout, a script holding "<section"): the page then empties them itself.
 */
export function chunkPage(html: string, [from, to]: readonly [number, number]): string | undefined {
  const start = html.indexOf('<div class="slides">');
  if (start < 0) return undefined;
  let out = html.slice(0, start);
  let last = start;
  let depth = 0;
  let top = -1;
  let skipping = false;
  SECTION_TAG.lastIndex = start;
  for (let m = SECTION_TAG.exec(html); m; m = SECTION_TAG.exec(html)) {
    if (!skipping) out += html.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0][1] !== '/') {
      if (depth++ === 0) skipping = ++top < from || top >= to;
      out += skipping ? m[0].replace(/^<section/i, '<section data-lectern-skip') : m[0];
    } else {
      if (depth === 0) return undefined;
      out += m[0];
      if (--depth === 0) skipping = false;
    }
  }
  if (depth !== 0 || top < 0) return undefined;
  return out + html.slice(last);
}
