// argv → a subcommand run; returns the exit code (only bin/lectern.js exits).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createRequire } from 'node:module';
import { DeckError, formatDiagnostic, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { stderrLogger, type Logger } from './log.js';
import { describeFailure } from './cli/errors.js';
import type { Format } from './build.js';

const require = createRequire(import.meta.url);
const version = (require('../package.json') as { version: string }).version;

export interface CliEnvironment {
  cwd: string;
  logger: Logger;
  stdout: (text: string) => void;
}

const HELP = `lectern ${version}: outlined Markdown lectures → reveal.js decks, slide PDFs and handouts

Usage: lectern <command> [options]

Commands:
  build    build every deck for every class into dist/ (HTML, slide PDF, handout)
  serve    build, serve dist/ on 127.0.0.1 and rebuild + reload on every save
  check    lint decks in a real browser layout (overflow, small text, alt text, links, notes, contrast)
  new      create decks/<slug>.md from a starter outline

Run "lectern <command> --help" for a command's options.
  -h, --help       show this help
  -v, --version    print the version`;

interface Command {
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, unknown>, positionals: string[], env: CliEnvironment): Promise<number>;
}

const commands: Record<string, Command> = {
  build: {
    help: `Usage: lectern build [options]

Builds decks/*.md (and decks/<slug>/index.md) for every class in classes/*.yaml into dist/.
A build that fails leaves the previous dist/ as it was.

Options:
  --deck SLUG            only this deck (repeatable)
  --class ID             only this class (repeatable)
  --format LIST          html,pdf,handout (default: all three)
  --out DIR              output folder (default: dist)
  --theme NAME           override the theme of every deck (light, dark, contrast, …)
  --paper A4|Letter      handout paper size (default A4, or the class setting)
  --layout 3-up|6-up|notes  handout layout (default 3-up, or the class setting)
  --pdf-fragments        one PDF page per fragment step instead of the final state
  --pdf-notes            add each slide's speaker notes on a page after it
  --concurrency N        pages printed in parallel (default: number of CPUs)
  -h, --help             show this help`,
    options: {
      deck: { type: 'string', multiple: true },
      class: { type: 'string', multiple: true },
      format: { type: 'string' },
      out: { type: 'string' },
      theme: { type: 'string' },
      paper: { type: 'string' },
      layout: { type: 'string' },
      'pdf-fragments': { type: 'boolean' },
      'pdf-notes': { type: 'boolean' },
      concurrency: { type: 'string' },
    },
    run: async (values, _positionals, env) => (await import('./commands/build-command.js')).runBuild(values, env),
  },
  serve: {
    help: `Usage: lectern serve [options]

Builds the HTML, serves dist/ and rebuilds what a save affects, reloading open tabs on the same slide.
Build errors show in the terminal and as an overlay in the browser; the server keeps running.

Options:
  --port N         port (default 8000; the next free one if taken)
  --host ADDR      interface to listen on (default 127.0.0.1)
  --class ID       only this class (repeatable)
  --pdf            also rebuild PDFs and handouts on every change
  --out DIR        output folder (default: dist)
  -h, --help       show this help`,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      class: { type: 'string', multiple: true },
      pdf: { type: 'boolean' },
      out: { type: 'string' },
    },
    run: async (values, _positionals, env) => (await import('./serve/serve-command.js')).runServe(values, env),
  },
  check: {
    help: `Usage: lectern check [decks…] [options]

Lints decks at their slide size in a real browser. Rules: overflow, min-font-size, missing-image,
image-alt, broken-link, empty-slide, missing-notes, contrast. Exit 1 when there are errors.

Options:
  --class ID       check as this class sees the decks (default: the first class)
  --format text|json   output format (default: text)
  -h, --help       show this help`,
    options: {
      class: { type: 'string' },
      format: { type: 'string' },
    },
    run: async (values, positionals, env) => (await import('./check/check-command.js')).runCheck(values, positionals, env),
  },
  new: {
    help: `Usage: lectern new <slug> [--title "Title"]

Creates decks/<slug>.md from a starter outline that shows the syntax. Never overwrites a deck.

Options:
  --title TEXT     the lecture's title (default: from the slug)
  -h, --help       show this help`,
    options: { title: { type: 'string' } },
    run: async (values, positionals, env) => (await import('./scaffold/new-command.js')).runNew(values, positionals, env),
  },
};

export async function main(argv: string[], env: CliEnvironment = { cwd: process.cwd(), logger: stderrLogger, stdout: (t) => process.stdout.write(t) }): Promise<number> {
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

/** A wrong flag value: printed as one line, exit code 2. */
export class UsageError extends Error {}

export function printDiagnostics(diagnostics: readonly Diagnostic[], env: CliEnvironment): void {
  for (const d of sortDiagnostics(diagnostics)) (d.severity === 'error' ? env.logger.error : env.logger.warn)(formatDiagnostic(d, env.cwd));
}

export function parseFormats(value: unknown): Set<Format> {
  if (value === undefined) return new Set(['html', 'pdf', 'handout']);
  const formats = String(value).split(',').map((s) => s.trim()).filter(Boolean);
  for (const f of formats) if (!['html', 'pdf', 'handout'].includes(f)) throw new UsageError(`unknown format "${f}" (formats: html, pdf, handout)`);
  return new Set(['html', ...formats] as Format[]);
}
