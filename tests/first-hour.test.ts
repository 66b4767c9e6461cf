// A newcomer's first hour in the shipped project, run in-process through main(): new → reported, served,
// checked; new --class edits the class file keeping its comments; builds say what they did.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lectern } from './run-cli.js';
import { startServer } from '../src/serve/server.js';
import { silentLogger } from '../src/log.js';
import { repoRoot, tempDir } from './helpers.js';
import { processHost } from '../src/cli/host.js';

function shippedProject(): string {
  const root = tempDir('lectern-first-hour-');
  for (const dir of ['decks', 'classes']) fs.cpSync(path.join(repoRoot, dir), path.join(root, dir), { recursive: true });
  return root;
}

const overflowing = (title: string) =>
  `---\ntitle: ${title}\n---\n\n## Too long to fit\n\n\`\`\`text\n${Array.from({ length: 40 }, (_, i) => `line ${i + 1}`).join('\n')}\n\`\`\`\n\nNote: a code block cannot be split.\n`;

describe('the first hour', () => {
  it('a new deck in no class is reported by build, served anyway, and checked when named', async () => {
    const root = shippedProject();
    const created = await lectern(root, 'new', 'week-9');
    expect(created.code).toBe(0);
    expect(created.stderr).toContain('created decks/week-9.md');
    expect(created.stderr).toContain('Not in a class');
    const starter = fs.readFileSync(path.join(root, 'decks', 'week-9.md'), 'utf8');
    expect(starter.endsWith('\n') && !starter.endsWith('\n\n')).toBe(true);

    const built = await lectern(root, 'build', '--format', 'html');
    expect(built.code).toBe(0);
    expect(built.stderr).toMatch(/^decks\/week-9\.md: warning: is in no class, so no class shows it: add "week-9" under decks: in classes\/cold-war-survey\.yaml or classes\/soviet-history-seminar\.yaml, or preview it with "lectern serve --deck week-9" \[unlisted-deck\]$/m);
    expect(fs.existsSync(path.join(root, 'dist', '_unlisted'))).toBe(false);

    const server = await startServer({ system: processHost(), root, outDir: path.join(root, 'dist'), port: 0, host: '127.0.0.1', pdf: false, logger: silentLogger });
    try {
      const page = await fetch(`${server.url}_unlisted/week-9/index.html`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<section');
      const index = await (await fetch(server.url)).text();
      expect(index).toContain('Not in a class');
      expect(index).toContain('_unlisted/');
    } finally {
      await server.close();
    }

    const checked = await lectern(root, 'check', 'decks/week-9.md');
    expect(checked.code).toBe(0);
    expect(checked.stdout.trim().split('\n').map((l) => l.replace(/:.*\[/, ' ['))).toEqual(['decks/week-9.md [unlisted-deck]', ...Array(4).fill('decks/week-9.md [placeholder]')]);
    fs.writeFileSync(path.join(root, 'decks', 'week-9.md'), overflowing('Week 9'));
    const failing = await lectern(root, 'check', 'decks/week-9.md');
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/^decks\/week-9\.md:5:1: error: slide "Too long to fit": content runs \d+ px below the slide/m);
  }, 120_000);

  it('new --class adds the deck to the class file, keeping its comments, and the build then includes it', async () => {
    const root = shippedProject();
    const file = path.join(root, 'classes', 'cold-war-survey.yaml');
    const comment = fs.readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith('#'))!;
    const r = await lectern(root, 'new', 'week-10', '--class', 'cold-war-survey');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('added it to classes/cold-war-survey.yaml');
    const after = fs.readFileSync(file, 'utf8');
    expect(after).toContain(comment);
    expect((parseYaml(after) as { decks: string[] }).decks.at(-1)).toBe('week-10');
    const built = await lectern(root, 'build', '--format', 'html', '--class', 'cold-war-survey');
    expect(built.code).toBe(0);
    expect(built.stderr).not.toContain('week-10.md: warning: is in no class');
    expect(fs.existsSync(path.join(root, 'dist', 'cold-war-survey', 'week-10', 'index.html'))).toBe(true);

    const unknown = await lectern(root, 'new', 'week-11', '--class', 'cold-war-survy');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown class "cold-war-survy" (did you mean "cold-war-survey"?)');
    expect(fs.existsSync(path.join(root, 'decks', 'week-11.md'))).toBe(false);
  }, 60_000);

  it('a build of decks without notes prints one summary line per rule; check lists every slide', async () => {
    const root = tempDir('lectern-no-notes-');
    fs.mkdirSync(path.join(root, 'decks'));
    const slides = Array.from({ length: 6 }, (_, i) => `## Slide ${i + 1}\n\n- point ${i + 1}\n`).join('\n');
    fs.writeFileSync(path.join(root, 'decks', 'anchors.md'), `---\ntitle: Anchors\n---\n\n${slides}`);
    const built = await lectern(root, 'build', '--format', 'html');
    expect(built.code).toBe(0);
    const notesLines = built.stderr.split('\n').filter((l) => l.includes('[missing-notes]'));
    expect(notesLines).toEqual(['warning: 6 slides have no speaker notes [missing-notes] (lectern check lists them)']);
    const checked = await lectern(root, 'check');
    expect(checked.stdout.split('\n').filter((l) => l.includes('[missing-notes]'))).toHaveLength(6);
  }, 60_000);

  it('a deck or class switched off for a rule is not reported for it', async () => {
    const root = tempDir('lectern-rule-off-');
    fs.mkdirSync(path.join(root, 'decks'));
    fs.writeFileSync(path.join(root, 'decks', 'quiet.md'), '---\ntitle: Quiet\ncheck:\n  missing-notes: off\n---\n\n## One\n\n- a\n\n## Two\n\n- b\n');
    const built = await lectern(root, 'build', '--format', 'html');
    expect(built.stderr).not.toContain('missing-notes');
    fs.writeFileSync(path.join(root, 'decks', 'quiet.md'), '---\ntitle: Quiet\ncheck:\n  missing-note: off\n---\n\n## One\n');
    const typo = await lectern(root, 'build', '--format', 'html');
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/^decks\/quiet\.md:4:3: error: unknown key "check\.missing-note" \(did you mean "missing-notes"\?\)$/m);
  }, 60_000);

  it('says why nothing was built instead of "built 0 decks"', async () => {
    const root = tempDir('lectern-docx-');
    fs.mkdirSync(path.join(root, 'decks'));
    fs.writeFileSync(path.join(root, 'decks', 'lecture.docx'), 'PK\u0003\u0004');
    const r = await lectern(root, 'build', '--format', 'html');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('decks/lecture.docx: warning: not a Markdown file');
    expect(r.stderr).toContain('decks: error: no decks found');
    expect(r.stderr).not.toContain('built 0 decks');
  });

  it('a wrong command line is exit 2 with one line, never a made-up position', async () => {
    const root = shippedProject();
    for (const argv of [['check', 'decks/nope.md'], ['build', '--deck', 'nope'], ['build', '--class', 'nope'], ['check', '--class', 'nope']]) {
      const r = await lectern(root, ...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^lectern (check|build): error: unknown (deck|class) "(decks\/)?nope(\.md)?"/);
    }
    const help = await lectern(root, 'check', '--help');
    expect(help.stdout).toContain('default: every class');
    for (const id of ['overflow', 'missing-notes', 'unlisted-deck']) expect(help.stdout).toContain(id);
    expect((await lectern(root, '--help')).stdout).toContain('130 interrupted');
  });

  it('new --title with quotes and backslashes writes front matter that parses back to the title', async () => {
    const root = shippedProject();
    const title = 'Stalin\'s "note" \\ 1952';
    expect((await lectern(root, 'new', 'quotes', '--title', title, '--class', 'cold-war-survey')).code).toBe(0);
    const text = fs.readFileSync(path.join(root, 'decks', 'quotes.md'), 'utf8');
    expect((parseYaml(text.split('---\n')[1]!) as { title: string }).title).toBe(title);
  });

  it('an HTML-only build (and serve) keeps the PDFs it did not rebuild, and the manifest still lists them', async () => {
    const root = tempDir('lectern-keep-pdf-');
    fs.mkdirSync(path.join(root, 'decks'));
    const deck = path.join(root, 'decks', 'one.md');
    fs.writeFileSync(deck, '---\ntitle: One\nrevealOptions:\n  center: true\n---\n\n## First\n\n- a\n\nNote: n\n');
    expect((await lectern(root, 'build', '--format', 'html,pdf')).code).toBe(0);
    const pdf = path.join(root, 'dist', 'default', 'one', 'one.pdf');
    const bytes = fs.readFileSync(pdf);
    fs.writeFileSync(deck, fs.readFileSync(deck, 'utf8').replace('- a', '- b'));
    expect((await lectern(root, 'build', '--format', 'html')).code).toBe(0);
    expect(fs.readFileSync(pdf).equals(bytes)).toBe(true);
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8'));
    expect(manifest.classes[0].decks[0]).toMatchObject({ pdf: 'default/one/one.pdf', pages: { pdf: 2 } });
    // revealOptions reach reveal.js unchanged: the template no longer forces center: false.
    const html = fs.readFileSync(path.join(root, 'dist', 'default', 'one', 'index.html'), 'utf8');
    const config = /Reveal\.initialize\(Object\.assign\((\{.*?\}), \{ plugins/s.exec(html)![1]!;
    expect(JSON.parse(config).center).toBe(true);
    expect(html).not.toMatch(/center:\s*false/);
  }, 60_000);
});
