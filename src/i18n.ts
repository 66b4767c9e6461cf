// Every word Lectern itself writes, in the deck's language: one JSON table per language in templates/i18n/, English fallback.
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from './paths/package-root.js';

export type Strings = Record<string, string>;

const dir = path.join(packageRoot, 'templates', 'i18n');
const tables = new Map<string, Strings | null>();

function table(code: string): Strings | null {
  if (!tables.has(code)) {
    const file = path.join(dir, `${code}.json`);
    // Only plain language codes name a file: a deck's lang never becomes a path outside the folder.
    tables.set(code, /^[a-z]{2,3}$/.test(code) && fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Strings) : null);
  }
  return tables.get(code)!;
}

/** The base language of a BCP 47 tag: "fr-CA" → "fr". */
function base(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? 'en';
}

/** Whether Lectern has a string table for this language (check warns when it has not). */
export function hasStrings(lang: string): boolean {
  return table(base(lang)) !== null;
}

/** The languages that have a table. */
export function languages(): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

/** The language's strings, each missing one taken from English. */
export function stringsFor(lang: string): Strings {
  return { ...table('en'), ...(table(base(lang)) ?? {}) };
}

/** The language's double quotes, opening and closing. */
export function quotesFor(strings: Strings): readonly [string, string] {
  return [strings.openQuote ?? '“', strings.closeQuote ?? '”'];
}

/** Fills `{name}` placeholders; an unknown key shows as itself so a gap is visible, never blank. */
export function translate(strings: Strings, key: string, values: Record<string, string | number> = {}): string {
  return (strings[key] ?? key).replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

/** An ISO date ("2027-02-09") in the language's words ("9 February 2027", "9 février 2027"); other text unchanged. */
export function formatDate(value: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Date.UTC rolls 2027-13-45 over into 2028: a date that does not come back as written is not a date.
  if (date.toISOString().slice(0, 10) !== m[0]) return value;
  try {
    return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
}
