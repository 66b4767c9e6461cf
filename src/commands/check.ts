// `lectern check`: the rules of check/rules.ts on the named decks (default all), as text lines or JSON.
import path from 'node:path';
import { hasErrors, sortDiagnostics, UsageError } from '../diagnostics.js';
import { cappedLines } from '../cap-diagnostics.js';
import { command, type CliEnvironment, type Flags, type FlagSpec } from '../cli/environment.js';
import { rulesHelp } from '../config/rules.js';
import { processHost } from '../cli/host.js';

const flags = {
  class: { type: 'string', multiple: true },
  format: { type: 'string' },
  'follow-links': { type: 'boolean' },
} as const satisfies FlagSpec;

export const checkCommand = command({
  help: `Usage: lectern check [decks…] [options]

Lints decks at their slide size in a real browser. With no deck named, every deck is checked, including
decks no class lists; a named deck (intro, decks/intro.md) is checked as each class that lists it sees it,
or with the default look when none does. Exit 1 when there are errors.

Rules (switch one off or change its severity per deck or class: check: { missing-notes: off }):
${rulesHelp()}

Options:
  --class ID           check as this class sees the decks (default: every class)
  --format text|json   output format (default: text)
  --follow-links       use decks, class files and templates that link to files outside the project
  -h, --help           show this help

Exit codes: 0 no errors, 1 errors found, 2 wrong command line (unknown deck or class).`,
  options: flags,
  run: (values, positionals, env) => runCheck(values, positionals, env),
});

async function runCheck(values: Flags<typeof flags>, positionals: string[], env: CliEnvironment): Promise<number> {
  const format = values.format ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError(`unknown format "${format}" (text or json)`);
  const { check } = await import('../check-decks.js');
  const diagnostics = await check(env.cwd, positionals, values.class, processHost(), Boolean(values['follow-links']));
  const sorted = sortDiagnostics(diagnostics);
  if (format === 'json') {
    env.stdout(JSON.stringify(sorted.map((d) => ({ ...d, file: path.relative(env.cwd, d.file) || d.file })), null, 2) + '\n');
  } else {
    for (const { line } of cappedLines(sorted, env.cwd)) env.stdout(line + '\n');
    const errors = sorted.filter((d) => d.severity === 'error').length;
    env.logger.info(`${errors} error${errors === 1 ? '' : 's'}, ${sorted.length - errors} warning${sorted.length - errors === 1 ? '' : 's'}`);
  }
  return hasErrors(sorted) ? 1 : 0;
}
