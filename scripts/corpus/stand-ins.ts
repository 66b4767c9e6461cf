// Stand-ins for a course's binary assets that the corpus cannot redistribute (its copies were made with text-only
// tools). corpus.json lists them ("standIns"); each is a tiny valid file of the same type, written into the test's
// copy of the course so that image paths resolve as they do in the original repository. Nothing here is committed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { StandIn } from './corpus-decks.js';

// Smallest well-formed files per type (1×1 pixel images; an empty video, which nothing decodes when counting).
const BASE64: Record<string, string> = {
  '.png': 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  '.gif': 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==',
  '.jpg':
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  '.webp': 'UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA',
};
BASE64['.jpeg'] = BASE64['.jpg']!;

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9" viewBox="0 0 16 9"><rect width="16" height="9" fill="#888"/></svg>\n';

export function standInContent(file: string, size?: { width: number; height: number }): Buffer {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.svg') return Buffer.from(size ? sizedSvg(size.width, size.height) : SVG);
  const base64 = BASE64[ext];
  if (!base64) return Buffer.alloc(0);
  // A sized raster stand-in is a grey PNG of that size, whatever the extension: Chromium and the tools that read
  // the slides go by the bytes, not the name, and a PNG is the one raster format written here without a codec.
  return size ? sizedPng(size.width, size.height) : Buffer.from(base64, 'base64');
}

function sizedSvg(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#888"/></svg>\n`;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}

/** A grey 8-bit greyscale PNG of width × height pixels (each row: filter byte 0, then the pixels). */
export function sizedPng(width: number, height: number): Buffer {
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0 && width * height <= 16_000_000)) {
    throw new Error(`stand-in size ${width}x${height} is not a sensible image size`);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const row = Buffer.alloc(width + 1, 0x88);
  row[0] = 0;
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Writes each listed stand-in under `dir` unless a real file is already there. Paths stay inside `dir`. */
export function writeStandIns(dir: string, standIns: readonly StandIn[]): void {
  const root = path.resolve(dir);
  for (const standIn of standIns) {
    const file = typeof standIn === 'string' ? standIn : standIn.path;
    const size = typeof standIn === 'string' ? undefined : { width: standIn.width, height: standIn.height };
    const target = path.resolve(root, file);
    if (!target.startsWith(root + path.sep)) throw new Error(`stand-in ${file} is outside ${dir}`);
    if (fs.existsSync(target)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, standInContent(target, size));
  }
}

/**
 * A reveal.js course keeps its separators in the HTML page that loads the Markdown (corpus.json records them
 * from that page): the lecturer's folder has the page, so the copy gets its <section data-markdown> again.
 */
export function writeRevealPage(course: string, deck: string, separators: { separator?: string; verticalSeparator?: string; notesSeparator?: string }): void {
  const { separator, verticalSeparator, notesSeparator } = separators;
  if (!separator && !verticalSeparator && !notesSeparator) return;
  const attr = (name: string, value?: string) => (value === undefined ? '' : ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  const section = `<section data-markdown="${deck}"${attr('data-separator', separator)}${attr('data-separator-vertical', verticalSeparator)}${attr('data-separator-notes', notesSeparator)}></section>`;
  const page = path.join(course, path.dirname(deck), 'index.html');
  if (!fs.existsSync(page)) fs.writeFileSync(page, `<!DOCTYPE html>\n<div class="reveal"><div class="slides">${section}</div></div>\n`);
}
