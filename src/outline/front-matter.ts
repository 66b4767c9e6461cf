// A deck file's text → its YAML front matter (validated) and the Markdown body with its first line number.
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { frontMatterSchema, keysAt, validate, type FrontMatter } from '../config/schema.js';
import { parseYaml } from '../config/yaml.js';

export interface FrontMatterResult {
  data: FrontMatter;
  body: string;
  /** File line (1-based) on which `body` starts. */
  bodyLine: number;
  diagnostics: Diagnostic[];
  /** The unknown keys among `diagnostics` (warnings here): the deck's dialect decides what they are. */
  unknownKeys?: Diagnostic[];
  /** File positions of front matter keys, for later checks (unknown theme, missing logo). */
  locate(path: readonly (string | number)[]): { line: number; column: number };
}

const RE_OPEN = /^---[ \t]*$/;
const RE_CLOSE = /^(---|\.\.\.)[ \t]*$/;

/** `prepareYaml` lets a dialect adjust the YAML text first (Marp's loose YAML). */
export function readFrontMatter(file: string, rawText: string, prepareYaml: (yaml: string) => string = (y) => y): FrontMatterResult {
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const noPosition = () => ({ line: 1, column: 1 });
  if (!RE_OPEN.test(lines[0] ?? '')) {
    return { data: {}, body: text, bodyLine: 1, diagnostics: [], locate: noPosition };
  }
  const end = lines.findIndex((l, i) => i > 0 && RE_CLOSE.test(l));
  if (end < 0) {
    return {
      data: {},
      body: '',
      bodyLine: lines.length + 1,
      diagnostics: [error(file, 1, 1, 'front matter opened with "---" is never closed (add a line "---" after the last setting)')],
      locate: noPosition,
    };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const yaml = parseYaml(prepareYaml(yamlText), file, 2);
  const body = lines.slice(end + 1).join('\n');
  if (yaml.diagnostics.length) {
    return { data: {}, body, bodyLine: end + 2, diagnostics: yaml.diagnostics, locate: yaml.locate };
  }
  if (yaml.value !== null && yaml.value !== undefined && (typeof yaml.value !== 'object' || Array.isArray(yaml.value))) {
    return { data: {}, body, bodyLine: end + 2, diagnostics: [error(file, 2, 1, 'front matter must be a list of "key: value" settings')], locate: yaml.locate };
  }
  const emptied = emptyColours(yaml.value as Record<string, unknown> | null | undefined, file, yaml.locate);
  const { data, diagnostics, unknownKeys } = validate(frontMatterSchema, emptied.value, {
    file,
    yaml,
    unknownKeys: 'warning',
    knownKeys: (path) => keysAt(frontMatterSchema, path),
  });
  return { data: data ?? {}, body, bodyLine: end + 2, diagnostics: [...emptied.diagnostics, ...diagnostics], unknownKeys, locate: yaml.locate };
}

/** Marp's colour directives, which decks write unquoted (`color: #fff`). */
const COLOUR_KEYS = ['backgroundColor', 'color'];

/**
 * `backgroundColor: #ffff` is a key with no value: YAML reads " #" as the start of a comment. Marp ignores such a
 * key, so Lectern does too, with a warning that says how to write it, instead of stopping the deck.
 */
function emptyColours(value: Record<string, unknown> | null | undefined, file: string, locate: FrontMatterResult['locate']): { value: unknown; diagnostics: Diagnostic[] } {
  if (!value) return { value, diagnostics: [] };
  const empty = COLOUR_KEYS.filter((k) => Object.hasOwn(value, k) && value[k] === null);
  if (!empty.length) return { value, diagnostics: [] };
  const kept = Object.fromEntries(Object.entries(value).filter(([k]) => !empty.includes(k)));
  const diagnostics = empty.map((k) => {
    const at = locate([k]);
    return warning(file, at.line, at.column, `"${k}" has no value (YAML reads what follows " #" as a comment, so Marp ignores it too): write the colour in quotes, ${k}: "#…"`, 'marp-directive');
  });
  return { value: kept, diagnostics };
}
