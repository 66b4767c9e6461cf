// Pandoc/Quarto fenced divs in any dialect's slide → the HTML reveal.js shows (columns, callouts, fragments,
// `. . .` pauses, classes such as .smaller or .r-stack) and the speaker notes (`::: notes`), taken off the slide.
import { warning, type Diagnostic } from '../diagnostics.js';
import { escapeHtml } from '../escape-html.js';
import { pairValue, type DivAttributes } from './div-fence.js';
import { scanDivs } from './div-scan.js';
import type { SourceLine } from './source.js';

export interface FencedDivs {
  /** The slide's lines with each fence replaced by its HTML tag (blank lines around it, so Markdown renders inside). */
  body: SourceLine[];
  /** Markdown of the slide's `::: notes` divs, in order ('' when none). */
  notes: string;
  /** Whether the slide had any div or pause (its lists are then never split onto "(cont.)" slides). */
  found: boolean;
}

const CALLOUTS: Record<string, string> = { note: 'Note', tip: 'Tip', warning: 'Warning', important: 'Important', caution: 'Caution' };
const RE_CLASS = /^[\w-]+$/;
const RE_HEADING = /^#{1,6}[ \t]+(.*?)[ \t#]*$/;
/** CSS a div's style may carry: words, numbers, colours, no quotes, escapes or url() (so it can load nothing). */
const RE_SAFE_STYLE = /^[A-Za-z0-9\s:;.,%#()!-]*$/;
/** A CSS length for column widths and .absolute positions: 40%, 300px, 2.5em. */
const RE_LENGTH = /^-?\d{0,5}(?:\.\d{1,4})?(?:%|px|em|rem|vw|vh)?$/;
const POSITION_KEYS = ['top', 'right', 'bottom', 'left', 'width', 'height'];

const html = (text: string, line: number): SourceLine[] => [{ text: '', line }, { text, line }, { text: '', line }];
const isLength = (v: string) => /\d/.test(v) && RE_LENGTH.test(v);
const length = (v: string) => (/^-?\d*(?:\.\d+)?$/.test(v) ? `${v}px` : v);

/** Quarto's `.absolute` placement (top, right, bottom, left, width, height; a bare number is pixels) as CSS. */
export function positionStyle(pairs: readonly [string, string][]): string[] {
  return pairs.filter(([k, v]) => POSITION_KEYS.includes(k) && isLength(v)).map(([k, v]) => `${k}:${length(v)};`);
}

/** The class of callout a div is (`callout-note` → note), if it is one. */
function calloutKind(a: DivAttributes): string | undefined {
  const c = a.classes.find((x) => Object.hasOwn(CALLOUTS, x.replace(/^callout-/, '')) && x.startsWith('callout-'));
  return c?.slice('callout-'.length);
}

/** A div's attributes → its opening tag: classes, id, width/position as style, other keys as data-* (as Pandoc writes them). */
export function divOpenTag(a: DivAttributes, extraClasses: string[] = []): string {
  const classes = [...extraClasses, ...a.classes.filter((c) => RE_CLASS.test(c))];
  const style: string[] = [];
  const data: string[] = [];
  const column = a.classes.includes('column');
  for (const [key, value] of a.pairs) {
    if (!RE_CLASS.test(key)) continue;
    if (key === 'width' && column && isLength(value)) style.push(`width:${length(value)};`);
    else if (a.classes.includes('absolute') && POSITION_KEYS.includes(key)) continue;
    else if (key === 'style') {
      const css = value.replace(/["']/g, '').trim();
      if (RE_SAFE_STYLE.test(css) && !/url\s*\(|expression\s*\(/i.test(css)) style.push(css.endsWith(';') ? css : `${css};`);
    } else data.push(` ${key.startsWith('data-') ? key : `data-${key}`}="${escapeHtml(value)}"`);
  }
  if (a.classes.includes('absolute')) style.unshift(...positionStyle(a.pairs));
  const id = a.id && RE_CLASS.test(a.id) ? ` id="${a.id}"` : '';
  return `<div${id}${classes.length ? ` class="${classes.join(' ')}"` : ''}${data.join('')}${style.length ? ` style="${style.join(' ').replace(/\s+/g, ' ')}"` : ''}>`;
}

/** `lines` are one slide's body lines (notes already taken out by the dialect). */
export function renderFencedDivs(lines: readonly SourceLine[]): FencedDivs {
  const texts = lines.map((l) => l.text);
  if (!texts.some((t) => t.includes(':::') || t.includes('. . .'))) return { body: [...lines], notes: '', found: false };
  const { roles } = scanDivs(texts);
  const body: SourceLine[] = [];
  const notes: SourceLine[] = [];
  // Per open div: where its lines go and what closes it.
  const frames: { sink: SourceLine[]; close: string[] }[] = [];
  let sink = body;
  let pause = false;
  const skip = new Set<number>();
  roles.forEach((role, i) => {
    const at = lines[i]!.line;
    if (skip.has(i) || role.kind === 'attributes') return;
    if (role.kind === 'open') {
      const a = role.attributes;
      if (a.classes.includes('notes')) {
        frames.push({ sink, close: [] });
        if (notes.length) notes.push({ text: '', line: at });
        sink = notes;
        return;
      }
      const kind = calloutKind(a);
      if (kind) {
        // The title: title="…", else a heading opening the callout (Quarto's rule), else the callout's name.
        let title = pairValue(a, 'title');
        let next = i + 1;
        while (next < role.close && !texts[next]!.trim()) next++;
        const heading = title === undefined && next < role.close && roles[next]!.kind === 'text' ? RE_HEADING.exec(texts[next]!) : null;
        if (heading) skip.add(next), (title = heading[1]);
        const simple = pairValue(a, 'appearance') === 'simple' ? ['callout-simple'] : [];
        sink.push(...html(divOpenTag({ ...a, classes: a.classes.filter((c) => c !== `callout-${kind}`), pairs: a.pairs.filter(([k]) => k !== 'title') }, ['callout', `callout-${kind}`, ...simple]), at));
        sink.push(...html('<div class="callout-title">', at), { text: title || CALLOUTS[kind]!, line: at }, ...html('</div>', at), ...html('<div class="callout-body">', at));
        frames.push({ sink, close: ['</div>', '</div>'] });
        return;
      }
      sink.push(...html(divOpenTag(a), at));
      frames.push({ sink, close: ['</div>'] });
    } else if (role.kind === 'close') {
      const frame = frames.pop()!;
      for (const tag of frame.close) frame.sink.push(...html(tag, at));
      sink = frame.sink;
    } else if (role.kind === 'pause' && !frames.length) {
      // Pandoc's pause: what follows, to the next pause or the slide's end, is the next fragment.
      if (pause) body.push(...html('</div>', at));
      body.push(...html('<div class="fragment">', at));
      pause = true;
    } else sink.push(lines[i]!);
  });
  if (pause) body.push(...html('</div>', lines[lines.length - 1]!.line));
  return { body, notes: notes.map((l) => l.text).join('\n').trim(), found: pause || roles.some((r) => r.kind === 'open') };
}

/** Unclosed, stray and malformed fences in one slide's lines, as warnings (they render as text, as in Pandoc). */
export function fencedDivProblems(lines: readonly SourceLine[], file: string): Diagnostic[] {
  const texts = lines.map((l) => l.text);
  if (!texts.some((t) => t.includes(':::'))) return [];
  const { problems } = scanDivs(texts);
  // A deck of thousands of stray fences says so a few times, not thousands.
  return problems.slice(0, 3).map((p) => warning(file, lines[p.index]!.line, p.column, p.message, 'fenced-div'));
}
