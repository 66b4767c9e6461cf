// Puts a finished file in a second place without copying its bytes where the file system allows it.
import fs from 'node:fs';

/**
 * A hard link where the file system allows one (no bytes copied, and dist/ and the cache share the file), else
 * a copy. Lectern never writes a file in place, so a shared file changes only if someone edits dist/ in place,
 * which `get` notices.
 */
export function linkOrCopy(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to, fs.constants.COPYFILE_FICLONE);
  }
}
