// What markdown-it makes of each line of a slide, as far as splitting and image keywords need: fenced code, an
// HTML comment, another HTML block, or Markdown text (Marp's reading, which the other dialects share).
import { FenceTracker } from '../fences.js';

const RE_HTML_START = /^ {0,3}<(?:!--|\/?[a-zA-Z][\w-]*(?:[\s/>]|$))/;

export type LineKind = 'code' | 'comment' | 'html' | 'text';

const BLOCK_TAGS = /^ {0,3}<\/?(address|article|aside|blockquote|body|center|details|dialog|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:[\s/>]|$)/i;
const RAW_TAGS = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;

/**
 * What markdown-it makes of each line, as far as splitting needs: fenced code, an HTML comment (to its `-->`),
 * another HTML block (to a blank line, or to its closing tag for <style>, <pre>, <script>), or Markdown text.
 * A fence inside an HTML block or comment opens nothing.
 */
export function marpLineKinds(lines: readonly string[]): LineKind[] {
  const fences = new FenceTracker();
  let open: { kind: 'comment' | 'html'; until: RegExp } | undefined;
  let previous = '';
  return lines.map((text) => {
    if (open) {
      const ends = open.until.test(text);
      const kind = open.kind;
      if (ends) open = undefined;
      previous = text;
      return ends && kind === 'html' && !text.trim() ? 'text' : kind;
    }
    const state = fences.feed(text);
    let kind: LineKind = FenceTracker.isCode(state) ? 'code' : 'text';
    if (kind === 'text') {
      const raw = RAW_TAGS.exec(text);
      if (/^ {0,3}<!--/.test(text)) {
        kind = 'comment';
        if (!text.slice(text.indexOf('<!--') + 4).includes('-->')) open = { kind, until: /-->/ };
      } else if (raw) {
        kind = 'html';
        if (!new RegExp(`</${raw[1]}>`, 'i').test(text)) open = { kind, until: new RegExp(`</${raw[1]}>`, 'i') };
      } else if (BLOCK_TAGS.test(text) || (RE_HTML_START.test(text) && !previous.trim())) {
        kind = 'html';
        open = { kind, until: /^\s*$/ };
      }
    }
    previous = text;
    return kind;
  });
}
