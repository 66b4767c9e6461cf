// A deck file's text → its YAML front matter (validated) and the Markdown body with its first line number.
import { error, type Diagnostic } from '../diagnostics.js';
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
  const { data, diagnostics, unknownKeys } = validate(frontMatterSchema, yaml.value, {
    file,
    yaml,
    unknownKeys: 'warning',
    knownKeys: (path) => keysAt(frontMatterSchema, path),
  });
  return { data: data ?? {}, body, bodyLine: end + 2, diagnostics, unknownKeys, locate: yaml.locate };
}
