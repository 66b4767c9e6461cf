// The last line of defence: any escaped error becomes one line naming its file or command, never a stack.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../../src/failure.js';

const cwd = path.resolve('/course');
const errno = (code: string, file?: string) => Object.assign(new Error(`${code}: something, open '${file}'`), { code, path: file });

describe('describeFailure', () => {
  it.each<[unknown, string]>([
    [errno('ENOENT', '/course/decks/a.md'), 'decks/a.md: error: not found [ENOENT]'],
    [errno('EACCES', '/elsewhere/dist'), '/elsewhere/dist: error: permission denied (check the file or folder permissions) [EACCES]'],
    [errno('ENOSPC'), 'lectern build: error: no space left on the disk (free some space and build again) [ENOSPC]: ENOSPC: something, open \'undefined\''],
    [Object.assign(new Error('copy failed'), { code: 'EXDEV', dest: '/course/dist' }), 'dist: error: cannot be moved across file systems (keep the output folder on the same disk as the project) [EXDEV]'],
    [Object.assign(new Error('No browser found\nsecond line'), { name: 'BrowserNotFound' }), 'lectern build: error: No browser found'],
    [new URIError('URI malformed'), 'lectern build: error: a link or image path has an invalid %-escape (URI malformed); write "%25" for a literal %'],
    [new SyntaxError('Unexpected token } in JSON at position 4'), 'lectern build: error: invalid JSON: Unexpected token } in JSON at position 4'],
    [new RangeError('Maximum call stack size exceeded'), 'lectern build: error: input too large or too deeply nested (Maximum call stack size exceeded)'],
    [new TypeError('x is undefined\n    at frame'), 'lectern build: error: x is undefined (this is a bug in Lectern; run with DEBUG=lectern:* and report it)'],
    ['a thrown string', 'lectern build: error: a thrown string (this is a bug in Lectern; run with DEBUG=lectern:* and report it)'],
  ])('%s → one line', (e, line) => expect(describeFailure(e, 'build', cwd)).toBe(line));
  it('never prints a stack frame', () => {
    const e = new Error('boom');
    expect(describeFailure(e, 'serve', cwd)).not.toContain('    at ');
  });
});
