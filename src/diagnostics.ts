// Problems in the user's files, each with a position, and the one error class that carries them.
import path from 'node:path';
import { showInvisible } from './paths/invisible-chars.js';

import type { RuleId, Severity } from './rules.js';

export type { RuleId, Severity } from './rules.js';

export interface Diagnostic {
  /** The file the problem is in; for problems with no file (no browser found), "lectern". */
  file: string;
  /** 1-based; absent when the problem has no place in the file (a folder, a whole file, the command line). */
  line?: number;
  /** 1-based */
  column?: number;
  severity: Severity;
  message: string;
  /** Lint rule id, for `lectern check` output. */
  rule?: RuleId;
  /** The file or address the finding is about, as the deck wrote it (an image's src): two stages' findings about
   * one thing are matched by it, never by their wording. */
  subject?: string;
}

/** A mistake in the user's input: printed as diagnostics, never as a stack trace. */
export class DeckError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => formatDiagnostic(d, '/')).join('\n'));
    this.name = 'DeckError';
  }
}

export function error(file: string, line: number | undefined, column: number | undefined, message: string, rule?: RuleId): Diagnostic {
  return { file, line, column, severity: 'error', message, rule };
}

export function warning(file: string, line: number | undefined, column: number | undefined, message: string, rule?: RuleId): Diagnostic {
  return { file, line, column, severity: 'warning', message, rule };
}

/** A problem with a whole file or folder: printed as `file: error: …`, with no made-up position. */
export function fileError(file: string, message: string, rule?: RuleId): Diagnostic {
  return { file, severity: 'error', message, rule };
}

export function fileWarning(file: string, message: string, rule?: RuleId): Diagnostic {
  return { file, severity: 'warning', message, rule };
}

/** A wrong command line (unknown deck or class, bad flag value): one line, exit code 2. */
export class UsageError extends Error {}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

export function relativePath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** `decks/intro.md:12:3: error: message [rule]` with the path relative to cwd; `file: error: …` without a place. */
export function formatDiagnostic(d: Diagnostic, cwd: string): string {
  const rule = d.rule ? ` [${d.rule}]` : '';
  const place = d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : '';
  // A file name with a text-direction override would turn the rest of the line around in a terminal.
  return `${showInvisible(relativePath(d.file, cwd))}${place}: ${d.severity}: ${d.message}${rule}`;
}

/** Line and column (1-based) of a character offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The closest candidate by edit distance, for "did you mean …?" hints. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  const guess = closest(word, candidates);
  return guess ? ` (did you mean "${guess}"?)` : candidates.length ? ` (known: ${candidates.join(', ')})` : '';
}
