// The plain blocks a slide body is read into (render/slide-blocks.ts) for writers that do not speak HTML.
import type { CodeRun } from './code-colours.js';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  link?: string;
  /** TeX of inline math: kept as its source text, which a text box can hold. */
  tex?: boolean;
  /** A hard line break after this run. */
  br?: boolean;
}

export interface ListItem {
  /** 0 for the outer list. */
  level: number;
  /** The item's number when its list is ordered. */
  number?: number;
  runs: Run[];
}

export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[]; quote?: boolean }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'table'; header: Run[][]; rows: Run[][][]; align: ('left' | 'center' | 'right' | null)[] }
  | { kind: 'code'; lang: string; lines: CodeRun[][] }
  /** `background`: a Marp keyword image behind the slide (`full`) or beside the text, taking `widthPercent` of the slide. */
  | { kind: 'image'; src: string; alt: string; caption?: string; widthPercent?: number; background?: 'full' | 'left' | 'right' }
  /** Side-by-side columns (`:::: columns` with `::: {.column width="40%"}`), widths in percent when given. */
  | { kind: 'columns'; columns: { widthPercent?: number; blocks: Block[] }[] }
  | { kind: 'math'; tex: string }
  /** What a text-only writer cannot carry (raw HTML, an iframe), with the text it showed. */
  | { kind: 'dropped'; what: string; text: string; source: string };

/** Every block, those inside columns too. */
export function flatBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => (b.kind === 'columns' ? [b, ...b.columns.flatMap((c) => flatBlocks(c.blocks))] : [b]));
}
