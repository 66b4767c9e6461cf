// Slide blocks' runs and list items → PptxGenJS text runs: emphasis, code spans and links stay runs of their own,
// list nesting becomes paragraph levels (<a:pPr lvl>), numbered lists are numbered, every run carries the deck's language.
import type Pptx from 'pptxgenjs';
import type { Block, ListItem, Run } from '../render/slide-blocks.js';

export type TextRun = Pptx.default.TextProps;

export interface TextStyle {
  /** Points. */
  size: number;
  colour: string;
  accent: string;
  font: string;
  codeFont: string;
  /** Background of code spans. */
  codeFill: string;
  lang: string;
}

/** Each nested level a step smaller, as the slide's CSS has it (0.86em, then 0.92em). */
export const LEVEL_SCALE = [1, 0.86, 0.8];

const hex = (colour: string) => colour.replace(/^#/, '').slice(0, 6).toUpperCase();

/** The runs of one paragraph; `paragraph` options go on its first run, `breakLine` on its last, as PptxGenJS reads them. */
export function paragraphRuns(runs: readonly Run[], style: TextStyle, paragraph: Pptx.default.TextPropsOptions = {}): TextRun[] {
  const size = paragraph.fontSize ?? style.size;
  const out: TextRun[] = [];
  for (const r of runs.length ? runs : [{ text: '' }]) {
    const options: Pptx.default.TextPropsOptions = { fontSize: size, color: hex(style.colour), fontFace: style.font, lang: style.lang };
    if (r.bold) options.bold = true;
    if (r.italic || r.tex) options.italic = true;
    if (r.strike) options.strike = 'sngStrike';
    if (r.code) {
      options.fontFace = style.codeFont;
      options.highlight = hex(style.codeFill);
    }
    if (r.tex) options.fontFace = 'Cambria Math';
    if (r.link) {
      options.hyperlink = { url: r.link };
      options.color = hex(style.accent);
      options.underline = { style: 'sng' };
    }
    out.push({ text: r.text, options });
    if (r.br) out.push({ text: '', options: { ...options, softBreakBefore: true } });
  }
  out[0]!.options = { ...out[0]!.options, ...paragraph, fontSize: size };
  out[out.length - 1]!.options = { ...out[out.length - 1]!.options, breakLine: true };
  return out;
}

export function listRuns(items: readonly ListItem[], style: TextStyle): TextRun[] {
  return items.flatMap((item) => {
    const level = Math.min(item.level, 8);
    const size = Math.round(style.size * (LEVEL_SCALE[Math.min(level, LEVEL_SCALE.length - 1)] ?? 1) * 10) / 10;
    const bullet: Pptx.default.TextPropsOptions['bullet'] = item.number !== undefined ? { type: 'number', numberStartAt: item.number, indent: size * 1.3 } : { indent: size * 1.1 };
    return paragraphRuns(item.runs, style, { bullet, indentLevel: level, fontSize: size, paraSpaceBefore: size * 0.18 });
  });
}

/** The text of blocks that go into one text body (headings, paragraphs, lists, dropped HTML's text). */
export function textBodyRuns(blocks: readonly Block[], style: TextStyle): TextRun[] {
  return blocks.flatMap((b): TextRun[] => {
    switch (b.kind) {
      case 'heading':
        return paragraphRuns(b.runs.map((r) => ({ ...r, bold: true })), style, { fontSize: style.size * 1.1, paraSpaceAfter: style.size * 0.3 });
      case 'paragraph':
        return paragraphRuns(b.quote ? b.runs.map((r) => ({ ...r, italic: true })) : b.runs, style, { paraSpaceAfter: style.size * 0.5 });
      case 'list':
        return listRuns(b.items, style);
      case 'dropped':
        return b.text ? paragraphRuns([{ text: b.text }], style, { paraSpaceAfter: style.size * 0.5 }) : [];
      default:
        return [];
    }
  });
}

/** Plain characters of a run list, to estimate how many lines a text takes. */
export function plain(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
