// The URLs of a `srcset` list ("a.png 1x, b.png 2x"), read as browsers read them (a data: URL may hold commas).

export interface SrcsetCandidate {
  url: string;
  /** What follows the URL up to its comma ("2x", " 480w"), as written. */
  descriptor: string;
}

/** The HTML standard's parse: a URL runs to the next space (trailing commas end it), its descriptor to a comma outside brackets. */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  let at = 0;
  while (at < value.length) {
    while (at < value.length && /[\s,]/.test(value[at]!)) at++;
    if (at >= value.length) break;
    let end = at;
    while (end < value.length && !/\s/.test(value[end]!)) end++;
    let url = value.slice(at, end);
    at = end;
    if (url.endsWith(',')) {
      out.push({ url: url.replace(/,+$/, ''), descriptor: '' });
      continue;
    }
    let depth = 0;
    while (at < value.length && (value[at] !== ',' || depth > 0)) {
      if (value[at] === '(') depth++;
      else if (value[at] === ')') depth = Math.max(0, depth - 1);
      at++;
    }
    out.push({ url, descriptor: value.slice(end, at).trimEnd() });
  }
  return out.filter((c) => c.url !== '');
}

/** The list again with each URL passed through `rewrite`. */
export function rewriteSrcset(candidates: readonly SrcsetCandidate[], rewrite: (url: string) => string): string {
  return candidates.map((c) => `${rewrite(c.url)}${c.descriptor}`).join(', ');
}
