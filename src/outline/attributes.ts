// `{only=advanced .class #id layout=source}` at the end of a heading → slide attributes, unknown keys reported.
import { parseDuration } from '../config/duration.js';
import { didYouMean, error, type Diagnostic } from '../diagnostics.js';

export const layouts = ['default', 'center', 'source', 'image'] as const;
export type Layout = (typeof layouts)[number];

export interface SlideAttributes {
  /** Shown only to classes whose audience has one of these tags. */
  only: string[];
  /** Hidden from classes whose audience has one of these tags. */
  except: string[];
  layout?: Layout;
  classes: string[];
  id?: string;
  /** List depth revealed as fragments; Infinity for every level. */
  incremental?: number;
  /** Planned speaking time as written (`time=3m`), overriding the estimate. */
  time?: string;
  /** Extra attributes for the `<section>` (data-background, data-transition, …). */
  section: Record<string, string>;
}

const knownKeys = ['only', 'except', 'layout', 'incremental', 'fit', 'background', 'transition', 'notes', 'id', 'class', 'time'];
// Quoted values may hold their quote escaped with a backslash: {data-x="a\"b"}.
const RE_TOKEN = /([.#][\w-]+)|([\w-]+)(?:=(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s"']+)))?/g;
const unescape = (s: string | undefined) => s?.replace(/\\(.)/g, '$1');

export function emptyAttributes(): SlideAttributes {
  return { only: [], except: [], classes: [], section: {} };
}

export function parseAttributes(text: string, file: string, line: number, column: number): { attributes: SlideAttributes; diagnostics: Diagnostic[] } {
  const attributes = emptyAttributes();
  const diagnostics: Diagnostic[] = [];
  for (const m of text.matchAll(RE_TOKEN)) {
    const at = column + (m.index ?? 0);
    if (m[1]) {
      if (m[1][0] === '.') attributes.classes.push(m[1].slice(1));
      else attributes.id = m[1].slice(1);
      continue;
    }
    const key = m[2]!;
    const value = unescape(m[3] ?? m[4]) ?? m[5];
    const list = () => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    switch (true) {
      case key === 'only':
      case key === 'except':
        if (!list().length) diagnostics.push(error(file, line, at, `"${key}" needs audience tags, e.g. {${key}=advanced}`));
        attributes[key].push(...list());
        break;
      case key === 'layout':
        if (!(layouts as readonly string[]).includes(value ?? '')) {
          diagnostics.push(error(file, line, at, `unknown layout "${value ?? ''}"${didYouMean(value ?? '', layouts)}`));
        } else attributes.layout = value as Layout;
        break;
      case key === 'incremental':
        if (value === undefined || value === 'true') attributes.incremental = Infinity;
        else if (value === 'false') attributes.incremental = 0;
        else if (/^\d$/.test(value)) attributes.incremental = Number(value);
        else diagnostics.push(error(file, line, at, `incremental takes true, false or a list depth such as 1 or 2, not "${value}"`));
        break;
      case key === 'time':
        if (value === undefined || parseDuration(value) === undefined) diagnostics.push(error(file, line, at, `time takes a duration such as 3m, 90s, 1m30s or 2:30, not "${value ?? ''}"`));
        else attributes.time = value;
        break;
      case key === 'id':
        attributes.id = value;
        break;
      case key === 'fit' && value === undefined:
        // Opt-in shrink-to-fit (Marp's `fit`, Quarto's .r-fit-text): the page script scales the body down.
        attributes.classes.push('fit');
        break;
      case key === 'class':
        attributes.classes.push(...list());
        break;
      case key === 'background' || key === 'transition':
        attributes.section[`data-${key}`] = value ?? '';
        break;
      case key.startsWith('data-'):
        attributes.section[key] = value ?? '';
        break;
      default:
        diagnostics.push(error(file, line, at, `unknown attribute "${key}"${didYouMean(key, knownKeys)}`));
    }
  }
  return { attributes, diagnostics };
}

/** Whether content marked with these attributes is shown to a class with this audience. */
export function isVisible(only: readonly string[], except: readonly string[], audience: readonly string[] | undefined): boolean {
  // A class without an audience is the lecturer's complete copy: it sees every variant.
  if (!audience || audience.length === 0) return true;
  if (only.length && !only.some((t) => audience.includes(t))) return false;
  if (except.some((t) => audience.includes(t))) return false;
  return true;
}
