// Draws the extension's icon (images/icon.png): a speech bubble holding a label, its colon and lines of
// text, 256×256 RGBA, anti-aliased by 4×4 supersampling. `node scripts/icon.mjs images/icon.png` writes it again.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
const N = 256, S = 4; // supersampling
const bg = [0x1f, 0x4e, 0x79], white = [0xff, 0xff, 0xff], accent = [0xe8, 0x6a, 0x33], ink = [0x1f, 0x4e, 0x79];
function roundRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r), cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function tri(x, y, ax, ay, bx, by, cx, cy) {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = s(x, y, ax, ay, bx, by), d2 = s(x, y, bx, by, cx, cy), d3 = s(x, y, cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}
function colourAt(x, y) {
  if (!roundRect(x, y, 8, 8, 248, 248, 44)) return null;
  let c = bg;
  const bubble = roundRect(x, y, 40, 52, 216, 176, 26) || tri(x, y, 70, 170, 110, 170, 62, 214);
  if (bubble) {
    c = white;
    if (roundRect(x, y, 62, 78, 112, 98, 6)) c = accent;          // the label
    if (roundRect(x, y, 120, 80, 128, 88, 4) || roundRect(x, y, 120, 90, 128, 98, 4)) c = accent; // its colon
    if (roundRect(x, y, 138, 80, 194, 96, 6)) c = ink;
    if (roundRect(x, y, 62, 110, 194, 126, 6)) c = ink;
    if (roundRect(x, y, 62, 140, 160, 156, 6)) c = ink;
  }
  return c;
}
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0;
  for (let x = 0; x < N; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
      const c = colourAt(x + (sx + 0.5) / S, y + (sy + 0.5) / S);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
    }
    const o = y * (N * 4 + 1) + 1 + x * 4;
    raw[o] = a ? Math.round(r / a) : 0; raw[o + 1] = a ? Math.round(g / a) : 0; raw[o + 2] = a ? Math.round(b / a) : 0; raw[o + 3] = Math.round((255 * a) / (S * S));
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4); ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(process.argv[2], png);
console.log(`${png.length} bytes`);
