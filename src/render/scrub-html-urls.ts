// Raw HTML from a deck, as text, before it reaches any page: unsafe URL attributes (refuse-urls.ts's) taken out.
import { allowedValue, urlUse } from './refuse-urls.js';

// A start tag, quoted values skipped whole (so a ">" inside one does not end it); one character at a time, so
// a tag that never closes costs linear time.
const RE_TAG = /<([a-zA-Z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^>"'])*)>/g;
const RE_ATTRIBUTE = /([^\s"'>/=]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** `html` with every unsafe URL attribute removed, and the values it removed (as written). */
export function scrubHtmlUrls(html: string): { html: string; refused: string[] } {
  const refused: string[] = [];
  const out = html.replace(RE_TAG, (whole, name: string, rest: string) => {
    const tag = name.toUpperCase();
    let changed = false;
    const kept = rest.replace(RE_ATTRIBUTE, (attr, key: string, _v, double?: string, single?: string, bare?: string) => {
      const value = double ?? single ?? bare;
      const use = value === undefined ? undefined : urlUse(tag, key.toLowerCase());
      if (!use || allowedValue(key.toLowerCase(), value!, use)) return attr;
      changed = true;
      refused.push(value!);
      return '';
    });
    return changed ? `<${name}${kept}>` : whole;
  });
  return { html: out, refused };
}
