// Marp directives: which keys exist, how a `<!-- key: value -->` comment is read, and how local ones carry over.
import { parse as parseYamlText } from 'yaml';

export const GLOBAL_DIRECTIVES = ['theme', 'style', 'headingDivider', 'size', 'math', 'title', 'author', 'description', 'keywords', 'url', 'image', 'lang', 'marp', 'transition'];
export const LOCAL_DIRECTIVES = ['paginate', 'header', 'footer', 'class', 'backgroundColor', 'backgroundImage', 'backgroundPosition', 'backgroundRepeat', 'backgroundSize', 'color'];

export type Directives = Record<string, unknown>;

/** One HTML comment in a slide: its directives, and its text when it is a presenter note instead. */
export interface MarpComment {
  directives: Directives;
  note?: string;
}

const RE_DIRECTIVE_LINE = new RegExp(`^([ \\t]*_?(?:${[...GLOBAL_DIRECTIVES, ...LOCAL_DIRECTIVES].join('|')})[ \\t]*:[ \\t]*)(\\S.*?)[ \\t]*$`, 'gm');

/**
 * Marp reads directives with "loose YAML": `backgroundColor: #fff` and `style: @import …` are strings there,
 * though YAML would read a comment or fail. Such plain values are quoted before the YAML parser sees them.
 */
export function looseYaml(text: string): string {
  return text.replace(RE_DIRECTIVE_LINE, (whole, key: string, value: string) =>
    /^(["'|>[{]|true$|false$|-?\d+(\.\d+)?$)/.test(value) ? whole : key + JSON.stringify(value),
  );
}

/** As Marpit: a comment whose YAML is a mapping holding a directive is a directive, any other is a presenter note. */
export function readComment(content: string): MarpComment {
  let value: unknown;
  try {
    value = parseYamlText(looseYaml(content));
  } catch {
    value = undefined;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const directives: Directives = {};
    for (const [key, v] of Object.entries(value)) {
      const bare = key.startsWith('_') ? key.slice(1) : key;
      if (GLOBAL_DIRECTIVES.includes(bare) || LOCAL_DIRECTIVES.includes(bare)) directives[key] = v;
    }
    if (Object.keys(directives).length) return { directives };
  }
  const note = content.trim();
  // `# <!--fit--> Title` is marp-core's fitting-header keyword, not a presenter note.
  if (note === 'fit') return { directives: {} };
  return note ? { directives: {}, note } : { directives: {} };
}

/** Local directives in force on each slide: inherited from the previous slide unless `_spot` ones override. */
export class LocalDirectives {
  private inherited: Directives;

  constructor(frontMatter: Directives) {
    this.inherited = Object.fromEntries(Object.entries(frontMatter).filter(([k]) => LOCAL_DIRECTIVES.includes(k)));
  }

  /** Applies one slide's comments; returns the directives that slide is drawn with. */
  slide(comments: readonly MarpComment[]): Directives {
    const spot: Directives = {};
    for (const c of comments) {
      for (const [key, value] of Object.entries(c.directives)) {
        if (key.startsWith('_') && LOCAL_DIRECTIVES.includes(key.slice(1))) spot[key.slice(1)] = value;
        else if (LOCAL_DIRECTIVES.includes(key)) this.inherited[key] = value;
      }
    }
    return { ...this.inherited, ...spot };
  }
}

/** Global directives written in comments anywhere in the deck (the last one wins, as in Marp). */
export function globalDirectives(comments: readonly MarpComment[]): Directives {
  const out: Directives = {};
  for (const c of comments) for (const [k, v] of Object.entries(c.directives)) if (GLOBAL_DIRECTIVES.includes(k)) out[k] = v;
  return out;
}
