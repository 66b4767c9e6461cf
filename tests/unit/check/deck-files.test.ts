// A deck's images and linked files against the project folder: missing, folders, outside, handout-only, remote.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImages, linksOutside } from '../../../src/check/deck-files.js';
import { handoutOnlyImages, localFiles } from '../../../src/render/used-files.js';
import { tempDir } from '../../helpers.js';
import { deckFromText } from '../deck-text.js';

const root = tempDir('lectern-files-');
const decks = path.join(root, 'decks');
for (const f of ['decks/img/a.png', 'decks/reading.pdf', 'decks/figures/.keep', 'shared/b.png']) {
  fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
  fs.writeFileSync(path.join(root, f), 'x');
}
const outside = path.join(tempDir('lectern-elsewhere-'), 'secret.png');
fs.writeFileSync(outside, 'x');
fs.symlinkSync(outside, path.join(decks, 'img', 'link.png'));

const text = '## A\n![a](img/a.png) ![b](../shared/b.png)\n![c](img/none.png) ![d](figures)\n![e](img/link.png) ![f](../../x.png)\n[r](reading.pdf) [s](../../secret.txt) [w](https://e.org)';
const { deck } = deckFromText(text, {}, path.join(decks, 'deck.md'));

describe('checkImages', () => {
  it('accepts files inside the project and places each problem on its image', () => {
    const found = checkImages(deck, ['img/a.png', '../shared/b.png', 'img/none.png', 'figures', 'img/link.png', '../../x.png'], root);
    expect(found.map((d) => `${d.line}:${d.column} ${d.rule ?? '-'} ${d.message.split(' (')[0]!.split(':')[0]}`)).toEqual([
      '3:6 missing-image image "img/none.png" not found',
      '3:25 missing-image "figures" is a folder, not a file',
      '4:6 - image "img/link.png" is outside the project folder',
      '4:25 - image "../../x.png" is outside the project folder',
    ]);
  });
});

describe('linksOutside and localFiles', () => {
  const links = ['reading.pdf', '../../secret.txt', 'https://e.org', '#/a', 'missing.pdf'];
  it('reports a link out of the project as broken-link, at the link', () => {
    expect(linksOutside(deck, links, root).map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['5:22 broken-link']);
  });
  it('copies only local files that exist inside the project', () => expect(localFiles(deck, links, root)).toEqual(['reading.pdf']));
});

describe('handoutOnlyImages', () => {
  it('lists local images only the handout text shows, and warns about remote ones at their line in the file', () => {
    const file = path.join(decks, 'h.md');
    fs.writeFileSync(file, '## A\n![s](img/a.png)\nHandout: ![h](img/a.png) ![g](img/g%20h.png) ![r](https://e.org/r.png)');
    const { deck: d } = deckFromText(fs.readFileSync(file, 'utf8'), {}, file);
    const r = handoutOnlyImages(d, ['img/a.png'], true);
    expect(r.images).toEqual(['img/g h.png']);
    expect(r.diagnostics).toMatchObject([{ severity: 'warning', rule: 'remote-image', line: 3, column: 51 }]);
  });
});
