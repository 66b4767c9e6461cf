// A Quarto deck's settings as Quarto merges them: the project's _quarto.yml, each _metadata.yml on the way to the
// deck, then the deck's own front matter, maps merged key by key; and the revealjs options read from the result.
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { quartoConfigFiles, readSmall } from '../config/quarto-files.js';
import { parseYaml } from '../config/yaml.js';

export type Settings = Record<string, unknown>;

const isMap = (v: unknown): v is Settings => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Later wins; maps are merged key by key, as Quarto merges metadata (lists and values are replaced). */
export function mergeSettings(base: Settings, over: Settings): Settings {
  const out: Settings = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = isMap(value) && isMap(out[key]) ? mergeSettings(out[key] as Settings, value) : value;
  return out;
}

/** The settings Quarto's files give a deck in `deckDir` (its own front matter not included). */
export function quartoFileSettings(deckDir: string, root: string): { settings: Settings; files: string[]; diagnostics: Diagnostic[] } {
  const files = quartoConfigFiles(deckDir, root);
  const diagnostics: Diagnostic[] = [];
  let settings: Settings = {};
  for (const file of files) {
    const yaml = parseYaml(readSmall(file), file);
    // A broken settings file is the course's: its deck still builds, with a warning instead of those settings.
    if (yaml.diagnostics.length) diagnostics.push(...yaml.diagnostics.slice(0, 1).map((d) => ({ ...d, severity: 'warning' as const, message: `${d.message} (its settings are not used)` })));
    else if (isMap(yaml.value)) settings = mergeSettings(settings, yaml.value);
  }
  return { settings, files: files.map((f) => path.resolve(f)), diagnostics };
}

export interface RevealjsOptions {
  /** Heading level that starts a slide (Quarto's default 2); headings above it start sections. */
  slideLevel: number;
  /** Code cells show their code unless a cell or `execute: echo: false` says otherwise. */
  echo: boolean;
  incremental?: boolean;
  smaller?: boolean;
  scrollable?: boolean;
  /** One theme name or file, or a list (Quarto layers a .scss over a built-in theme). */
  theme: string[];
  footer?: string;
  /** Attributes of the title slide's `<section>` (title-slide-attributes). */
  titleSlide: Record<string, string>;
  /** Whether the options name the revealjs format at all. */
  revealjs: boolean;
}

const bool = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** Quarto reads revealjs options both at the top level and under `format: revealjs:`; the latter wins. */
export function revealjsOptions(settings: Settings): RevealjsOptions {
  const format = settings.format;
  const revealjs = format === 'revealjs' || (Array.isArray(format) && format.includes('revealjs')) || (isMap(format) && 'revealjs' in format);
  const own = isMap(format) && isMap(format.revealjs) ? format.revealjs : {};
  const o: Settings = { ...settings, ...own };
  const execute = isMap(settings.execute) ? settings.execute : {};
  const knitr = isMap(settings.knitr) && isMap(settings.knitr.opts_chunk) ? settings.knitr.opts_chunk : {};
  const level = Number(o['slide-level']);
  const titleSlide: Record<string, string> = {};
  if (isMap(o['title-slide-attributes'])) {
    for (const [k, v] of Object.entries(o['title-slide-attributes'])) if ((typeof v === 'string' && v) || typeof v === 'number') titleSlide[k] = String(v);
  }
  return {
    slideLevel: Number.isInteger(level) && level >= 0 && level <= 6 ? level : 2,
    echo: bool(execute.echo) ?? bool(knitr.echo) ?? true,
    incremental: bool(o.incremental),
    smaller: bool(o.smaller),
    scrollable: bool(o.scrollable),
    theme: list(o.theme),
    footer: typeof o.footer === 'string' ? o.footer : undefined,
    titleSlide,
    revealjs,
  };
}
