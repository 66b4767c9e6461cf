// Saved files → which decks serve rebuilds: a deck's own files rebuild it; anything shared rebuilds all.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { affectedDecks } from '../../../src/serve/changes.js';

const root = path.resolve('/course');
const at = (rel: string, kind = 'change') => ({ kind, file: path.join(root, rel) });

describe('affectedDecks', () => {
  it.each<[string, { kind: string; file: string }[], string[] | undefined]>([
    ['a flat deck', [at('decks/intro.md')], ['intro']],
    ['a folder deck and its image', [at('decks/week1/index.md'), at('decks/week1/fig.png')], ['week1']],
    ['a nested deck', [at('decks/lectures/week-3/slides.md')], ['lectures-week-3-slides']],
    ['two decks', [at('decks/a.md'), at('decks/b.markdown')], ['a', 'b']],
    ['an image beside flat decks', [at('decks/fig.png')], undefined],
    ['an image in a shared folder', [at('decks/img/shared/x.png')], undefined],
    ['a class file', [at('classes/intro.yaml')], undefined],
    ['a template', [at('templates/layouts/deck.hbs')], undefined],
    ['a new deck', [at('decks/new.md', 'add')], undefined],
    ['a removed folder', [at('decks/old', 'unlinkDir')], undefined],
    ['nothing', [], []],
  ])('%s', (_, changes, slugs) => expect(affectedDecks(root, changes)).toEqual(slugs));
});
