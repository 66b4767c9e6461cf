// The shapes of front matter and class files, and zod issues turned into positioned diagnostics.
import { z } from 'zod';
import { didYouMean, error, warning, type Diagnostic } from '../diagnostics.js';
import type { ParsedYaml } from './yaml.js';
import { parseDuration } from './duration.js';
import { normaliseColour } from './colour.js';
import { RULE_IDS } from './rules.js';
import { isSafeUrl } from '../paths/url-policy.js';

const text = z.union([z.string(), z.number()]).transform(String);
// Parsed as CSS (culori) and rewritten as hex, so the value written into <style> is always the parsed colour.
const colour = z.string().transform((value, ctx) => {
  const hex = normaliseColour(value);
  if (hex === undefined) ctx.addIssue({ code: 'custom', message: 'expected a CSS colour such as "#1a5fb4", "rebeccapurple" or "oklch(0.5 0.1 250)"' });
  return hex ?? value;
});

/** `notes` is the students' (their `Handout:` text); `lecturer-notes` carries the speaker notes. */
export const handoutLayouts = ['3-up', '6-up', 'notes', 'lecturer-notes'] as const;
export const paperSizes = ['A4', 'Letter'] as const;

const fonts = z.strictObject({ heading: z.string().optional(), body: z.string().optional(), code: z.string().optional() });
const size = z.union([
  z.string().regex(/^(\d{3,4}x\d{3,4}|16:9|4:3)$/, 'expected WIDTHxHEIGHT such as "1280x720", or 16:9 or 4:3').refine((s) => {
    if (!s.includes('x')) return true;
    const [w, h] = s.split('x').map(Number);
    return w! >= 320 && w! <= 4096 && h! >= 200 && h! <= 4096;
  }, 'width must be 320–4096 and height 200–4096 pixels, e.g. "1280x720"'),
  z.strictObject({ width: z.number().int().min(320).max(4096), height: z.number().int().min(200).max(4096) }),
]);
const handout = z.strictObject({
  layout: z.enum(handoutLayouts).optional(),
  paper: z.enum(paperSizes).optional(),
});

/** `check: { missing-notes: off }`: switch a rule off, or change its severity, for a deck or a class. */
const checkSettings = z.partialRecord(z.enum(RULE_IDS as [string, ...string[]]), z.enum(['off', 'warning', 'error']));

/** Look settings that front matter, a class file and flags may all set. */
const lookKeys = {
  theme: z.string().optional(),
  accent: colour.optional(),
  fonts: fonts.optional(),
  /** One image, or one per background tone: the footer and title slide pick the one that shows. */
  logo: z.union([z.string(), z.strictObject({ light: z.string(), dark: z.string() })]).optional(),
  footer: text.optional(),
  size: size.optional(),
  handout: handout.optional(),
};

export const frontMatterSchema = z.strictObject({
  title: text.optional(),
  subtitle: text.optional(),
  author: text.optional(),
  date: text.optional(),
  lang: z.string().optional(),
  source: z
    .strictObject({
      title: text.optional(),
      author: text.optional(),
      publisher: text.optional(),
      url: z.string().refine((url) => isSafeUrl(url), { message: 'source url must be a web address (http or https), not a script or data: URL' }).optional(),
      published: text.optional(),
    })
    .optional(),
  /** A list, or one comma-separated line as mkslides and Jekyll-style front matter write them. */
  tags: z.union([z.array(text), text.transform((t) => t.split(',').map((x) => x.trim()).filter(Boolean))]).optional(),
  incremental: z.union([z.boolean(), z.number().int().min(0).max(6)]).optional(),
  /** Curly quotes, en dashes in ranges and ellipses at render time; false keeps the text as typed. */
  typography: z.boolean().optional(),
  separator: z.string().optional(),
  verticalSeparator: z.string().optional(),
  notesSeparator: z.string().optional(),
  revealOptions: z.record(z.string(), z.unknown()).optional(),
  // Marp's front matter (global and local directives), read by the Marp dialect.
  marp: z.boolean().optional(),
  paginate: z.boolean().optional(),
  headingDivider: z.union([z.number().int().min(1).max(6), z.array(z.number().int().min(1).max(6))]).optional(),
  header: text.optional(),
  /** Marp takes several classes space-separated or as a YAML list. */
  class: z.union([text, z.array(text).transform((list) => list.join(' '))]).optional(),
  style: z.string().optional(),
  math: z.string().optional(),
  description: text.optional(),
  keywords: z.union([text, z.array(text)]).optional(),
  url: z.string().optional(),
  image: z.string().optional(),
  transition: z.string().optional(),
  backgroundColor: z.string().optional(),
  backgroundImage: z.string().optional(),
  backgroundPosition: z.string().optional(),
  backgroundRepeat: z.string().optional(),
  backgroundSize: z.string().optional(),
  color: z.string().optional(),
  check: checkSettings.optional(),
  ...lookKeys,
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

export const classSchema = z.strictObject({
  name: text,
  code: text.optional(),
  term: text.optional(),
  instructor: text.optional(),
  institution: text.optional(),
  decks: z.array(z.string()).optional(),
  audience: z.array(z.string()).optional(),
  dates: z.record(z.string(), text).optional(),
  vars: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  /** false: raw HTML in this class's decks is shown as text (for decks from students or colleagues). */
  html: z.boolean().optional(),
  /** Words a minute the lecturer speaks, for the time estimate. */
  speakingRate: z.number().min(60, 'expected words a minute between 60 and 300').max(300, 'expected words a minute between 60 and 300').optional(),
  /** The lecture slot, e.g. "50m": check warns when a deck is planned for longer. */
  lecture: z.union([z.string(), z.number()]).refine((v) => parseDuration(v) !== undefined, 'expected a duration such as 50m, 1h30m or 90').optional(),
  check: checkSettings.optional(),
  /** Also written for this class's decks by every build that prints (docs/pptx.md): editable PowerPoint, slide images. */
  formats: z.array(z.enum(['pptx', 'png'])).optional(),
  ...lookKeys,
});
export type ClassFile = z.infer<typeof classSchema>;

export type LookSettings = Pick<FrontMatter, keyof typeof lookKeys>;

interface IssueOptions {
  file: string;
  yaml: ParsedYaml;
  /** Unknown keys in front matter are warnings (reveal-md decks carry their own); in class files, errors. */
  unknownKeys: 'error' | 'warning';
  /** Known keys at each object path, for "did you mean" hints. */
  knownKeys: (path: readonly PropertyKey[]) => string[];
}

/** Validates `value`, returning the parsed data (undefined on errors) and positioned diagnostics. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, options: IssueOptions): { data?: T; diagnostics: Diagnostic[]; unknownKeys: Diagnostic[] } {
  const result = schema.safeParse(value ?? {});
  if (result.success) return { data: result.data, diagnostics: [], unknownKeys: [] };
  const diagnostics: Diagnostic[] = [];
  /** The unknown keys among `diagnostics`: a caller that knows more (the deck's dialect) may weigh them again. */
  const unknownKeys: Diagnostic[] = [];
  let onlyWarnings = true;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const p = options.yaml.locate([...path, key], true);
        const make = options.unknownKeys === 'error' ? error : warning;
        if (options.unknownKeys === 'error') onlyWarnings = false;
        const found = make(options.file, p.line, p.column, `unknown key "${[...path, key].join('.')}"${didYouMean(key, options.knownKeys(path))}`);
        diagnostics.push(found);
        unknownKeys.push(found);
      }
      continue;
    }
    onlyWarnings = false;
    const p = options.yaml.locate(path);
    const where = path.length ? `"${path.join('.')}": ` : '';
    const missing = path.length > 0 && valueAt(value, path) === undefined;
    diagnostics.push(error(options.file, p.line, p.column, missing ? `"${path.join('.')}" is required` : `${where}${describeIssue(issue)}`));
  }
  if (onlyWarnings) {
    // Unknown keys alone do not stop the build: validate again without them.
    const cleaned = stripUnknown(value, result.error.issues);
    const again = schema.safeParse(cleaned);
    if (again.success) return { data: again.data, diagnostics, unknownKeys };
  }
  return { diagnostics, unknownKeys };
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && 'values' in issue) return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  return issue.message.replace(/^Invalid input: /, '');
}

function stripUnknown(value: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
  const copy = structuredClone(value ?? {}) as Record<string, unknown>;
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    let target: any = copy;
    for (const p of issue.path) target = target?.[p as any];
    for (const key of issue.keys) if (target) delete target[key];
  }
  return copy;
}

/** Keys a strict object schema knows at a path, for suggestions. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: any = schema;
  for (const segment of path) {
    current = unwrap(current);
    if (current?.shape) current = current.shape[segment as string];
    else if (current?.element) current = current.element;
    else return [];
  }
  current = unwrap(current);
  if (current?.shape) return Object.keys(current.shape);
  // A record with enum keys (check: { rule: off }): its keys are the enum's values.
  const keyType = current?._zod?.def?.keyType;
  return Array.isArray(keyType?.options) ? keyType.options.map(String) : [];
}

function unwrap(schema: any): any {
  let s = schema;
  while (s?.unwrap && !s.shape) s = s.unwrap();
  return s;
}
