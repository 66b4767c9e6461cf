// A slide whose lists are longer than the theme allows → the slide and its "(cont.)" continuations.
import type { Token, Tokens } from 'marked';
import { lexBody } from './lex.js';
import type { Slide } from './types.js';

const CHARS_PER_LINE = 60;

/** Estimated projected lines: a list item is a line per wrap of its text, nested items included. */
function weight(token: Token): number {
  switch (token.type) {
    case 'space':
      return 0;
    case 'list':
      return (token as Tokens.List).items.reduce((n, item) => n + itemWeight(item), 0);
    case 'code':
      return token.raw.split('\n').length;
    case 'table':
      return (token as Tokens.Table).rows.length + 1;
    case 'heading':
      return 1.5;
    default:
      // An image shrinks into the space the text leaves it (lectern.css): three lines keep it large enough to see.
      return /!\[|<img\b/.test(token.raw) ? 3 : Math.ceil(token.raw.trim().length / CHARS_PER_LINE);
  }
}

function itemWeight(item: Tokens.ListItem): number {
  return item.tokens.reduce((n, t) => {
    if (t.type === 'list') return n + weight(t);
    if (t.type === 'space') return n;
    return n + Math.max(1, Math.ceil((t.raw ?? '').trim().length / CHARS_PER_LINE));
  }, 0);
}

/**
 * The same number of slides, filled evenly (7 + 7 rather than 9 + 5): the smallest per-slide budget that still
 * fits the items into `parts` slides, the first slide's budget net of what precedes the list, the last's of what follows.
 */
function balance(items: Tokens.ListItem[], parts: number, firstBudget: number, lastBudget: number, maxLines: number): Tokens.ListItem[][] | undefined {
  const weights = items.map(itemWeight);
  let remaining = weights.reduce((a, b) => a + b, 0);
  const total = remaining;
  // Each slide aims at an even share of what is left; `slack` loosens that until the items fit.
  for (let slack = 0; slack <= maxLines; slack++) {
    remaining = total;
    const groups: Tokens.ListItem[][] = [[]];
    let used = 0;
    let budget = Math.min(Math.ceil(remaining / parts) + slack, firstBudget, maxLines);
    items.forEach((item, i) => {
      if (groups[groups.length - 1]!.length && used + weights[i]! > budget) {
        groups.push([]);
        used = 0;
        budget = Math.min(Math.ceil(remaining / Math.max(1, parts - groups.length + 1)) + slack, maxLines);
      }
      groups[groups.length - 1]!.push(item);
      used += weights[i]!;
      remaining -= weights[i]!;
    });
    if (groups.length === parts && used <= lastBudget) return groups;
    if (groups.length < parts) return undefined;
  }
  return undefined;
}

export function splitLongLists(slide: Slide, maxLines: number, cont = '(cont.)'): Slide[] {
  if (!slide.body || maxLines <= 0) return [slide];
  const tokens = lexBody(slide.body);
  const total = tokens.reduce((n, t) => n + weight(t), 0);
  const listIndex = tokens.findIndex((t) => t.type === 'list' && (t as Tokens.List).items.length > 1);
  if (total <= maxLines || listIndex < 0) return [slide];

  const list = tokens[listIndex] as Tokens.List;
  const before = tokens.slice(0, listIndex).map((t) => t.raw).join('');
  const after = tokens.slice(listIndex + 1).map((t) => t.raw).join('');
  const beforeWeight = tokens.slice(0, listIndex).reduce((n, t) => n + weight(t), 0);
  const afterWeight = tokens.slice(listIndex + 1).reduce((n, t) => n + weight(t), 0);

  const chunks: Tokens.ListItem[][] = [[]];
  let budget = maxLines - beforeWeight;
  for (const item of list.items) {
    const w = itemWeight(item);
    const current = chunks[chunks.length - 1]!;
    if (current.length && w > budget) {
      chunks.push([item]);
      budget = maxLines - w;
    } else {
      current.push(item);
      budget -= w;
    }
  }
  if (chunks.length > 1 && budget < afterWeight && chunks[chunks.length - 1]!.length > 1) {
    chunks.push([chunks[chunks.length - 1]!.pop()!]);
  }
  if (chunks.length === 1) return [slide];
  const even = balance(list.items, chunks.length, maxLines - beforeWeight, maxLines - afterWeight, maxLines);
  if (even) chunks.splice(0, chunks.length, ...even);

  const of = chunks.length;
  // Speaker notes go along with the points they talk about: their paragraphs are shared out in order, and a
  // continuation's share is marked "(cont.)" like its heading.
  const paragraphs = slide.notes ? slide.notes.split(/\n\s*\n/) : [];
  const perPart = Math.ceil(paragraphs.length / of);
  const notesParts = chunks.map((_, i) => {
    const share = paragraphs.slice(i * perPart, (i + 1) * perPart).join('\n\n');
    return i > 0 && share ? `${cont} ${share}` : share;
  });
  return chunks.map((items, i) => {
    const listRaw = items.map((item) => item.raw.replace(/\n+$/, '')).join('\n');
    const body = [i === 0 ? before : '', listRaw, i === of - 1 ? after : ''].join('\n').trim();
    const part = i + 1;
    return {
      ...slide,
      body,
      heading: slide.heading === undefined ? undefined : part > 1 ? `${slide.heading} ${cont}` : slide.heading,
      title: part > 1 ? `${slide.title} ${cont}` : slide.title,
      notes: notesParts[i] ?? '',
      handout: part === 1 ? slide.handout : '',
      // The source's lines stay with the first part only: shared by every part, a 20,000-item list's 1,000 parts
      // made every pass over the deck's lines (and the render cache's copy of the deck) 1,000 times longer.
      bodyLines: part === 1 ? slide.bodyLines : [],
      continued: { part, of },
      children: [],
    };
  });
}
