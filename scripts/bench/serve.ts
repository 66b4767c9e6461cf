// serve's save → reload time as a lecturer sees it: from the file write to the new text in an open tab (real Chromium).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import puppeteer from 'puppeteer';
import { generateCourse } from './course.js';

export async function measureServe(cli: string, dir: string, browserPath: string, saves: number): Promise<number[]> {
  const course = generateCourse(dir, 1, 30);
  const deck = path.join(dir, 'decks', 'lecture-01.md');
  const port = 18000 + Math.floor(Math.random() * 2000);
  const server = spawn(process.execPath, [cli, 'serve', '--port', String(port)], { cwd: course.root, stdio: ['ignore', 'ignore', 'pipe'] });
  const browser = await puppeteer.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let err = '';
      server.stderr!.on('data', (d: Buffer) => {
        err += d.toString();
        if (process.env.BENCH_SERVE_LOG) process.stderr.write(d); // the server's own lines, to see its rebuilds
        const m = /serving (\S+)/.exec(err);
        if (m) resolve(m[1]!);
      });
      server.on('exit', () => reject(new Error(`serve exited: ${err}`)));
    });
    const page = await browser.newPage();
    await page.goto(`${url}course/lecture-01/index.html`, { waitUntil: 'load' });
    const times: number[] = [];
    const original = fs.readFileSync(deck, 'utf8');
    for (let i = 0; i < saves; i++) {
      // No hyphen or space between numbers: typography would turn them into an en dash or a no-break space.
      const marker = `Saved${i}x${Date.now()}`;
      await new Promise((r) => setTimeout(r, 300));
      const t = performance.now();
      fs.writeFileSync(deck, original.replace('A claim about the period', marker));
      for (;;) {
        const seen = await page.evaluate((m) => document.documentElement.innerHTML.includes(m), marker).catch(() => false);
        if (seen) break;
        if (performance.now() - t > 10_000) throw new Error('serve: the saved text never reached the page');
        await new Promise((r) => setTimeout(r, 2));
      }
      times.push(performance.now() - t);
    }
    return times;
  } finally {
    await browser.close();
    server.kill('SIGINT');
  }
}
