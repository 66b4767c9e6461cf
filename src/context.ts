// What a run needs from the world, made by commands/ and handed down: no module below reaches for it itself.
import type { Logger } from './log.js';

/** Stored results of pure stages by their inputs (plain data): the render memo, or nothing. */
export interface Memo {
  /** The value stored for these inputs, if any. */
  recall<T>(inputs: unknown): T | undefined;
  store(inputs: unknown, value: unknown): void;
  /** Drops what the run did not need, once it is done (a memo on disk keeps its newest entries). */
  trim?(): void;
}

/** No memo: every stage runs (serve's in-memory render, `lectern check`, --no-cache). */
export const noMemo: Memo = { recall: () => undefined, store() {} };

/** The value stored for `inputs`, else `compute()`'s, stored. */
export function remember<T>(memo: Memo, inputs: unknown, compute: () => T): T {
  const stored = memo.recall<T>(inputs);
  if (stored !== undefined) return stored;
  const value = compute();
  memo.store(inputs, value);
  return value;
}

/** The process's environment, as the command read it. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The world one command runs in. */
export interface RunContext {
  /** Where relative paths on the command line start, and what messages name files relative to. */
  cwd: string;
  env: Environment;
  logger: Logger;
  /** This process's id: staging, lock and temporary names carry it. */
  pid: number;
}

/**
 * What one run reads or compiles once and reuses: themes, compiled templates. A run makes its own (serve: one per
 * rebuild), so a saved theme or template is read again without anyone clearing a cache by hand.
 */
export class Shelf {
  private readonly kinds = new Map<string, Map<string, unknown>>();

  /** The value kept under `kind` and `key`, else `make()`'s, kept for the rest of the run. */
  take<T>(kind: string, key: string, make: () => T): T {
    let kept = this.kinds.get(kind);
    if (!kept) this.kinds.set(kind, (kept = new Map()));
    if (kept.has(key)) return kept.get(key) as T;
    const value = make();
    kept.set(key, value);
    return value;
  }
}

/** What the library needs of the process it runs in; cli/host.ts makes it from `process`, tests make their own. */
export interface Host {
  /** This process's id: staging, lock and profile names carry it, so that a killed build's leftovers are known. */
  pid: number;
  platform: NodeJS.Platform;
  env: Environment;
  /** Running as root, where Chromium's sandbox will not start. */
  root: boolean;
  /** Whether a process is alive (the holder of an output lock). */
  alive(pid: number): boolean;
  /** Ends a process and the processes it started (Chromium and its helpers). */
  killGroup(pid: number): void;
}
