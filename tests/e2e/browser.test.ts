// Finding a browser, and what happens when printing a deck takes too long.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserNotFound, findBrowser } from '../../src/export/browser.js';
import { buildProject, tempDir, tempProject } from '../helpers.js';
import { pdfInfo } from '../pdf-tools.js';

describe('findBrowser', () => {
  const empty = tempDir('lectern-nocache-');
  it('prefers PUPPETEER_EXECUTABLE_PATH, then CHROME_PATH', async () => {
    expect(await findBrowser({ PUPPETEER_EXECUTABLE_PATH: process.execPath, PUPPETEER_CACHE_DIR: empty }, [])).toBe(process.execPath);
    expect(await findBrowser({ CHROME_PATH: process.execPath, PUPPETEER_CACHE_DIR: empty }, [])).toBe(process.execPath);
  });
  it('finds a browser in Puppeteer\'s cache', async () => {
    const exe = path.join(empty, 'chrome', 'linux-1.0', 'chrome-linux64', 'chrome');
    fs.mkdirSync(path.dirname(exe), { recursive: true });
    fs.writeFileSync(exe, '');
    expect(await findBrowser({ PUPPETEER_CACHE_DIR: empty }, [])).toBe(exe);
    fs.rmSync(path.join(empty, 'chrome'), { recursive: true });
  });
  it('says how to install one when there is none', async () => {
    const failure = findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nope/chrome', PUPPETEER_CACHE_DIR: empty }, ['/nope/chromium']);
    await expect(failure).rejects.toBeInstanceOf(BrowserNotFound);
    await expect(failure).rejects.toThrow(/apt-get install chromium.*PUPPETEER_EXECUTABLE_PATH/);
  });
});

describe('export limits', () => {
  it('a deck that times out is named, the build fails, and the previous dist/ stays as it was', async () => {
    const root = tempProject();
    expect((await buildProject(root, ['html'], { classes: ['intro'] })).ok).toBe(true);
    const before = fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8');
    const result = await buildProject(root, ['html', 'pdf'], { classes: ['intro'], export: { timeoutMs: 1, concurrency: 1 } });
    expect(result.ok).toBe(false);
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${path.relative(root, d.file)}: ${d.message}`);
    expect(errors.join('\n')).toMatch(/decks\/syntax-tour\.md: .*intro\/syntax-tour.*timed out/);
    expect(fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(root, 'dist', 'intro', 'syntax-tour', 'syntax-tour.pdf'))).toBe(false);
  });

  it('the slide size setting sets the PDF page size', async () => {
    const root = tempProject();
    const result = await buildProject(root, ['html', 'pdf'], { classes: ['intro'], decks: ['with-image'], look: { size: '1600x900' } });
    const d = result.manifest!.classes[0]!.decks.find((x) => x.slug === 'with-image')!;
    expect(pdfInfo(path.join(root, 'dist', d.pdf!))['Page size']).toMatch(/^1200 x 675(\.\d+)? pts$/);
    expect(Number(pdfInfo(path.join(root, 'dist', d.pdf!)).Pages)).toBe(d.slides);
  });
});
