// A slide's body Markdown → plain blocks (paragraphs of styled runs, nested list items, tables, code, images, math)
// for writers that do not speak HTML, such as the PowerPoint writer; what has no such shape is named, not kept.
import { Marked, type Token, type Tokens } from 'marked';
import { decodeHTML } from 'entities';
import { mathExtension } from './markdown.js';
import { isOwnMarkup } from './own-markup.js';
import { colourCode } from './code-colours.js';
import { html, htmlImages, ownImages, RE_TAG, RE_WIDTH } from './html-blocks.js';
import type { Block, ListItem, Run } from './block-types.js';

export type { Block, ListItem, Run } from './block-types.js';
export { flatBlocks } from './block-types.js';
import { isSafeUrl } from '../paths/url-policy.js';


const RE_SIZE = /^\{\s*width\s*=\s*(\d{1,3})%\s*\}\s*$/;

const lexer = new Marked(mathExtension, { gfm: true });

const RE_DIV_OPEN = /^\s*<div\b([^<>]{0,2000})>\s*$/i;
const RE_DIV_CLOSE = /^\s*<\/div>\s*$/i;

/** The blocks of one slide body, in order; the divs fenced-divs.ts writes for columns become a columns block. */
export function slideBlocks(markdown: string): Block[] {
  const out: Block[] = [];
  // Open divs, innermost last: a columns div collects its column divs' blocks; other divs (callouts) pass through.
  const open: ({ kind: 'columns'; block: Extract<Block, { kind: 'columns' }> } | { kind: 'column' } | { kind: 'other' })[] = [];
  const target = (): Block[] => {
    const columns = [...open].reverse().find((d) => d.kind === 'columns');
    return columns && columns.kind === 'columns' ? (columns.block.columns.at(-1)?.blocks ?? out) : out;
  };
  for (const token of lexer.lexer(markdown)) {
    const tag = token.type === 'html' ? (token as Tokens.HTML).text : '';
    const opening = RE_DIV_OPEN.exec(tag);
    const classes = opening ? (/\bclass="([^"]{0,500})"/.exec(opening[1]!)?.[1] ?? '').split(/\s+/) : [];
    if (opening && classes.includes('columns')) {
      const block: Extract<Block, { kind: 'columns' }> = { kind: 'columns', columns: [] };
      target().push(block);
      open.push({ kind: 'columns', block });
    } else if (opening && classes.includes('column') && open.at(-1)?.kind === 'columns') {
      const width = RE_WIDTH.exec(opening[1]!)?.[1];
      (open.at(-1) as { block: Extract<Block, { kind: 'columns' }> }).block.columns.push({ widthPercent: width ? Number(width) : undefined, blocks: [] });
      open.push({ kind: 'column' });
    } else if (opening && !isOwnMarkup(tag)) open.push({ kind: 'other' });
    else if (RE_DIV_CLOSE.test(tag) && open.length) open.pop();
    else target().push(...toBlocks(token));
  }
  return out;
}

function toBlocks(token: Token): Block[] {
  switch (token.type) {
    case 'heading':
      return [{ kind: 'heading', level: (token as Tokens.Heading).depth, runs: inline((token as Tokens.Heading).tokens) }];
    case 'paragraph':
      return paragraph(token as Tokens.Paragraph);
    case 'list':
      return [{ kind: 'list', items: listItems(token as Tokens.List, 0) }];
    case 'table':
      return [table(token as Tokens.Table)];
    case 'code':
      return [{ kind: 'code', lang: (token as Tokens.Code).lang ?? '', lines: colourCode((token as Tokens.Code).text, (token as Tokens.Code).lang ?? '') }];
    case 'blockMath':
      return [{ kind: 'math', tex: (token as unknown as { text: string }).text }];
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.flatMap(toBlocks).map((b) => (b.kind === 'paragraph' ? { ...b, quote: true } : b));
    case 'html':
      return html((token as Tokens.HTML).text);
    case 'space':
    case 'hr':
    case 'def':
      return [];
    default:
      return 'text' in token && typeof token.text === 'string' && token.text.trim() ? [{ kind: 'paragraph', runs: [{ text: token.text }] }] : [];
  }
}

/** A paragraph that is only an image (and perhaps `{width=N%}`) is a figure, its title the caption, as on the slide. */
function paragraph(token: Tokens.Paragraph): Block[] {
  const parts = token.tokens.filter((t) => !(t.type === 'text' && !t.raw.trim()));
  const [image, size, ...rest] = parts;
  if (image?.type === 'image' && !rest.length && (!size || (size.type === 'text' && RE_SIZE.test(size.raw)))) {
    const img = image as Tokens.Image;
    if (!isSafeUrl(img.href, 'image')) return [{ kind: 'paragraph', runs: [{ text: img.text }] }];
    return [{ kind: 'image', src: img.href, alt: img.text, caption: img.title ?? undefined, widthPercent: size ? Math.min(100, Number(RE_SIZE.exec(size.raw)![1])) : undefined }];
  }
  // Images inside a line of text, or HTML tags, break the paragraph into its own blocks around them.
  const blocks: Block[] = [];
  let runs: Run[] = [];
  const flush = () => {
    if (runs.some((r) => r.text.trim())) blocks.push({ kind: 'paragraph', runs });
    runs = [];
  };
  for (const t of token.tokens) {
    if (t.type === 'image' && isSafeUrl((t as Tokens.Image).href, 'image')) {
      flush();
      blocks.push({ kind: 'image', src: (t as Tokens.Image).href, alt: (t as Tokens.Image).text });
    } else if (t.type === 'html' && /^<img\b/i.test(t.raw) && !isOwnMarkup(t.raw)) {
      flush();
      blocks.push(...htmlImages(t.raw));
    } else if (t.type === 'html' && (isOwnMarkup(t.raw) ? ownImages(t.raw).length : /^<(iframe|video|audio|object|embed|canvas|svg)\b/i.test(t.raw))) {
      flush();
      blocks.push(...html(t.raw));
    } else runs.push(...inline([t]));
  }
  flush();
  return blocks;
}

function listItems(list: Tokens.List, level: number): ListItem[] {
  const start = typeof list.start === 'number' ? list.start : 1;
  return list.items.flatMap((item, i) => {
    const own: Run[] = [];
    const nested: ListItem[] = [];
    for (const t of item.tokens) {
      if (t.type === 'list') nested.push(...listItems(t as Tokens.List, level + 1));
      else if (t.type === 'text' || t.type === 'paragraph') own.push(...(own.length ? [{ text: ' ' }] : []), ...inline((t as Tokens.Text).tokens ?? [t]));
      else own.push(...inline([t]));
    }
    if (item.task) own.unshift({ text: item.checked ? '☑ ' : '☐ ' });
    return [{ level, number: list.ordered ? start + i : undefined, runs: own }, ...nested];
  });
}

function table(token: Tokens.Table): Block {
  return {
    kind: 'table',
    header: token.header.map((c) => inline(c.tokens)),
    rows: token.rows.map((r) => r.map((c) => inline(c.tokens))),
    align: token.align,
  };
}

/** Inline tokens → runs, styles inherited from the tokens around them. */
function inline(tokens: readonly Token[] | undefined, style: Omit<Run, 'text'> = {}): Run[] {
  return (tokens ?? []).flatMap((t): Run[] => {
    switch (t.type) {
      case 'strong':
        return inline((t as Tokens.Strong).tokens, { ...style, bold: true });
      case 'em':
        return inline((t as Tokens.Em).tokens, { ...style, italic: true });
      case 'del':
        return inline((t as Tokens.Del).tokens, { ...style, strike: true });
      case 'codespan':
        return [{ ...style, code: true, text: decodeHTML((t as Tokens.Codespan).text) }];
      case 'link': {
        const href = (t as Tokens.Link).href;
        return inline((t as Tokens.Link).tokens, isSafeUrl(href, 'link') ? { ...style, link: href } : style);
      }
      case 'image':
        return [{ ...style, text: (t as Tokens.Image).text }];
      case 'br':
        return [{ ...style, text: '', br: true }];
      case 'inlineMath':
      case 'inlineDisplayMath':
        return [{ ...style, tex: true, text: (t as unknown as { text: string }).text }];
      case 'html':
        return t.raw.replace(RE_TAG, '') ? [{ ...style, text: decodeHTML(t.raw.replace(RE_TAG, '')) }] : [];
      case 'escape':
      case 'text':
        return 'tokens' in t && t.tokens?.length ? inline(t.tokens, style) : [{ ...style, text: decodeHTML((t as Tokens.Text).text) }];
      default:
        return 'text' in t && typeof t.text === 'string' ? [{ ...style, text: decodeHTML(t.text) }] : [];
    }
  });
}
