// Regexes a deck brings (separator, verticalSeparator, notesSeparator) are run over its whole text: an invalid
// one must be a diagnostic, and one that can backtrack catastrophically (`^(a+)+$`) must never run at all.
import safeRegex from 'safe-regex2';
import { error, type Diagnostic } from '../diagnostics.js';

/** Long enough for any real separator; short enough that checking it is instant. */
export const MAX_PATTERN_LENGTH = 200;

/** The reason a user pattern is refused, or undefined when it may run. */
export function regexProblem(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(pattern, 'mg');
  } catch (e) {
    return `is not a valid regular expression (${(e as Error).message.replace(/^Invalid regular expression: /, '')})`;
  }
  // Star height > 1 (a repeated group holding a repeat) backtracks exponentially on a near-miss.
  if (!safeRegex(pattern, { limit: 25 })) return 'could take exponential time on some text (a repeated group holds a repeat, like (a+)+); simplify it';
  if (/\\[1-9]|\\k</.test(pattern)) return 'uses a back-reference, which a separator does not need';
  return undefined;
}

/** Diagnostics for the front matter's regex settings, placed on their values. */
export function checkUserRegexes(settings: Record<string, unknown>, file: string, locate: (path: readonly (string | number)[]) => { line: number; column: number }): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const key of ['separator', 'verticalSeparator', 'notesSeparator']) {
    const value = settings[key];
    if (typeof value !== 'string') continue;
    const problem = value === '' ? 'is empty' : regexProblem(value);
    if (!problem) continue;
    const p = locate([key]);
    out.push(error(file, p.line, p.column, `${key} "${value.length > 40 ? value.slice(0, 40) + '…' : value}" ${problem}`));
  }
  return out;
}
