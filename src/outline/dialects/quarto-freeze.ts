// Outputs a Quarto course froze with its decks (_freeze/<folder>/<deck>/execute-results/html.json): each code
// cell's text output, so a deck shows what Quarto showed without running anything. Images and raw HTML stay out.
import fs from 'node:fs';
import path from 'node:path';
import { isInside } from '../../paths/inside.js';
import { scanDivs } from '../div-scan.js';

/** A frozen result holds the whole rendered Markdown; a bound keeps a huge one from being read. */
const MAX_FREEZE_BYTES = 8 * 1024 * 1024;

/** The frozen result for a deck: the first _freeze/ between the deck's folder and `root` that has one. */
export function freezeFile(deckFile: string, root: string): string | undefined {
  const deckDir = path.dirname(path.resolve(deckFile));
  const stem = path.basename(deckFile).replace(/\.qmd$/i, '');
  for (let dir = deckDir; isInside(path.resolve(root), dir); dir = path.dirname(dir)) {
    for (const format of ['revealjs', 'html']) {
      const file = path.join(dir, '_freeze', path.relative(dir, deckDir), stem, 'execute-results', `${format}.json`);
      if (fs.existsSync(file) && fs.statSync(file).isFile() && fs.statSync(file).size <= MAX_FREEZE_BYTES) return file;
    }
    if (dir === path.dirname(dir)) break;
  }
  return undefined;
}

/** Whether an output can be shown from text alone (not a figure, a widget or raw HTML). */
const textOnly = (lines: readonly string[]) => !lines.some((l) => /!\[|<img|\{=html\}|<script|<iframe/i.test(l));

/** Each cell's outputs as Markdown lines (its `::: {.cell-output…}` divs, code fences' attributes dropped). */
export function frozenOutputs(file: string): string[][] | undefined {
  let markdown: unknown;
  try {
    markdown = (JSON.parse(fs.readFileSync(file, 'utf8')) as { result?: { markdown?: unknown } }).result?.markdown;
  } catch {
    return undefined;
  }
  if (typeof markdown !== 'string') return undefined;
  const lines = markdown.split(/\r?\n/);
  const { roles } = scanDivs(lines);
  const cells: string[][] = [];
  let cellEnd = -1;
  let outputEnd = -1;
  roles.forEach((role, i) => {
    if (role.kind !== 'open') return;
    if (role.attributes.classes.includes('cell') && i > cellEnd) {
      cells.push([]);
      cellEnd = role.close;
    } else if (i < cellEnd && i > outputEnd && role.attributes.classes.some((c) => c.startsWith('cell-output'))) {
      outputEnd = role.close;
      const block = lines.slice(i, role.close + 1);
      if (textOnly(block)) cells[cells.length - 1]!.push(...block.map((l) => l.replace(/^([ \t]*(?:`{3,}|~{3,}))[ \t]*\{[^{}]*\}[ \t]*$/, '$1')), '');
    }
  });
  return cells;
}
