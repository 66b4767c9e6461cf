// Formulas kept out of the page's DOM passes: KaTeX writes about 160 bytes of spans for each character of TeX, and
// parsing, walking and writing them again cost four times what KaTeX itself did. The renderer leaves a marker in
// each formula's place and the finished page gets the formulas back.
import { randomBytes } from 'node:crypto';

export interface FormulaMarkers {
  /** Unguessable per page, so that a deck cannot write a marker of its own. */
  nonce: string;
  /** Each formula's KaTeX HTML, by marker number. */
  html: string[];
}

export function formulaMarkers(): FormulaMarkers {
  return { nonce: randomBytes(8).toString('hex'), html: [] };
}

/** Keeps `html` and returns the marker that stands for it in the page. */
export function markFormula(markers: FormulaMarkers, html: string): string {
  markers.html.push(html);
  return `<lectern-formula data-k="${markers.nonce}-${markers.html.length - 1}"></lectern-formula>`;
}

/** The page with each marker replaced by its formula (one pass; a marker the page lost is simply absent). */
export function restoreFormulas(page: string, markers: FormulaMarkers): string {
  if (!markers.html.length) return page;
  const marker = new RegExp(`<lectern-formula data-k="${markers.nonce}-(\\d+)"></lectern-formula>`, 'g');
  return page.replace(marker, (whole, n: string) => markers.html[Number(n)] ?? '');
}
