// argv → a subcommand run; returns the exit code (only bin/lectern.js exits).
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from './paths/package-root.js';
import { DeckError, UsageError } from './diagnostics.js';
import type { Logger } from './log.js';
import { describeFailure } from './failure.js';
import { printDiagnostics, type CliEnvironment, type Command } from './cli/environment.js';
import { buildCommand } from './commands/build.js';
import { serveCommand } from './commands/serve.js';
import { checkCommand } from './commands/check.js';
import { newCommand } from './commands/new.js';
import { initCommand } from './commands/init.js';
import { mergeCommand } from './commands/merge.js';

export type { CliEnvironment } from './cli/environment.js';

const version = (JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;

const HELP = `lectern ${version}: outlined Markdown lectures → reveal.js decks, slide PDFs and handouts

Usage: lectern <command> [options]

Commands:
  build    build every deck for every class into dist/ (HTML, slide PDF, handout)
  serve    build, serve dist/ on 127.0.0.1 and rebuild + reload on every save
  check    lint decks in a real browser layout (overflow, small text, alt text, links, notes, contrast)
  init     make a new course in a folder: a starter lecture, a class, scripts
  new      create decks/<slug>.md from a starter outline
  merge    join the outputs of "build --shard I/N" runs into one dist/

Run "lectern <command> --help" for a command's options.
  -h, --help       show this help
  -v, --version    print the version

Exit codes: 0 done, 1 problems in decks or class files, 2 wrong command line, 130 interrupted (Ctrl-C).`;

// Each command's run is typed from its own flags; here they are held alike and parsed by their own spec.
const commands: Record<string, Command<any>> = { build: buildCommand, serve: serveCommand, check: checkCommand, init: initCommand, new: newCommand, merge: mergeCommand };

const stderrLogger: Logger = {
  info: (m) => process.stderr.write(`${m}\n`),
  warn: (m) => process.stderr.write(`${m}\n`),
  error: (m) => process.stderr.write(`${m}\n`),
  // A bar on a terminal; CI logs and pipes get one line a deck.
  progress: process.stderr.isTTY && !process.env.CI ? terminalBar(process.stderr) : undefined,
};

/** `[########........] 3/8 pdf survey/intro (19 pages) 0.60 s`, redrawn on one line. */
function terminalBar(out: NodeJS.WriteStream): NonNullable<Logger['progress']> {
  const width = 24;
  return {
    show(line, done, of) {
      const filled = Math.round((done / of) * width);
      const room = Math.max(20, (out.columns ?? 100) - width - 12);
      out.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${of} ${line.slice(0, room).padEnd(room)}`);
    },
    end: () => out.write('\n'),
  };
}

const defaultEnvironment = (): CliEnvironment => ({ cwd: process.cwd(), logger: stderrLogger, stdout: (t) => process.stdout.write(t) });

export async function main(argv: string[], env: CliEnvironment = defaultEnvironment()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    env.stdout(HELP + '\n');
    return name ? 0 : 2;
  }
  if (name === '-v' || name === '--version') {
    env.stdout(`${version}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    env.logger.error(`lectern: error: unknown command "${name}" (commands: ${Object.keys(commands).join(', ')}; see lectern --help)`);
    return 2;
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    env.logger.error(`lectern ${name}: error: ${(e as Error).message.split('\n')[0]} (see lectern ${name} --help)`);
    return 2;
  }
  if (parsed.values.help) {
    env.stdout(command.help + '\n');
    return 0;
  }
  try {
    return await command.run(parsed.values, parsed.positionals, env);
  } catch (e) {
    if (e instanceof DeckError) {
      printDiagnostics(e.diagnostics, env);
      return 1;
    }
    if (e instanceof UsageError) {
      env.logger.error(`lectern ${name}: error: ${e.message}`);
      return 2;
    }
    env.logger.error(describeFailure(e, name, env.cwd));
    return 1;
  }
}
