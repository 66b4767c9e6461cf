// The log sink a command hands down (info, warnings and errors for the lecturer), and per-area debug output.
import createDebug from 'debug';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** A terminal's progress line, redrawn in place; absent where the output is not a terminal (then `info` lines). */
  progress?: {
    show(line: string, done: number, of: number): void;
    /** The last line stays, and what follows starts below it. */
    end(): void;
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/**
 * `debug('lectern:browser')('launched')` prints only when DEBUG matches (DEBUG=lectern:*). The `debug` package
 * reads DEBUG and writes to stderr itself, as it does for Puppeteer's own debug output.
 */
export function debug(namespace: string): (message: string) => void {
  const log = createDebug(namespace);
  return (message) => log('%s', message);
}

/** Whether a DEBUG pattern (comma-separated, `*` at the end of a part matches any rest) names `namespace`. */
export function debugEnabled(namespace: string, pattern: string): boolean {
  return pattern.split(',').some((p) => p === namespace || (p.endsWith('*') && namespace.startsWith(p.slice(0, -1))));
}
