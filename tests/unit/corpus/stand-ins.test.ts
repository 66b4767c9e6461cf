// Stand-ins for a corpus course's images: a sized entry gives an image of that pixel size, a bare path the
// smallest valid file, a non-image an empty file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sizedPng, writeStandIns } from '../../../scripts/corpus/stand-ins.js';

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('corpus stand-ins', () => {
  it('a sized PNG has that size and decodes to one filter byte plus a grey pixel per column in every row', () => {
    const png = sizedPng(5, 3);
    expect(pngSize(png)).toEqual({ width: 5, height: 3 });
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('latin1')).toBe('IDAT');
    const raw = zlib.inflateSync(png.subarray(41, 41 + idatLength));
    expect(raw.length).toBe(3 * (5 + 1));
  });

  it('writes sized images (SVG with its size, rasters as PNG of that size), bare paths and non-images', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stand-ins-'));
    try {
      writeStandIns(dir, [
        { path: 'img/a.png', width: 1280, height: 720 },
        { path: 'img/b.jpg', width: 40, height: 30 },
        { path: 'img/c.svg', width: 300, height: 200 },
        'img/d.png',
        'src/Main.java',
      ]);
      expect(pngSize(fs.readFileSync(path.join(dir, 'img/a.png')))).toEqual({ width: 1280, height: 720 });
      expect(pngSize(fs.readFileSync(path.join(dir, 'img/b.jpg')))).toEqual({ width: 40, height: 30 });
      expect(fs.readFileSync(path.join(dir, 'img/c.svg'), 'utf8')).toContain('width="300" height="200"');
      expect(pngSize(fs.readFileSync(path.join(dir, 'img/d.png')))).toEqual({ width: 1, height: 1 });
      expect(fs.statSync(path.join(dir, 'src/Main.java')).size).toBe(0);
      expect(() => writeStandIns(dir, ['../outside.png'])).toThrow(/outside/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
