// A web page embedded in a slide cannot print (export runs offline): paper shows a box with its address
// instead of the browser's error page, sized to the slide so that what follows it still shows.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject, tempProject } from '../helpers.js';
import { pageText } from '../pdf-tools.js';

describe('embedded web pages in print', () => {
  it('print as a box with their address, kept to the slide; local frames are left alone', async () => {
    const root = tempProject();
    fs.writeFileSync(path.join(root, 'decks', 'embeds.md'), [
      '---', 'title: Embeds', '---', '',
      '## A talk', '', '<iframe width="1600" height="900" src="https://www.example.org/embed/talk?start=58"></iframe>', '', 'Caption under the video.', '',
      'Note: Play the talk.', '',
      '## A local page', '', '<iframe width="400" height="200" src="local.html"></iframe>', '', 'Note: Local.', '',
    ].join('\n'));
    fs.writeFileSync(path.join(root, 'decks', 'local.html'), '<p>Local frame text</p>');
    const result = await buildProject(root, ['html', 'pdf'], { decks: ['embeds'], cache: false });
    expect(result.ok).toBe(true);
    const deck = result.manifest!.classes.flatMap((c) => c.decks).find((d) => d.slug === 'embeds')!;
    const pdf = path.join(root, 'dist', deck.pdf!);
    const talk = pageText(pdf, 2);
    expect(talk).toContain('↗ www.example.org/embed/talk?start=58');
    // The box keeps to the slide: the caption after it is on the page, above the footer.
    expect(talk.indexOf('Caption under the video.')).toBeGreaterThan(talk.indexOf('↗ www.example.org'));
    const local = pageText(pdf, 3);
    expect(local).not.toContain('↗');
  });
});
