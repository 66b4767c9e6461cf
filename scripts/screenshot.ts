// Screenshots slides of a built deck: node --import tsx scripts/screenshot.ts dist/default/deck/index.html out-prefix [slides…]
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { browserSession } from '../src/export/browser.js';
import { processHost } from '../src/cli/host.js';

const [file, prefix, ...which] = process.argv.slice(2);
const session = browserSession(processHost());
// The built output the deck's page is in (dist/<class>/<deck>/index.html): its pages read no file elsewhere.
session.confine(path.resolve(path.dirname(file!), '..', '..'));
try {
  await session.withPage(async (page) => {
    await page.setViewport({ width: 1280, height: 720 });
    const url = pathToFileURL(path.resolve(file!)).href;
    const slides = which.length ? which : ['0'];
    for (const s of slides) {
      const [h, v] = s.split('/');
      await page.goto(`${url}#/${h}${v ? '/' + v : ''}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      await new Promise((r) => setTimeout(r, 900));
      await page.screenshot({ path: `${prefix}-${s.replace('/', '_')}.png` as `${string}.png` });
    }
  });
} finally {
  await session.close();
}
