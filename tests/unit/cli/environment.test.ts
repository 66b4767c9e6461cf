// Diagnostics printed for a command: sorted, relative to its cwd, errors to error and warnings to warn.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { error, warning } from '../../../src/diagnostics.js';
import { printDiagnostics } from '../../../src/cli/environment.js';

describe('printDiagnostics', () => {
  it('prints sorted lines relative to the command\'s folder, each at its level', () => {
    const lines: string[] = [];
    const cwd = path.resolve('/course');
    const env = { cwd, stdout: () => {}, logger: { info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`), error: (m: string) => lines.push(`error ${m}`) } };
    printDiagnostics([warning('/course/decks/b.md', 1, 1, 'later'), error('/course/decks/a.md', 3, 2, 'first', 'image-alt')], env);
    expect(lines).toEqual(['error decks/a.md:3:2: error: first [image-alt]', 'warn decks/b.md:1:1: warning: later']);
  });
});
