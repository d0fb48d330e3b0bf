// Draws media/icon.png (128x128): a newspaper page with text lines under a magnifying lens, with one
// highlighted name in the lens. Pure Node (zlib for PNG), 4x4 supersampling for smooth edges.
// `node scripts/make-icon.mjs` rewrites the file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 128;
const SS = 4;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const rgba = (hex, a = 1) => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
  a,
];
const C = {
  bg: rgba('#1d3b5c'),
  page: rgba('#f7f4ec'),
  line: rgba('#9aa3ad'),
  name: rgba('#2f7de1'),
  quote: rgba('#e9a23b'),
  lensTint: rgba('#cfe6ff', 0.35),
  ring: rgba('#f2b33d'),
  handle: rgba('#f2b33d'),
  shadow: rgba('#000000', 0.25),
};

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const distToSegment = (x, y, ax, ay, bx, by) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};

const LENS = { x: 74, y: 62, r: 27, w: 7 };
const lines = [
  [30, 30, 98],
  [30, 42, 90],
  [30, 54, 98],
  [30, 66, 84],
  [30, 78, 96],
  [30, 90, 70],
];

/** Colour layers at one point, bottom to top. */
function layers(x, y) {
  const out = [];
  if (inRoundRect(x, y, 4, 4, 124, 124, 22)) out.push(C.bg);
  if (inRoundRect(x, y, 22, 16, 106, 112, 6)) out.push(C.page);
  for (const [x0, ly, x1] of lines) {
    if (y >= ly - 2.5 && y <= ly + 2.5 && x >= x0 && x <= x1) {
      // The name inside the lens is highlighted.
      const isName = ly === 54 && x >= 58 && x <= 88;
      const isQuote = ly === 66 && x >= 52 && x <= 72;
      out.push(isName ? C.name : isQuote ? C.quote : C.line);
    }
  }
  const d = Math.hypot(x - LENS.x, y - LENS.y);
  if (d < LENS.r - LENS.w / 2) out.push(C.lensTint);
  if (distToSegment(x, y, LENS.x + 21, LENS.y + 21, 110, 108) <= 5.5) out.push(C.shadow);
  if (Math.abs(d - LENS.r) <= LENS.w / 2) out.push(C.ring);
  if (distToSegment(x, y, LENS.x + 20, LENS.y + 20, 108, 106) <= 5.5) out.push(C.handle);
  return out;
}

function over(dst, [r, g, b, a]) {
  return [r * a + dst[0] * (1 - a), g * a + dst[1] * (1 - a), b * a + dst[2] * (1 - a), a + dst[3] * (1 - a)];
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    let acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        let px = [0, 0, 0, 0];
        for (const l of layers(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS)) px = over(px, l);
        // Premultiplied accumulation.
        acc = [acc[0] + px[0], acc[1] + px[1], acc[2] + px[2], acc[3] + px[3]];
      }
    }
    const n = SS * SS;
    const a = acc[3] / n;
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    raw[o] = a ? Math.round(acc[0] / n / a) : 0;
    raw[o + 1] = a ? Math.round(acc[1] / n / a) : 0;
    raw[o + 2] = a ? Math.round(acc[2] / n / a) : 0;
    raw[o + 3] = Math.round(a * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(ROOT, 'media', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`${path.relative(ROOT, out)}: ${SIZE}x${SIZE}, ${png.length} bytes`);
