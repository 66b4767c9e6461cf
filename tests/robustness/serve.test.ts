// lectern serve under hostile requests: undecodable URLs answer 400 and the server lives on; a Host header
// naming another site (DNS rebinding) gets 403 for pages and the reload stream; saves to a deck whose name
// starts with "dist" still rebuild it.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Server } from '../../src/serve/server.js';
import { silentLogger } from '../../src/log.js';
import { BASE_DECK, sandbox, writeProject } from './harness.js';
import { processHost } from '../../src/cli/host.js';

let server: Server;
let root: string;

function get(urlPath: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: urlPath, headers: host === undefined ? {} : { host } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      // The event stream never ends: its headers are the answer.
      if (res.headers['content-type']?.startsWith('text/event-stream')) {
        res.destroy();
        resolve({ status: res.statusCode!, body });
      } else res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const box = sandbox();
  root = path.join(box.dir, 'serve');
  fs.mkdirSync(root);
  writeProject(root, { 'decks/a.md': BASE_DECK, 'decks/distant-allies.md': BASE_DECK.replace('Base', 'Distant allies') }, box);
  server = await startServer({ system: processHost(), root, outDir: path.join(root, 'dist'), port: 0, host: '127.0.0.1', pdf: false, logger: silentLogger, debounceMs: 30 });
});

afterAll(async () => {
  await server?.close();
});

describe('lectern serve against hostile requests', () => {
  for (const bad of ['/%E0%A4%A', '/%zz', '/default/%E0%A4%A.png', '/%', '/default/a/%C0%AF']) {
    it(`answers 400 to ${bad} and keeps serving`, async () => {
      expect((await get(bad)).status).toBe(400);
      expect((await get('/default/a/')).status).toBe(200);
    });
  }

  for (const host of ['evil.example', 'evil.example:80', '127.0.0.1.evil.example', 'localhost.evil.example', '10.0.0.1']) {
    it(`refuses Host ${host} for pages and the reload stream`, async () => {
      expect((await get('/default/a/', host)).status).toBe(403);
      expect((await get('/__lectern/events', host)).status).toBe(403);
      expect((await get('/__lectern/live.js', host)).status).toBe(403);
    });
  }

  for (const host of ['localhost', 'LOCALHOST', '127.0.0.1', '[::1]', 'slides.localhost']) {
    it(`serves Host ${host} (with and without a port)`, async () => {
      expect((await get('/default/a/', host)).status).toBe(200);
      expect((await get('/default/a/', `${host}:${server.port}`)).status).toBe(200);
    });
  }

  it('rebuilds a deck whose name starts with "dist" when it is saved', async () => {
    const built = new Promise<{ decks: string[] | null }>((resolve) => server.events.once('built', resolve));
    fs.writeFileSync(path.join(root, 'decks', 'distant-allies.md'), BASE_DECK.replace('Base', 'Distant allies, edited'));
    const event = await built;
    expect(event.decks).toEqual(['distant-allies']);
    expect((await get('/default/distant-allies/')).body).toContain('Distant allies, edited');
  });
});
