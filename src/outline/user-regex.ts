// Regexes a deck brings (separator, verticalSeparator, notesSeparator) are run over its whole text: an invalid
// one must be a diagnostic, and one that can backtrack catastrophically (`^(a+)+$`) must never run at all.
import { Worker } from 'node:worker_threads';
import safeRegex from 'safe-regex2';
import { DEFAULT_SEPARATOR, DEFAULT_VERTICAL_SEPARATOR } from './split.js';
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

/** Longest a deck's separators may take to split it; a real split takes a few milliseconds. */
export const SPLIT_LIMIT_MS = 2000;

// Runs the split's regex over the text in a worker, as the split will: it signals through shared memory.
const WORKER = `const { workerData } = require('node:worker_threads');
const re = new RegExp(workerData.pattern, 'mg');
let m;
while ((m = re.exec(workerData.text))) if (!m[0].length) re.lastIndex++;
Atomics.store(workerData.done, 0, 1);
Atomics.notify(workerData.done, 0);`;

/**
 * The star-height check misses some slow patterns (`(x|x)*y`): the deck's own separators are tried on its own
 * text in a worker first, and a split that is not done within the limit is refused (the worker is stopped).
 */
export function separatorsTooSlow(body: string, separator: string | undefined, vertical: string | undefined, limitMs = SPLIT_LIMIT_MS): boolean {
  if (separator === undefined && vertical === undefined) return false;
  const verticalPattern = vertical ?? (separator ? undefined : DEFAULT_VERTICAL_SEPARATOR);
  const pattern = (separator ?? DEFAULT_SEPARATOR) + (verticalPattern ? '|' + verticalPattern : '');
  const done = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER, { eval: true, workerData: { pattern, text: body, done } });
  const result = Atomics.wait(done, 0, 0, limitMs);
  void worker.terminate();
  return result === 'timed-out';
}
