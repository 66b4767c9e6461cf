// Pandoc's inline extras in a Quarto deck's lines → Markdown Lectern renders: `{{< shortcodes >}}` and inline
// `r …` expressions (a few shortcodes kept, the rest left out, one warning each), `{…}` attributes after images
// (width in % kept), links and spans, and an image alone in its paragraph captioned by its alt text (a figure).
import { warning, type Diagnostic } from '../../diagnostics.js';
import { FenceTracker } from '../fences.js';
import { pairValue, parseDivAttributes } from '../div-fence.js';
import type { SourceLine } from '../source.js';
import { positionStyle } from '../fenced-divs.js';
import { escapeHtml } from '../../escape-html.js';

// Each bounded by the next bracket or brace, so a line is read in linear time.
const RE_SHORTCODE = /\{\{<[ \t]*([\w-]+)([^>\n]*)>\}\}/g;
const RE_IMAGE_ATTRS = /(!\[([^\]\n]*)\]\(([^()\n]*)\))\{([^{}\n]*)\}/g;
const RE_LINK_ATTRS = /(?<!!)(\[[^\]\n]*\]\([^()\n]*\))\{[^{}\n]*\}/g;
const RE_SPAN = /\[([^\[\]\n]*)\]\{[^{}\n]*\}/g;
/** knitr's and Jupyter's inline expressions: `r nrow(x)`, `{python} len(x)`; Quarto shows their value. */
const RE_INLINE_CODE = /`(?:r|\{(?:r|python|julia)\})[ \t]+[^`\n]*`/g;
/** An image alone on its line, with no title: Pandoc makes it a figure captioned by its alt text. */
const RE_LONE_IMAGE = /^[ \t]*!\[([^\]\n]+)\]\(([^()\s]+)\)(\{[^{}\n]*\})?[ \t]*$/;
/** Shortcodes that draw an icon or a widget: left out without a word about each. */
const QUIET = new Set(['pagebreak', 'fa', 'bi', 'iconify', 'lipsum', 'placeholder']);

export interface InlineResult {
  lines: SourceLine[];
  diagnostics: Diagnostic[];
}

/** `meta` looks up `{{< meta key >}}` in the deck's settings (dotted keys reach into maps). */
export function quartoInline(lines: readonly SourceLine[], file: string, meta: (key: string) => string | undefined): InlineResult {
  const diagnostics: Diagnostic[] = [];
  const warned = new Set<string>();
  const fences = new FenceTracker();
  const warn = (key: string, line: number, column: number, message: string) => {
    if (warned.has(key)) return;
    warned.add(key);
    diagnostics.push(warning(file, line, column, message, 'quarto-code'));
  };
  const blank = (i: number) => i < 0 || i >= lines.length || !lines[i]!.text.trim();
  const out = lines.map((line, i) => {
    if (FenceTracker.isCode(fences.feed(line.text)) || !/[{`!]/.test(line.text)) return line;
    const lone = blank(i - 1) && blank(i + 1) ? RE_LONE_IMAGE.exec(line.text) : null;
    const text = (lone ? line.text.replace(`](${lone[2]})`, `](${lone[2]} "${lone[1]!.replace(/"/g, "'")}")`) : line.text)
      .replace(RE_INLINE_CODE, (whole: string, offset: number) => {
        warn('inline', line.line, offset + 1, `inline code ${whole.slice(0, 30)} is run by Quarto, not by Lectern: left out`);
        return '';
      })
      .replace(RE_SHORTCODE, (whole, name: string, args: string, offset: number) => {
        const arg = args.trim().replace(/^["']|["']$/g, '');
        if (name === 'meta' && meta(arg) !== undefined) return meta(arg)!;
        if (name === 'kbd') return `<kbd>${arg.replace(/[<>&"]/g, '')}</kbd>`;
        if (name === 'video' && /^https?:\/\/\S+$/.test(arg.split(/\s+/)[0] ?? '')) return `[${arg.split(/\s+/)[0]}](${arg.split(/\s+/)[0]})`;
        if (!QUIET.has(name)) warn(name, line.line, offset + 1, `Quarto shortcode {{< ${name} >}} is run by Quarto, not by Lectern: left out${name === 'include' ? ' (paste the included file into the deck)' : ''}`);
        return '';
      })
      .replace(RE_IMAGE_ATTRS, (whole, image: string, alt: string, target: string, attrs: string) => {
        const a = parseDivAttributes(attrs);
        const width = a && pairValue(a, 'width');
        const figAlt = a && pairValue(a, 'fig-alt');
        // Quarto's `.absolute` image sits where its attributes put it, over the slide's flow.
        if (a?.classes.includes('absolute') && /^[^\s"<>]+$/.test(target)) return `<img class="absolute" src="${escapeHtml(target)}" alt="${escapeHtml(alt || figAlt || '')}" style="${positionStyle(a.pairs).join(' ')}">`;
        const img = !alt.trim() && figAlt ? `![${figAlt.replace(/[\[\]]/g, '')}](${target})` : image;
        // Lectern sizes an image that is a figure (alone in its paragraph); elsewhere `{…}` would show as text.
        return lone && width && /^\d{1,3}(\.\d+)?%$/.test(width) ? `${img}{width=${Math.round(Number(width.slice(0, -1)))}%}` : img;
      })
      .replace(RE_LINK_ATTRS, '$1')
      .replace(RE_SPAN, '$1');
    return text === line.text ? line : { ...line, text };
  });
  return { lines: out, diagnostics };
}
