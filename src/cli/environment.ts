// What a command gets from the CLI: where it runs, where its output goes, and how diagnostics are printed.
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { Logger } from '../log.js';
import type { ParseArgsConfig } from 'node:util';
import { cappedLines } from './cap-diagnostics.js';

export interface CliEnvironment {
  cwd: string;
  logger: Logger;
  stdout: (text: string) => void;
}

/** A subcommand: its help text, its flags, and a run that returns the exit code. */
export interface Command {
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, unknown>, positionals: string[], env: CliEnvironment): Promise<number>;
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], env: CliEnvironment): void {
  for (const { severity, line } of cappedLines(sortDiagnostics(diagnostics), env.cwd)) (severity === 'error' ? env.logger.error : env.logger.warn)(line);
}
