// The one name a logo gets in dist/, beside the pages that show it.
import path from 'node:path';

/** `_logo.svg` for logo.svg; `_logo-alt.png` for the logo shown on backgrounds of the other tone. */
export function logoName(file: string, variant?: 'alt'): string {
  return `_logo${variant ? `-${variant}` : ''}${path.extname(file)}`;
}
