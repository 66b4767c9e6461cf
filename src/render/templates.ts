// Handlebars set-up: layouts and partials from templates/, a theme's partials over the shared ones, strict mode.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import Handlebars from 'handlebars';
import { DeckError, error } from '../diagnostics.js';
import type { Theme } from '../config/themes.js';
import { translate, type Strings } from '../i18n.js';
import { packageRoot } from '../paths/package-root.js';
import { Shelf } from '../context.js';

export type Template = (context: object, options?: Handlebars.RuntimeOptions) => string;

export interface Templates {
  layout(name: string): Template;
  /** The file a layout comes from (the project's own, else Lectern's), for errors about what it produced. */
  layoutFile(name: string): string;
}

interface HandlebarsErrorLike {
  lineNumber?: number;
  column?: number;
  message: string;
}

// Keyed by file names a project chooses (a partial may be called __proto__.hbs): a Map, never an object.
function readTemplates(dir: string): Map<string, { file: string; source: string }> {
  const out = new Map<string, { file: string; source: string }>();
  if (!fs.existsSync(dir)) return out;
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.hbs')) out.set(f.slice(0, -4), { file: path.join(dir, f), source: fs.readFileSync(path.join(dir, f), 'utf8') });
  return out;
}

/** Layouts and partials for one theme; compiled once per theme and run (`shelf`). */
export function loadTemplates(templatesDir: string, theme: Theme, shelf = new Shelf()): Templates {
  return shelf.take('templates', `${templatesDir}\0${theme.dir}`, () => compileTemplates(templatesDir, theme));
}

function compileTemplates(templatesDir: string, theme: Theme): Templates {
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  // A project's own templates/ (copied from an older Lectern) may lack newer files: Lectern's own fill the gaps.
  const bundled = path.join(packageRoot, 'templates');
  const partials = new Map([...readTemplates(path.join(bundled, 'partials')), ...readTemplates(path.join(templatesDir, 'partials'))]);
  for (const [name, source] of Object.entries(theme.partials)) partials.set(name, { file: path.join(theme.dir, 'partials', `${name}.hbs`), source });
  for (const [name, p] of partials) hbs.registerPartial(name, compile(hbs, p.file, p.source));
  const layouts = new Map([...readTemplates(path.join(bundled, 'layouts')), ...readTemplates(path.join(templatesDir, 'layouts'))]);
  const compiled = new Map<string, Template>();
  const templates: Templates = {
    layoutFile: (name) => layouts.get(name)?.file ?? path.join(templatesDir, 'layouts', `${name}.hbs`),
    layout(name) {
      const found = compiled.get(name);
      if (found) return found;
      const layout = layouts.get(name);
      if (!layout) throw new DeckError([error(path.join(templatesDir, 'layouts', `${name}.hbs`), 1, 1, `layout "${name}" is missing from templates/layouts`)]);
      const template = compile(hbs, layout.file, layout.source);
      compiled.set(name, template);
      return template;
    },
  };
  return templates;
}

// Handlebars adds keys to the options it is given: each call gets a copy, so that keys stay the same.
const COMPILE_OPTIONS = Object.freeze({ strict: true, preventIndent: true });

/** Lectern's own templates, precompiled by scripts/bundle.mjs into lib/bundle/templates.cjs (package code, never
 * the project's cache: compiled JavaScript from a folder that came with a deck would run as Lectern). */
let precompiled: Record<string, TemplateSpecification> | undefined;
type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** The key of a template's precompiled form: its source, Handlebars' version and the compile options. */
export function templateKey(source: string): string {
  return createHash('sha256').update(`${Handlebars.VERSION}\0${JSON.stringify(COMPILE_OPTIONS)}\0${source}`).digest('hex');
}

/** A template's precompiled form (JavaScript source), as compile() would build it: scripts/bundle.mjs writes these. */
export function precompileTemplate(source: string): string {
  return Handlebars.precompile(source, { ...COMPILE_OPTIONS }) as string;
}

function precompiledSpec(source: string): TemplateSpecification | undefined {
  if (!precompiled) {
    try {
      precompiled = createRequire(import.meta.url)(path.join(packageRoot, 'lib', 'bundle', 'templates.cjs')) as Record<string, TemplateSpecification>;
    } catch {
      precompiled = {};
    }
  }
  return precompiled[templateKey(source)];
}

/** Checks the syntax at once, compiles on first use and runs strictly, rethrowing Handlebars errors with the template's path and line. */
function compile(hbs: typeof Handlebars, file: string, source: string): Template {
  let template: HandlebarsTemplateDelegate;
  try {
    // Lectern's own templates come precompiled: compiling them took about 80 ms of the first render.
    const spec = precompiledSpec(source);
    if (spec) template = hbs.template(spec);
    else {
      // Parsing finds a syntax error now, with its line (compile() itself waits for the first render, and a full
      // precompile would compile every partial twice).
      hbs.parse(source);
      template = hbs.compile(source, { ...COMPILE_OPTIONS });
    }
  } catch (e) {
    throw templateError(file, e as HandlebarsErrorLike);
  }
  // Options pass through: a partial needs its caller's data (@root), helpers and partials.
  return (context, options) => {
    try {
      return template(context, options);
    } catch (e) {
      if (e instanceof DeckError) throw e;
      throw templateError(file, e as HandlebarsErrorLike, context);
    }
  };
}

// Handlebars' strict mode: `"name" not defined in [object Object] - 2:21`.
const RE_NOT_DEFINED = /^"(.+?)" not defined in (.*?)(?: - \d+:\d+)?$/;

/** What a template asked for and was not given, said with what it can use instead. */
function explainMissing(message: string, context: object | undefined): string {
  const m = RE_NOT_DEFINED.exec(message);
  if (!m) return message;
  if (m[2] === 'undefined' || m[2] === 'null') return `"${m[1]}" is read from a value this template is not given (check the name before ".${m[1]}")`;
  const names = context && typeof context === 'object' ? Object.keys(context).sort() : [];
  return `"${m[1]}" is not a value Lectern gives this template${names.length ? ` (it gets: ${names.join(', ')})` : ''}`;
}

function templateError(file: string, e: HandlebarsErrorLike, context?: object): DeckError {
  const first = explainMissing(e.message.split('\n')[0]!.replace(/^Parse error on line \d+:?/, 'parse error'), context);
  const line = e.lineNumber ?? Number(/line (\d+)/.exec(e.message)?.[1] ?? 1);
  const column = (e.column ?? 0) + 1;
  return new DeckError([error(file, line, column, `template: ${first.replace(/ in template$/, '')}`)]);
}

function registerHelpers(hbs: typeof Handlebars): void {
  // {{t "page" page=1 total=8}}: the page's language table (context.strings), placeholders filled, then escaped.
  hbs.registerHelper('t', (key: unknown, options: Handlebars.HelperOptions) => translate((options.data?.root as { strings?: Strings })?.strings ?? {}, String(key), options.hash as Record<string, string>));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hbs.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  hbs.registerHelper('json', (value: unknown) => new hbs.SafeString(JSON.stringify(value ?? null).replace(/</g, '\\u003c')));
  hbs.registerHelper('join', (value: unknown, sep: unknown) => (Array.isArray(value) ? value.join(typeof sep === 'string' ? sep : ', ') : ''));
}
