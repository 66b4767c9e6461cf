// Slidev's Vue in Markdown → what reveal.js shows: v-click/v-after as fragments, <v-clicks> as an incremental
// list, and components Lectern cannot run reduced to their text (the caller warns once per component).
import { codeLines } from '../fences.js';

/** A tag: `<Name …>`, `</Name>` or `<Name … />`; names of components are PascalCase, kebab-case or icon:names. */
const RE_TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s>=]+(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g;
const RE_CLICK_ATTR = /\s(?:v-click|v-after)(?:\.hide)?(?:=(?:"[^"]*"|'[^']*'))?(?=[\s/>]|$)/;
/** HTML elements written with a hyphen or a capital: none; so such names are Vue components (or icons). */
const isComponent = (name: string) => /[A-Z:]/.test(name) || (name.includes('-') && !name.startsWith('v-'));

export interface VueResult {
  lines: string[];
  /** Component names met, in order (each once). */
  components: string[];
  /** `<v-clicks depth="2">`: the list depth revealed step by step (1 without depth). */
  clicksDepth?: number;
}

export function slidevVue(lines: readonly string[]): VueResult {
  const code = codeLines(lines);
  const components: string[] = [];
  let clicksDepth: number | undefined;
  const out = lines.map((line, i) => {
    if (code[i]) return line;
    // Inline code is text, not markup: only the parts between backtick spans are rewritten.
    return line
      .split(/(`[^`]*`)/)
      .map((part, k) =>
        k % 2
          ? part
          : part.replace(RE_TAG, (whole, close: string, name: string, attrs: string, self: string) => {
              const lower = name.toLowerCase();
              // Slidev's older slot syntax: <template v-slot:right> (or #right) is the `::right::` line.
              if (lower === 'template') return close ? '' : (/(?:v-slot:|#)([\w-]+)/.exec(attrs)?.[1] ?? 'default').replace(/^/, '::') + '::';
              if (lower === 'v-click' || lower === 'v-after') return close ? '</div>' : '<div class="fragment">';
              if (lower === 'v-clicks') {
                if (!close) clicksDepth = Math.max(clicksDepth ?? 0, Number(/depth=["']?(\d)/.exec(attrs)?.[1] ?? 1));
                return close ? '</div>' : '<div class="slidev-clicks">';
              }
              if (isComponent(name)) {
                if (!components.includes(name)) components.push(name);
                return '';
              }
              if (!close && RE_CLICK_ATTR.test(attrs)) return `<${name}${withFragment(attrs.replace(RE_CLICK_ATTR, ''))}${self ? ' /' : ''}>`;
              return whole;
            }),
      )
      .join('');
  });
  return { lines: out, components, ...(clicksDepth !== undefined && { clicksDepth }) };
}

/** Adds reveal.js's `fragment` class to a tag's attributes, inside its class="…" when it has one. */
function withFragment(attrs: string): string {
  const m = /(\sclass=)(["'])([^"']*)\2/.exec(attrs);
  if (!m) return `${attrs} class="fragment"`;
  return attrs.replace(m[0], `${m[1]}${m[2]}${m[3]} fragment${m[2]}`);
}
