// The reading page without a browser: separator decks keep one heading per slide; a project whose own
// templates/ predates the reading view and the speaker plan still builds them from Lectern's templates.
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildProject, tempProject } from '../helpers.js';

describe('reading page', () => {
  it('gives a reveal-md deck\'s slides one heading each, the one the deck wrote', async () => {
    const root = tempProject();
    const result = await buildProject(root);
    expect(result.ok).toBe(true);
    const deck = result.manifest!.classes.flatMap((c) => c.decks).find((d) => d.slug === 'reveal-md')!;
    const page = parseHTML(fs.readFileSync(path.join(root, 'dist', deck.read!), 'utf8')).document;
    const slides = parseHTML(fs.readFileSync(path.join(root, 'dist', deck.html), 'utf8')).document;
    const written = [...slides.querySelectorAll('section[id]')].filter((s: any) => !s.querySelector('section')).map((s: any) => s.querySelector('h1, h2, h3')?.textContent.trim());
    const shown = [...page.querySelectorAll('main section')].map((s: any) => [...s.querySelectorAll('h1, h2, h3, h4')].map((h: any) => h.textContent.trim()));
    expect(shown).toEqual(written.map((h) => [h]));
  });

  it('builds from a project whose own templates/ lacks the newer layouts, styles and scripts', async () => {
    const root = tempProject();
    fs.rmSync(path.join(root, 'templates', 'layouts', 'read.hbs'));
    fs.rmSync(path.join(root, 'templates', 'styles', 'read.css'));
    fs.rmSync(path.join(root, 'templates', 'scripts'), { recursive: true });
    const result = await buildProject(root);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const deck = result.manifest!.classes[0]!.decks[0]!;
    expect(fs.readFileSync(path.join(root, 'dist', deck.read!), 'utf8')).toContain('reading-page');
    for (const asset of ['css/read.css', 'js/speaker-plan.js']) expect(fs.existsSync(path.join(root, 'dist', 'assets', asset)), asset).toBe(true);
  });
});
