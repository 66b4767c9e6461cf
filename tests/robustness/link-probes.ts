// Issue 27's symlinks and special files as probes: project files that lead out of the project, named pipes where
// a file belongs, and an output folder (or its lock and leftovers) that is a link.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Probe, ProbeRun } from './harness.js';

const html = ['build', '--format', 'html'];
const OUTSIDE = /leads to .*, outside the project: Lectern does not follow links out of the project \(copy the file in, or pass --follow-links\)/;
const outside = (file: string) => new RegExp(`^${file.replace(/[./]/g, '\\$&')}: error: ${OUTSIDE.source}`);
const FIFO = /is a named pipe \(FIFO\), not a file: Lectern does not open it/;
const fifo = (file: string) => new RegExp(`^${file.replace(/[./]/g, '\\$&')}: error: ${FIFO.source}`);
/** A project with its own templates/ (Lectern fills in what it lacks from its own, but not the themes). */
const ownTemplates = { 'templates/layouts': { dir: true } } as const;
const repo = path.resolve(import.meta.dirname, '..', '..');
const lightTheme = { 'templates/themes/light/theme.json': fs.readFileSync(path.join(repo, 'templates/themes/light/theme.json'), 'utf8'), 'templates/themes/light/theme.css': '' };

const templateLinks: Probe[] = [
  ...['templates/styles/lectern.css', 'templates/layouts/deck.hbs', 'templates/partials/footer.hbs', 'templates/scripts/speaker-plan.js', 'templates/starter/deck.md', 'templates/themes/light/theme.css', 'templates/themes/light/theme.json', 'templates/themes/light/partials/footer.hbs'].map((file): Probe => ({
    name: `template file ${file} links to a secret`,
    files: { ...ownTemplates, [file]: { link: '$SECRET' } },
    exit: 1,
    error: outside(file),
  })),
  { name: 'a theme folder links out of the project', files: { ...ownTemplates, 'templates/themes/light': { link: '$OUTSIDE' } }, exit: 1, error: outside('templates/themes/light') },
  { name: 'templates/ itself links out of the project', files: { templates: { link: '$OUTSIDE' } }, exit: 1, error: outside('templates') },
  { name: 'a template through a linked folder names the link', files: { ...ownTemplates, 'templates/styles': { link: '$OUTSIDE/outside-fonts' } }, exit: 1, error: /^templates\/styles: error: leads to .*outside-fonts, outside the project/ },
  {
    name: '--follow-links uses a linked template file',
    files: { ...ownTemplates, ...lightTheme, '../outside-style.css': '/* FOLLOWED-STYLE */\n', 'templates/styles/lectern.css': { link: '$OUTSIDE/outside-style.css' } },
    argv: [...html, '--follow-links'],
    exit: 0,
    verify: (run) => expect(run.dist.get(path.join('assets', 'css', 'lectern.css'))?.toString()).toContain('FOLLOWED-STYLE'),
  },
  { name: 'a link inside the project is fine', files: { ...ownTemplates, ...lightTheme, 'templates/styles/mine.css': 'body{}', 'templates/styles/lectern.css': { link: 'mine.css' } }, exit: 0 },
];

const configLinks: Probe[] = [
  { name: 'a class file links to a secret', files: { 'classes/c.yaml': { link: '$SECRET' } }, exit: 1, error: outside('classes/c.yaml') },
  { name: 'classes/ links out of the project', files: { classes: { link: '$OUTSIDE/outside-fonts' } }, exit: 1, error: outside('classes') },
  { name: 'decks/ links out of the project', files: { 'decks/a.md': null, decks: { link: '$OUTSIDE/outside-fonts' } }, exit: 1, error: outside('decks') },
  { name: 'a deck links to a secret', files: { 'decks/b.md': { link: '$SECRET' } }, exit: 1, error: outside('decks/b.md') },
  { name: 'a deck linked from inside the project is a deck', files: { 'notes/b.md': '---\ntitle: B\n---\n\n## Linked\n', 'decks/b.md': { link: '../notes/b.md' } }, exit: 0, verify: (run) => expect(run.dist.has(path.join('default', 'b', 'index.html'))).toBe(true) },
];

const specialFiles: Probe[] = [
  { name: 'a class file is a named pipe', files: { 'classes/c.yaml': { fifo: true } }, exit: 1, error: fifo('classes/c.yaml') },
  { name: 'theme.json is a named pipe', files: { ...ownTemplates, 'templates/themes/light/theme.json': { fifo: true }, 'templates/themes/light/theme.css': '' }, exit: 1, error: fifo('templates/themes/light/theme.json') },
  { name: 'a layout is a named pipe', files: { ...ownTemplates, 'templates/layouts/deck.hbs': { fifo: true } }, exit: 1, error: fifo('templates/layouts/deck.hbs') },
  { name: 'a deck is a named pipe', files: { 'decks/b.md': { fifo: true } }, exit: 1, error: fifo('decks/b.md') },
  { name: 'new with a class file that is a named pipe', files: { 'classes/c.yaml': { fifo: true } }, argv: ['new', 'qq'], exit: 1, error: fifo('classes/c.yaml'), writes: /^decks/ },
  { name: 'new with a starter that is a named pipe', files: { ...ownTemplates, 'templates/starter/deck.md': { fifo: true } }, argv: ['new', 'qq'], exit: 1, error: fifo('templates/starter/deck.md'), writes: /^decks/ },
  { name: 'new into a decks/ that links out of the project', files: { 'decks/a.md': null, decks: { link: '$OUTSIDE/outside-fonts' } }, argv: ['new', 'qq'], exit: 1, error: outside('decks'), writes: /^decks/ },
];

const outsideUntouched = (run: ProbeRun) => expect(fs.readdirSync(path.join(path.dirname(run.root), 'outside-dist'))).toEqual([]);
const LINK = /is a link to .*: Lectern never writes through a link, so remove it \(or choose another --out folder\)/;
const outputLinks: Probe[] = [
  { name: 'dist/ is a link out of the project (a --deck build)', noPreviousDist: true, files: { '../outside-dist': { dir: true }, dist: { link: '$OUTSIDE/outside-dist' } }, argv: [...html, '--deck', 'a'], exit: 1, error: new RegExp(`^dist: error: ${LINK.source}`), verify: outsideUntouched },
  { name: 'dist/ is a link out of the project (a full build)', noPreviousDist: true, files: { '../outside-dist': { dir: true }, dist: { link: '$OUTSIDE/outside-dist' } }, exit: 1, error: new RegExp(`^dist: error: ${LINK.source}`), verify: outsideUntouched },
  { name: 'dist/<class>/ is a link out of the project', files: { '../outside-dist': { dir: true }, 'dist/default': { link: '$OUTSIDE/outside-dist' } }, argv: [...html, '--deck', 'a'], exit: 1, error: new RegExp(`^dist/default: error: ${LINK.source}`), verify: outsideUntouched },
  { name: 'a PDF in dist/ links to a secret', files: { 'dist/default/a/a.pdf': { link: '$SECRET' } }, argv: [...html, '--deck', 'a'], exit: 1, error: new RegExp(`^dist/default/a/a\\.pdf: error: ${LINK.source}`) },
  {
    name: 'a dead build\'s dist.old linking out is removed, never renamed into dist/',
    noPreviousDist: true,
    files: { '../outside-dist': { dir: true }, 'dist.old-999999999-x': { link: '$OUTSIDE/outside-dist' } },
    argv: [...html, '--deck', 'a'],
    exit: 0,
    writes: /^dist\.old/,
    verify: (run) => {
      outsideUntouched(run);
      expect(fs.lstatSync(path.join(run.root, 'dist')).isDirectory()).toBe(true);
      expect(fs.existsSync(path.join(run.root, 'dist.old-999999999-x'))).toBe(false);
    },
  },
  { name: 'dist.lock is a folder', files: { 'dist.lock': { dir: true } }, exit: 1, error: /^dist\.lock: error: is a folder, not the lock file Lectern writes: remove it if no build is running/, writes: /^dist\.lock/ },
  { name: 'dist.lock is a named pipe', files: { 'dist.lock': { fifo: true } }, exit: 1, error: /^dist\.lock: error: is not a plain file, not the lock file Lectern writes/, writes: /^dist\.lock/ },
  { name: 'dist.lock links to a secret', files: { 'dist.lock': { link: '$SECRET' } }, exit: 1, error: /^dist\.lock: error: is a link, not the lock file Lectern writes/, writes: /^dist\.lock/ },
];

export const linkProbes: Probe[] = [...templateLinks, ...configLinks, ...specialFiles, ...outputLinks];
