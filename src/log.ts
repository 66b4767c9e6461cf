// A tiny stderr logger: level tags, quiet in tests, debug output per area behind DEBUG=lectern:*.
const debugPattern = process.env.DEBUG ?? '';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const stderrLogger: Logger = {
  info: (m) => process.stderr.write(`${m}\n`),
  warn: (m) => process.stderr.write(`${m}\n`),
  error: (m) => process.stderr.write(`${m}\n`),
};

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** `debug('lectern:browser')('launched')` prints only when DEBUG matches. */
export function debug(namespace: string): (message: string) => void {
  return debugEnabled(namespace) ? (m) => process.stderr.write(`${namespace} ${m}\n`) : () => {};
}

export function debugEnabled(namespace: string): boolean {
  return debugPattern.split(',').some((p) => p === namespace || (p.endsWith('*') && namespace.startsWith(p.slice(0, -1))));
}
