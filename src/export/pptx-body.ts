// One slide's blocks placed in its content box, top to bottom: text in one text body, tables as tables, code as a
// coloured monospace box, pictures fitted to the room left; fonts shrink together (not below 60%) until all fits.
import type Pptx from 'pptxgenjs';
import { flatBlocks, type Block, type Run } from '../render/slide-blocks.js';
import type { CodeStyle } from '../render/code-colours.js';
import { LEVEL_SCALE, paragraphRuns, plain, textBodyRuns, type TextStyle } from './pptx-text.js';

/** A picture ready for the package: PNG as a data: URL, and its size in CSS pixels. */
export interface Picture {
  data: string;
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface BodyStyle extends TextStyle {
  code: CodeStyle;
  rule: string;
  stripe: string;
}

type Piece =
  | { kind: 'text'; blocks: Block[] }
  | { kind: 'columns'; block: Extract<Block, { kind: 'columns' }> }
  | { kind: 'table'; block: Extract<Block, { kind: 'table' }> }
  | { kind: 'code'; block: Extract<Block, { kind: 'code' }> }
  | { kind: 'picture'; picture?: Picture; alt: string; caption?: string; widthPercent?: number };

const PT = 1 / 72;
/** Average advance of a character, in ems: enough to guess where lines wrap. */
const CHAR_EM = 0.5;
const GAP = 0.12;
const MIN_PICTURE = 1.2;
const COLUMN_GAP = 0.3;

const hex = (c: string) => c.replace(/^#/, '').slice(0, 6).toUpperCase();

/** Consecutive text blocks go into one text body; tables, code and pictures are shapes of their own. */
function pieces(blocks: readonly Block[], picture: (b: Block) => Picture | undefined): Piece[] {
  const out: Piece[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') out.push({ kind: 'table', block: b });
    else if (b.kind === 'columns') out.push({ kind: 'columns', block: b });
    else if (b.kind === 'code') out.push({ kind: 'code', block: b });
    else if (b.kind === 'image') out.push({ kind: 'picture', picture: picture(b), alt: b.alt, caption: b.caption, widthPercent: b.widthPercent });
    else if (b.kind === 'math') out.push({ kind: 'picture', picture: picture(b), alt: b.tex });
    else {
      const last = out.at(-1);
      if (last?.kind === 'text') last.blocks.push(b);
      else out.push({ kind: 'text', blocks: [b] });
    }
  }
  return out;
}

function lines(text: string, size: number, width: number): number {
  const perLine = Math.max(8, Math.floor(width / (size * PT * CHAR_EM)));
  return Math.max(1, Math.ceil(text.length / perLine));
}

/** Each column's share of the width: the widths given, the rest shared by the columns without one. */
function columnShares(columns: readonly { widthPercent?: number }[]): number[] {
  const given = columns.reduce((n, c) => n + (c.widthPercent ?? 0), 0);
  const open = columns.filter((c) => c.widthPercent === undefined).length;
  const rest = open ? Math.max(0, 100 - given) / open : 0;
  const shares = columns.map((c) => c.widthPercent ?? rest);
  const sum = shares.reduce((a, b) => a + b, 0) || 1;
  return shares.map((s) => s / sum);
}

/** Inches a piece needs at font size `size` (pictures: their smallest). */
function need(piece: Piece, size: number, w: number): number {
  switch (piece.kind) {
    case 'columns': {
      const shares = columnShares(piece.block.columns);
      // A column's pictures are counted at their smallest: they take what is left.
      return Math.max(0.3, ...piece.block.columns.map((c, i) => pieces(c.blocks, () => undefined).reduce((h, p) => h + need(p, size, w * shares[i]! - COLUMN_GAP) + GAP, 0)));
    }
    case 'text':
      return piece.blocks.reduce((h, b) => {
        if (b.kind === 'list') return h + b.items.reduce((n, it) => { const s = size * (LEVEL_SCALE[Math.min(it.level, 2)] ?? 1); return n + lines(plain(it.runs), s, w - 0.4 * (it.level + 1)) * s * 1.2 * PT + s * 0.18 * PT; }, 0);
        const text = b.kind === 'dropped' ? b.text : 'runs' in b ? plain(b.runs) : '';
        return h + lines(text, size, w) * size * 1.2 * PT + size * 0.5 * PT;
      }, 0.15);
    case 'table': {
      const s = size * 0.78;
      const colW = w / Math.max(1, piece.block.header.length);
      const row = (cells: { text: string }[][]) => Math.max(...cells.map((c) => lines(plain(c), s, colW - 0.2))) * s * 1.25 * PT + 0.12;
      return row(piece.block.header) + piece.block.rows.reduce((h, r) => h + row(r), 0);
    }
    case 'code':
      return piece.block.lines.length * size * 0.6 * 1.25 * PT + 0.25;
    case 'picture':
      return Math.min(MIN_PICTURE, piece.picture ? piece.picture.height / 96 : 0.5) + (piece.caption ? size * 0.8 * 1.3 * PT : 0);
  }
}

/** Places the blocks in `box`; `picture` gives the rendered image or formula of an image or math block. */
/** `middle`: the blocks are centred in the box's height, as an outlined deck's slide shows a short body. */
export function placeBody(slide: Pptx.default.Slide, blocks: readonly Block[], box: Box, style: BodyStyle, picture: (b: Block) => Picture | undefined, middle = false): void {
  const parts = pieces(blocks, picture);
  if (!parts.length) return;
  const room = box.h - GAP * (parts.length - 1);
  let scale = 1;
  const total = (s: number) => parts.reduce((h, p) => h + need(p, style.size * s, box.w), 0);
  while (scale > 0.6 && total(scale) > room) scale -= 0.05;
  const size = Math.round(style.size * scale * 10) / 10;
  // Pictures, and columns holding one, share the height the rest leaves.
  const flexible = (p: Piece) => p.kind === 'picture' || (p.kind === 'columns' && flatBlocks([p.block]).some((b) => b.kind === 'image' || b.kind === 'math'));
  const fixed = parts.filter((p) => !flexible(p)).reduce((h, p) => h + need(p, size, box.w), 0);
  const pictures = parts.filter(flexible);
  const perPicture = pictures.length ? Math.max(MIN_PICTURE, (room - fixed) / pictures.length) : 0;
  const heights = parts.map((p) => (p.kind === 'picture' ? Math.min(perPicture, pictureHeight(p, box.w, perPicture, size)) : flexible(p) ? Math.max(perPicture, need(p, size, box.w)) : need(p, size, box.w)));
  const used = heights.reduce((a, b) => a + b, 0) + GAP * (parts.length - 1);
  let y = middle && used < box.h ? box.y + (box.h - used) / 2 : box.y;
  for (const [i, p] of parts.entries()) {
    const h = heights[i]!;
    const at = { x: box.x, y, w: box.w, h: Math.min(h, box.y + box.h - y) };
    if (p.kind === 'text') slide.addText(textBodyRuns(p.blocks, { ...style, size }), { ...at, valign: 'top', margin: 0, fit: 'shrink' });
    else if (p.kind === 'table') placeTable(slide, p.block, at, style, size * 0.78);
    else if (p.kind === 'columns') placeColumns(slide, p.block, at, style, picture);
    else if (p.kind === 'code') placeCode(slide, p.block, at, style, size * 0.6);
    else placePicture(slide, p, at, style, size);
    y += at.h + GAP;
  }
}

/** The height a picture takes in a box `w` wide and `h` high: fitted, never above its size at 96 pixels an inch. */
function pictureHeight(p: Extract<Piece, { kind: 'picture' }>, w: number, h: number, size: number): number {
  const captionH = p.caption ? size * 0.8 * 1.3 * PT : 0;
  if (!p.picture) return Math.min(h, 0.6);
  const fit = Math.min((w * (p.widthPercent ?? 100)) / 100 / (p.picture.width / 96), Math.max(0.2, h - captionH) / (p.picture.height / 96), 1);
  return (p.picture.height / 96) * fit + captionH;
}

/** Columns as side-by-side boxes, each laid out as a body of its own. */
function placeColumns(slide: Pptx.default.Slide, block: Extract<Block, { kind: 'columns' }>, at: Box, style: BodyStyle, picture: (b: Block) => Picture | undefined): void {
  const shares = columnShares(block.columns);
  let x = at.x;
  block.columns.forEach((c, i) => {
    const w = at.w * shares[i]!;
    placeBody(slide, c.blocks, { x, y: at.y, w: Math.max(0.5, w - COLUMN_GAP), h: at.h }, style, picture);
    x += w;
  });
}

function placeTable(slide: Pptx.default.Slide, table: Extract<Block, { kind: 'table' }>, at: Box, style: BodyStyle, size: number): void {
  const cell = (runs: readonly Run[], i: number, header: boolean, stripe: boolean): Pptx.default.TableCell => ({
    text: paragraphRuns(header ? runs.map((r) => ({ ...r, bold: true })) : runs, { ...style, size }).map((r, j, all) => (j === all.length - 1 ? { ...r, options: { ...r.options, breakLine: false } } : r)),
    options: {
      align: table.align[i] ?? 'left',
      valign: 'top',
      ...(stripe ? { fill: { color: hex(style.stripe) } } : {}),
      border: [{ type: 'none' }, { type: 'none' }, header ? { pt: 2, color: hex(style.accent) } : { pt: 0.75, color: hex(style.rule) }, { type: 'none' }],
    },
  });
  const rows = [table.header.map((c, i) => cell(c, i, true, false)), ...table.rows.map((r, n) => r.map((c, i) => cell(c, i, false, n % 2 === 1)))];
  slide.addTable(rows, { x: at.x, y: at.y, w: at.w, colW: columnWidths(table, at.w), fontSize: size, fontFace: style.font, color: hex(style.colour), margin: [0.04, 0.08, 0.04, 0.08], autoPage: false });
}

/** Columns as wide as their longest text asks, as a browser sizes an auto table; none narrower than 8%. */
function columnWidths(table: Extract<Block, { kind: 'table' }>, w: number): number[] {
  const longest = table.header.map((h, i) => Math.max(plain(h).length, ...table.rows.map((r) => plain(r[i] ?? []).length), 3));
  const total = longest.reduce((a, b) => a + b, 0);
  const shares = longest.map((n) => Math.max(0.08, n / total));
  const sum = shares.reduce((a, b) => a + b, 0);
  return shares.map((s) => (s / sum) * w);
}

function placeCode(slide: Pptx.default.Slide, code: Extract<Block, { kind: 'code' }>, at: Box, style: BodyStyle, size: number): void {
  const base = hex(style.code.colour ?? style.colour);
  const runs: Pptx.default.TextProps[] = code.lines.flatMap((line) => {
    const parts = line.length ? line : [{ text: '' }];
    return parts.map((r, i) => {
      const scope = r.scope ? style.code.scopes.get(r.scope) : undefined;
      return { text: r.text, options: { fontFace: style.codeFont, fontSize: size, lang: style.lang, color: scope?.colour ? hex(scope.colour) : base, bold: scope?.bold, italic: scope?.italic, breakLine: i === parts.length - 1 } };
    });
  });
  slide.addText(runs, { ...at, valign: 'top', fill: { color: hex(style.code.background ?? style.codeFill) }, margin: 6, fit: 'shrink' });
}

function placePicture(slide: Pptx.default.Slide, p: Extract<Piece, { kind: 'picture' }>, at: Box, style: BodyStyle, size: number): void {
  const captionH = p.caption ? size * 0.8 * 1.3 * PT : 0;
  if (!p.picture) {
    // An image that could not be read keeps its description, as the slide's alt text would.
    slide.addText(p.alt || ' ', { ...at, fontSize: size * 0.8, italic: true, color: hex(style.colour), fontFace: style.font, lang: style.lang, valign: 'top' });
    return;
  }
  const maxW = at.w * (p.widthPercent ?? 100) / 100;
  const maxH = Math.max(0.2, at.h - captionH);
  // Fitted as on the slide: never larger than the image at 96 pixels an inch, never past the box.
  const fit = Math.min(maxW / (p.picture.width / 96), maxH / (p.picture.height / 96), 1);
  const w = (p.picture.width / 96) * fit;
  const h = (p.picture.height / 96) * fit;
  slide.addImage({ data: p.picture.data, x: at.x + (at.w - w) / 2, y: at.y, w, h, altText: p.alt });
  if (p.caption) slide.addText(paragraphRuns([{ text: p.caption }], { ...style, size: size * 0.8 }, { align: 'center' }), { x: at.x, y: at.y + h, w: at.w, h: captionH, margin: 0, valign: 'top' });
}
