// Whether a handout's copy of the slides restyles section dividers only (then the slide PDF's pages are reused).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { onlySectionsRestyled, paperCopyChangesOnlySections } from '../../../src/export/paper-styles.js';
import { tempDir } from '../../helpers.js';

describe('onlySectionsRestyled', () => {
  it.each([
    ['.slides section { color: red }', true],
    ['html.handout-print .kind-section h1 { color: black }', true],
    ['/* html.handout-print p {} */ p { x: y }', true],
    ['html.handout-print p { color: black }', false],
    ['a, html.handout-print .kind-section, html.handout-print li { }', false],
    ['@import url(other.css);', false],
    ['@media print { html.handout-print .kind-section { x: y } }', true],
  ])('%j → %s', (css, yes) => expect(onlySectionsRestyled(css)).toBe(yes));
});

describe('paperCopyChangesOnlySections', () => {
  const root = tempDir('lectern-paper-');
  const deckDir = path.join(root, 'c', 'deck');
  fs.mkdirSync(deckDir, { recursive: true });
  fs.writeFileSync(path.join(root, 'c', 'fine.css'), '.kind-section { x: y }');
  fs.writeFileSync(path.join(root, 'c', 'more.css'), 'html.handout-print img { display: none }');
  it.each([
    ['<style>p{}</style><link rel="stylesheet" href="../fine.css">', true],
    ['<link rel="stylesheet" href="https://cdn.example/x.css"><link rel="icon" href="../more.css">', true],
    ['<link rel="stylesheet" href="../more.css">', false],
    ['<style>html.handout-print p{}</style>', false],
    ['<link rel="stylesheet" href="../missing.css">', false],
    ['<link rel="stylesheet" href="../../../outside.css">', false],
    ['<link rel=stylesheet href=../fine.css?v=1>', true],
  ])('%j → %s', (html, yes) => expect(paperCopyChangesOnlySections(html, deckDir, root)).toBe(yes));
});
