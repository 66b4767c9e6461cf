// `--format`: which outputs a build makes; html always, the rest as listed, unknown names refused in one line.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/diagnostics.js';
import { parseFormats } from '../../../src/commands/build.js';

describe('parseFormats', () => {
  it.each<[unknown, string[]]>([
    [undefined, ['handout', 'html', 'pdf']],
    ['html', ['html']],
    ['pdf', ['html', 'pdf']],
    [' pdf , single ,', ['html', 'pdf', 'single']],
    ['handout,handout', ['handout', 'html']],
    ['pptx,png', ['html', 'png', 'pptx']],
  ])('%j → %j', (value, formats) => expect([...parseFormats(value)].sort()).toEqual(formats));
  it('refuses an unknown format as a usage error naming the known ones', () => {
    expect(() => parseFormats('html,ppt')).toThrow(UsageError);
    expect(() => parseFormats('pfd')).toThrow('unknown format "pfd" (formats: html, pdf, handout, single, pptx, png)');
  });
});
