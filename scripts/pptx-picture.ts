// docs/pptx.png: two slides of a shipped lecture as LibreOffice Impress draws Lectern's .pptx (left) beside
// Lectern's own slide image (right). Needs soffice, pdftoppm and a browser:
//   node --import tsx scripts/pptx-picture.ts [out.png]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from '../src/build.js';
import { silentLogger } from '../src/log.js';
import { processHost } from '../src/cli/host.js';
import { browserSession } from '../src/export/browser.js';

const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'docs', 'pptx.png'));
const DECK = 'ussr-asks-to-join-nato';
const CLASS = 'cold-war-survey';
/** 1-based slides: nested bullets, and a table. */
const SLIDES = [3, 9];
const WIDTH = 400;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-pptx-picture-'));
try {
  for (const dir of ['decks', 'classes', 'templates']) fs.cpSync(path.join(root, dir), path.join(work, dir), { recursive: true });
  const result = await build({ root: work, outDir: path.join(work, 'dist'), formats: new Set(['html', 'pptx', 'png']), decks: [DECK], classes: [CLASS], cache: false }, { cwd: work, logger: silentLogger, host: processHost() });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  const deckDir = path.join(work, 'dist', CLASS, DECK);
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', work, path.join(deckDir, `${DECK}.pptx`)], { stdio: 'pipe', timeout: 240_000 });
  const rows = SLIDES.map((n) => {
    const prefix = path.join(work, `office-${n}`);
    execFileSync('pdftoppm', ['-png', '-f', String(n), '-l', String(n), '-singlefile', '-scale-to-x', String(WIDTH * 2), '-scale-to-y', '-1', path.join(work, `${DECK}.pdf`), prefix]);
    return { office: `${prefix}.png`, lectern: path.join(deckDir, 'slides', `${String(n).padStart(3, '0')}.png`) };
  });
  const cell = (file: string, label: string) => `<figure><img src="${pathToFileURL(file).href}"><figcaption>${label}</figcaption></figure>`;
  const page = path.join(work, 'picture.html');
  fs.writeFileSync(page, `<!doctype html><meta charset="utf-8"><style>
body{margin:0;padding:8px;background:#e8e8ec;font:13px sans-serif;display:grid;grid-template-columns:repeat(2,${WIDTH}px);gap:8px;width:max-content}
figure{margin:0}img{width:${WIDTH}px;display:block;box-shadow:0 0 0 1px #bbb}figcaption{padding-top:3px;color:#333}
</style>${rows.map((r, i) => cell(r.office, `LibreOffice Impress opens ${DECK}.pptx, slide ${SLIDES[i]}`) + cell(r.lectern, `Lectern's slide ${SLIDES[i]} (--format png)`)).join('')}`);
  const session = browserSession(processHost());
  session.confine(work);
  try {
    await session.withPage(async (p) => {
      await p.setViewport({ width: WIDTH * 2 + 24, height: 600 });
      await p.goto(pathToFileURL(page).href, { waitUntil: 'load' });
      const box = await (await p.$('body'))!.boundingBox();
      fs.writeFileSync(out, await p.screenshot({ type: 'png', clip: { x: 0, y: 0, width: Math.ceil(box!.width), height: Math.ceil(box!.height) } }));
    });
  } finally {
    await session.close();
  }
  console.log(`wrote ${path.relative(process.cwd(), out)} (${Math.round(fs.statSync(out).size / 1024)} kB)`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
