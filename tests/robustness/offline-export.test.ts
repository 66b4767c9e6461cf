// PDF export loads decks offline: a deck's remote image, CSS background, stylesheet, iframe, fetch() and
// WebSocket never reach the network (here a counting server on 127.0.0.1), and the PDF is still printed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { pageText } from '../pdf-tools.js';
import { tempDir } from '../helpers.js';

let server: http.Server;
let base = '';
/**
 * Every HTTP request and WebSocket upgrade that reached the server. Not bare TCP connections: Chromium opens one
 * to an <iframe>'s host when the navigation starts, before any page-level blocking applies (it sends nothing on it;
 * only a launch flag such as --host-resolver-rules stops that).
 */
const seen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(`GET ${req.url}`);
    res.end('body{background:red}');
  });
  server.on('upgrade', (req, socket) => {
    seen.push(`upgrade ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const deck = () => `---
title: Offline
---

## Tracked slide

Visible words stay.

<img src="http://${base}/x.png" alt="remote">

<div style="width: 200px; height: 100px; background: url(http://${base}/bg.png)">box</div>

<link rel="stylesheet" href="http://${base}/style.css">

<iframe src="http://localhost:${base.split(':')[1]}/frame"></iframe>

<script>fetch('http://${base}/fetch').catch(() => {}); try { new WebSocket('ws://${base}/ws'); } catch {}</script>

Handout: The handout prints this text beside the slide: <img src="http://${base}/notes.png" alt="tracker">
`;

describe('PDF export is offline', () => {
  it('a deck that requests a local server sends it nothing, and its PDF and handout still print', async () => {
    const root = tempDir('lectern-offline-');
    fs.mkdirSync(path.join(root, 'decks'));
    fs.mkdirSync(path.join(root, 'classes'));
    fs.writeFileSync(path.join(root, 'decks', 'tracked.md'), deck());
    fs.writeFileSync(path.join(root, 'classes', 'c.yaml'), 'name: Offline class\ndecks: [tracked]\nhandout:\n  layout: notes\n');
    const lines: string[] = [];
    const logger = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
    const code = await main(['build', '--format', 'pdf,handout'], { cwd: root, logger, stdout: () => {} });
    expect(code, lines.join('\n')).toBe(0);
    // The build already says the slide image, the background and the image in the handout text will not show
    // (the PDF and the handout are printed without them).
    expect(lines.join('\n')).toMatch(/^warning: 3 images come from the web and will not show offline \[remote-image\]/m);
    expect(seen).toEqual([]);
    const pdf = path.join(root, 'dist', 'c', 'tracked', 'tracked.pdf');
    // Page 1 is the title slide.
    expect(pageText(pdf, 2)).toContain('Visible words stay.');
    // Reading order, spaces joined: the text beside the slide wraps onto lines of its own.
    const handout = execFileSync('pdftotext', ['-f', '1', '-l', '1', path.join(root, 'dist', 'c', 'tracked', 'tracked-handout.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(handout).toContain('Visible words stay.');
    expect(handout).toContain('The handout prints this text beside the slide');
  }, 120_000);
});
