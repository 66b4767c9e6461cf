// reveal-md's own output as the reference: `reveal-md <deck> --static <out>` run in a copy of the course (where
// its reveal-md.json is), then the written page opened in Chromium and read as reveal.js shows it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserSession } from '../../src/export/browser.js';
import { copyCourse } from './course-copy.js';
import type { CorpusEntry } from './entries.js';
import type { Reference } from './reference-file.js';
import { readSlideTexts } from './read-slides.js';
import { refTool, refToolsDir, toolVersion } from './ref-tools.js';

/** Files reveal-md.json names that the corpus does not carry: reveal-md stops on them, so empty ones stand in. */
function standInConfigFiles(root: string, remarks: string[]): void {
  const file = path.join(root, 'reveal-md.json');
  if (!fs.existsSync(file)) return;
  const config = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : []).map(String);
  const wanted = [...list(config.css), ...list(config.scripts), ...(typeof config.theme === 'string' && /\.css$/.test(config.theme) ? [config.theme] : [])];
  for (const rel of wanted) {
    const target = path.resolve(root, rel.trim());
    if (fs.existsSync(target) || !target.startsWith(root)) continue;
    if (/[\\/]$/.test(rel.trim())) fs.mkdirSync(target, { recursive: true });
    else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, '');
    }
    remarks.push(`empty stand-in for ${rel.trim()} (named in reveal-md.json, not in the corpus)`);
  }
  for (const rel of list(config.staticDirs)) {
    const target = path.resolve(root, rel.trim());
    if (fs.existsSync(target) || !target.startsWith(root)) continue;
    fs.mkdirSync(target, { recursive: true });
    remarks.push(`empty folder for staticDirs ${rel.trim()} (not in the corpus)`);
  }
  for (const key of ['template', 'listingTemplate', 'preprocessor'] as const) {
    if (typeof config[key] === 'string' && !fs.existsSync(path.resolve(root, config[key]))) {
      remarks.push(`reveal-md.json "${key}": ${config[key]} is not in the corpus; reveal-md's own used`);
      delete config[key];
    }
  }
  const highlight = config.highlightTheme;
  if (typeof highlight === 'string' && !fs.existsSync(path.resolve(root, highlight)) && !fs.existsSync(path.join(refToolsDir, 'node_modules', 'highlight.js', 'styles', `${highlight}.css`))) {
    remarks.push(`reveal-md.json "highlightTheme": ${highlight} is not in the corpus; reveal-md's default used`);
    delete config.highlightTheme;
  }
  fs.writeFileSync(file, JSON.stringify(config));
}

function findFile(dir: string, name: string): string | undefined {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const found = findFile(p, name);
      if (found) return found;
    } else if (e.name === name) return p;
  }
  return undefined;
}

export async function revealMdReference(entry: CorpusEntry, session: BrowserSession): Promise<Reference> {
  const root = copyCourse(entry, 'ref-reveal-md');
  try {
    const remarks: string[] = [];
    standInConfigFiles(root, remarks);
    const out = path.join(root, '__static');
    execFileSync(refTool('reveal-md'), [entry.decks[0]!, '--static', out], { cwd: root, stdio: 'pipe', timeout: 120_000 });
    const html = findFile(out, path.basename(entry.decks[0]!).replace(/\.md$/i, '.html'));
    if (!html) throw new Error('reveal-md wrote no page for the deck');
    const read = await session.withPage(async (page) => {
      await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
      await page.waitForFunction('window.Reveal && Reveal.isReady()', { timeout: 30_000 });
      return readSlideTexts(page);
    }, 60_000);
    return { tool: entry.family, ...read, countedWith: `reveal-md ${toolVersion('reveal-md')} --static, read in Chromium`, ...(remarks.length && { remarks }) };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
