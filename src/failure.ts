// The last line of defence: any error that escaped a command becomes ONE `file:line:col: error:` line, never a
// stack trace. File-system errors name their file; the rest name the command. DEBUG=lectern:* shows the stack.
import { relativePath } from './diagnostics.js';
import { debug } from './log.js';

const log = debug('lectern:errors');

/** What each errno means for a lecturer, and what to do about it. */
const ERRNO: Record<string, string> = {
  ENOENT: 'not found',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'is not a folder (a file is in the way)',
  EACCES: 'permission denied (check the file or folder permissions)',
  EPERM: 'operation not permitted (check the file or folder permissions)',
  EROFS: 'is on a read-only file system (choose another --out)',
  EBUSY: 'is busy (another program holds it open; close it and build again)',
  EXDEV: 'cannot be moved across file systems (keep the output folder on the same disk as the project)',
  ENOSPC: 'no space left on the disk (free some space and build again)',
  EDQUOT: 'disk quota exceeded (free some space and build again)',
  EFBIG: 'file too large for this system (a file size limit is set)',
  EMFILE: 'too many open files (raise the limit with "ulimit -n")',
  ENAMETOOLONG: 'file name too long',
  ELOOP: 'too many symbolic links (a link points to itself?)',
  ENOTEMPTY: 'folder not empty',
  EEXIST: 'already exists',
};

interface ErrnoLike {
  code?: string;
  path?: string;
  dest?: string;
  message: string;
}

/** One diagnostic line for an unexpected error; `command` names the origin when no file is known. */
export function describeFailure(e: unknown, command: string, cwd: string): string {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  const err = (e && typeof e === 'object' ? e : { message: String(e) }) as ErrnoLike;
  const first = String(err.message ?? e).split('\n')[0]!;
  if (err.code && ERRNO[err.code] !== undefined) {
    const file = err.path ?? err.dest;
    const what = `${ERRNO[err.code]} [${err.code}]`;
    return file ? `${relativePath(file, cwd)}: error: ${what}` : `lectern ${command}: error: ${what}: ${first}`;
  }
  if (e instanceof Error && e.name === 'BrowserNotFound') return `lectern ${command}: error: ${first}`;
  if (e instanceof URIError) return `lectern ${command}: error: a link or image path has an invalid %-escape (${first}); write "%25" for a literal %`;
  if (e instanceof SyntaxError && /JSON/.test(first)) return `lectern ${command}: error: invalid JSON: ${first}`;
  if (e instanceof RangeError && /call stack|Invalid string length|Array buffer allocation/i.test(first)) {
    return `lectern ${command}: error: input too large or too deeply nested (${first})`;
  }
  return `lectern ${command}: error: ${first} (this is a bug in Lectern; run with DEBUG=lectern:* and report it)`;
}
