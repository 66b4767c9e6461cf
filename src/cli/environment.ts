// What a command gets from the CLI: where it runs, where its output goes, and how diagnostics are printed.
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { cappedLines } from '../cap-diagnostics.js';
import type { Logger } from '../log.js';
import type { parseArgs, ParseArgsConfig } from 'node:util';

export interface CliEnvironment {
  cwd: string;
  logger: Logger;
  stdout: (text: string) => void;
}

export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

/** The flags of a command as `parseArgs` returns them for its spec: `--deck` repeatable → string[], and so on. */
export type Flags<O extends FlagSpec> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values'];

/** A subcommand: its help text, its flags, and a run that returns the exit code. */
export interface Command<O extends FlagSpec = FlagSpec> {
  help: string;
  options: O;
  run(flags: Flags<O>, positionals: string[], env: CliEnvironment): Promise<number>;
}

/** A command whose run gets its flags typed from its own spec (parsed once, in cli.ts). */
export function command<const O extends FlagSpec>(spec: Command<O>): Command<O> {
  return spec;
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], env: CliEnvironment): void {
  for (const { severity, line } of cappedLines(sortDiagnostics(diagnostics), env.cwd)) (severity === 'error' ? env.logger.error : env.logger.warn)(line);
}
