// A name beside a file for writing it whole before renaming it into place, never taken by another writer.
import { randomBytes } from 'node:crypto';

export function tempBeside(file: string): string {
  return `${file}.tmp-${randomBytes(6).toString('hex')}`;
}
