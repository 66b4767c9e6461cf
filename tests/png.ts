// Writing PNG images in tests, without an image library: one colour, with a dark frame one pixel in from the edge.
import zlib from 'node:zlib';

/** A w×h RGB PNG of one grey (or `rgb`), framed in dark blue so its edges show on any slide in a screenshot. */
export function png(w: number, h: number, rgb: [number, number, number] = [0x80, 0x80, 0x80]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body) >>> 0, body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const frame = Math.max(1, Math.round(Math.min(w, h) / 60));
  const rows = Array.from({ length: h }, (_, y) => {
    const row = Buffer.alloc(1 + w * 3);
    for (let x = 0; x < w; x++) {
      const edge = x < frame || y < frame || x >= w - frame || y >= h - frame;
      row.set(edge ? [0x10, 0x20, 0x60] : rgb, 1 + x * 3);
    }
    return row;
  });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
