// Quarto's code cells (```{python}, ```{r echo=FALSE}) → code shown, never run: `#|` options read and taken out,
// `echo: false` and `include: false` honoured, raw ```{=html} passed through; outputs frozen in _freeze/ follow.
import { FenceTracker } from '../fences.js';
import type { SourceLine } from '../source.js';

const RE_CELL = /^([ \t]*)(`{3,}|~{3,})[ \t]*\{([^{}]*)\}[ \t]*$/;
const RE_OPTION = /^[ \t]*#\|[ \t]*([\w.-]+)[ \t]*:[ \t]*(.*?)[ \t]*$/;
const RE_LANGUAGE = /^[A-Za-z][\w+-]*$/;
const RE_KNITR_OPTION = /([\w.]+)[ \t]*=[ \t]*("[^"]*"|'[^']*'|[^,\s]+)/g;

export interface CellOptions {
  /** The deck's default (`execute: echo`). */
  echo: boolean;
  /** Text outputs of each engine cell, in order, from the course's _freeze/ folder (absent: none shown). */
  outputs?: readonly string[][];
}

/** `{python}`, `{r label, echo=FALSE}`, `{.python .numberLines}`, `{=html}` → what kind of block it is. */
export function cellInfo(info: string): { kind: 'engine' | 'code' | 'raw'; language?: string; options: Record<string, string> } {
  const first = info.trim().split(/[\s,]+/)[0] ?? '';
  const options: Record<string, string> = {};
  // knitr's `echo = FALSE, fig.width=8`: spaces may stand around "=".
  for (const m of info.matchAll(RE_KNITR_OPTION)) options[m[1]!.toLowerCase().replace(/\./g, '-')] = m[2]!.replace(/^["']|["']$/g, '');
  if (first.startsWith('=')) return { kind: 'raw', language: first.slice(1).toLowerCase(), options };
  if (first.startsWith('.')) return { kind: 'code', language: RE_LANGUAGE.test(first.slice(1)) ? first.slice(1) : undefined, options };
  if (RE_LANGUAGE.test(first)) return { kind: 'engine', language: first, options };
  return { kind: 'code', options };
}

const isFalse = (v: string | undefined) => v !== undefined && /^(false|no|FALSE|F)$/.test(v.trim());
const isTrue = (v: string | undefined) => v !== undefined && /^(true|yes|TRUE|T|fenced)$/.test(v.trim());

/** `cells`: how many engine cells the deck has (frozen outputs apply only when their count matches). */
export function quartoCells(lines: readonly SourceLine[], options: CellOptions): { lines: SourceLine[]; cells: number } {
  const out: SourceLine[] = [];
  const fences = new FenceTracker();
  let cell: { open: SourceLine; indent: string; marker: string; info: ReturnType<typeof cellInfo>; body: SourceLine[] } | undefined;
  let engineCells = 0;
  for (const line of lines) {
    const state = fences.feed(line.text);
    if (cell) {
      if (state !== 'close') {
        cell.body.push(line);
        continue;
      }
      out.push(...closeCell(cell, line, options, cell.info.kind === 'engine' ? engineCells++ : -1));
      cell = undefined;
      continue;
    }
    const m = state === 'open' ? RE_CELL.exec(line.text) : null;
    if (m) cell = { open: line, indent: m[1]!, marker: m[2]!, info: cellInfo(m[3]!), body: [] };
    else out.push(line);
  }
  // A cell never closed: its lines as written (the unclosed fence is reported by the parse stage).
  if (cell) out.push(cell.open, ...cell.body);
  return { lines: out, cells: engineCells };
}

function closeCell(cell: { open: SourceLine; indent: string; marker: string; info: ReturnType<typeof cellInfo>; body: SourceLine[] }, close: SourceLine, options: CellOptions, index: number): SourceLine[] {
  const { info } = cell;
  const at = (text: string, line = cell.open.line) => ({ text, line });
  if (info.kind === 'raw') return info.language === 'html' ? [at(''), ...cell.body, at('', close.line)] : [];
  if (info.kind === 'code') return [at(`${cell.indent}${cell.marker}${info.language ?? ''}`), ...cell.body, close];
  // Quarto's cell options: `#| key: value` lines opening the cell, then knitr's `{r echo=FALSE}`.
  const own: Record<string, string> = { ...info.options };
  let start = 0;
  for (; start < cell.body.length; start++) {
    const m = RE_OPTION.exec(cell.body[start]!.text);
    if (!m) break;
    own[m[1]!.toLowerCase().replace(/\./g, '-')] = m[2]!.replace(/^["']|["']$/g, '');
  }
  if (isFalse(own.include)) return [];
  const echo = isTrue(own.echo) || (!isFalse(own.echo) && options.echo);
  const code = echo ? [at(`${cell.indent}${cell.marker}${info.language}`), ...cell.body.slice(start), close] : [];
  const output = index >= 0 && !isFalse(own.output) ? (options.outputs?.[index] ?? []) : [];
  return [...code, ...(output.length ? [at('', close.line), ...output.map((text) => at(text, close.line)), at('', close.line)] : [])];
}
