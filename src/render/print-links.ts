// Web links as paper shows them: the addresses printed under a slide in PDFs and handouts.
import { escapeHtml } from '../escape-html.js';

const RE_WEB_LINK = /<a href="(https?:\/\/[^"]+)"[^>]*>([\s\S]*?)<\/a>/g;

/**
 * Web links as paper shows them: their targets, printed under the slide in PDFs and handouts (hidden on screen).
 * A link whose text already is its address needs no footnote. Hrefs stay as marked escaped them.
 */
export function webLinks(html: string, sourceUrl?: string): string[] | null {
  const found = [...html.matchAll(RE_WEB_LINK)].filter((m) => m[2]!.replace(/<[^>]+>/g, '').trim() !== m[1]).map((m) => m[1]!);
  const all = [...new Set([...(sourceUrl ? [escapeHtml(sourceUrl)] : []), ...found])];
  return all.length ? all.map((url) => url.replace(/^https?:\/\//, '')) : null;
}
