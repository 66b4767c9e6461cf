// `{{class.name}}`, `{{deck.date}}`, `{{vars.x}}` in Markdown → HTML-escaped values; unknown names are errors.
import { didYouMean, error, type Diagnostic } from '../diagnostics.js';
import type { SourceLine } from './source.js';
import { FenceTracker } from './fences.js';
import { escapeHtml } from '../escape-html.js';

export type Variables = Record<string, unknown>;

const RE_VARIABLE = /(\\?)\{\{\s*([\w.-]+)\s*\}\}/g;

export function lookup(variables: Variables, name: string): unknown {
  // Own properties only: `{{class.constructor}}` must not reach Object's prototype.
  return name.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' && Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined), variables);
}

function knownNames(variables: Variables, prefix = ''): string[] {
  return Object.entries(variables).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? knownNames(v as Variables, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

/** Substitutes in a single line; `\{{x}}` stays literal. */
export function substituteText(text: string, variables: Variables, file: string, line: number, diagnostics: Diagnostic[]): string {
  return text.replace(RE_VARIABLE, (whole, escape: string, name: string, offset: number) => {
    if (escape) return whole.slice(1);
    const value = lookup(variables, name);
    if (value === undefined || value === null || typeof value === 'object') {
      diagnostics.push(error(file, line, offset + 1, `undefined variable "${name}"${didYouMean(name, knownNames(variables))}; define it under "vars:" in the class file`));
      return '';
    }
    return escapeHtml(String(value));
  });
}

export function substituteLines(lines: readonly SourceLine[], variables: Variables, file: string): { lines: SourceLine[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fences = new FenceTracker();
  const out = lines.map((l) => {
    if (FenceTracker.isCode(fences.feed(l.text)) || !l.text.includes('{{')) return l;
    return { text: substituteText(l.text, variables, file, l.line, diagnostics), line: l.line };
  });
  return { lines: out, diagnostics };
}
