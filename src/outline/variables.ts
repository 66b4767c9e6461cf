// `{{class.name}}`, `{{deck.date}}`, `{{vars.x}}` in Markdown → HTML-escaped values; unknown names are errors.
import { didYouMean, error, warning, type Diagnostic } from '../diagnostics.js';
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

const RE_OWN_NAMESPACE = /^(class|deck|vars)\./;

/**
 * Substitutes in a single line; `\{{x}}` stays literal. `foreign`: a deck written for another tool, whose own
 * tool shows `{{N}}` as it is written (a template's blank to fill in): an unknown name stays as written, and only
 * one in Lectern's own namespaces (class., deck., vars.) is worth a warning.
 */
export function substituteText(text: string, variables: Variables, file: string, line: number, diagnostics: Diagnostic[], foreign = false): string {
  return text.replace(RE_VARIABLE, (whole, escape: string, name: string, offset: number) => {
    if (escape) return whole.slice(1);
    const value = lookup(variables, name);
    if (value === undefined || value === null || typeof value === 'object') {
      const message = `undefined variable "${name}"${didYouMean(name, knownNames(variables))}; define it under "vars:" in the class file`;
      if (!foreign) diagnostics.push(error(file, line, offset + 1, message));
      else if (RE_OWN_NAMESPACE.test(name)) diagnostics.push(warning(file, line, offset + 1, `${message} (shown as written)`));
      return foreign ? whole : '';
    }
    return escapeHtml(String(value));
  });
}

export function substituteLines(lines: readonly SourceLine[], variables: Variables, file: string, foreign = false): { lines: SourceLine[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fences = new FenceTracker();
  const out = lines.map((l) => {
    if (FenceTracker.isCode(fences.feed(l.text)) || !l.text.includes('{{')) return l;
    return { text: substituteText(l.text, variables, file, l.line, diagnostics, foreign), line: l.line };
  });
  return { lines: out, diagnostics };
}
