// Draws the toolbar icon (a white bridge arch on a teal tile) as PNGs, with no image library.
// Run once after changing the design: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [15, 107, 92];
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** Coverage of pixel (x, y) by a shape, estimated with 4×4 supersampling. */
function coverage(size, x, y, inside) {
  let hits = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++)
      if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

const inTile = (u, v) => {
  const r = 0.2;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
// A bridge: deck across, an arch below it and two piers.
const inBridge = (u, v) => {
  const deck = v >= 0.36 && v <= 0.45 && u >= 0.14 && u <= 0.86;
  const d = Math.hypot(u - 0.5, v - 0.86);
  const arch = d >= 0.3 && d <= 0.39 && v <= 0.86 && v >= 0.4;
  const piers = v >= 0.45 && v <= 0.8 && ((u >= 0.14 && u <= 0.22) || (u >= 0.78 && u <= 0.86));
  return deck || arch || piers;
};

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const tile = coverage(size, x, y, inTile);
      const white = coverage(size, x, y, (u, v) => inTile(u, v) && inBridge(u, v));
      const o = 1 + x * 4;
      for (let c = 0; c < 3; c++)
        row[o + c] = Math.round(TEAL[c] * (1 - white / (tile || 1)) + 255 * (white / (tile || 1)));
      row[o + 3] = Math.round(tile * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
// 192 and 512 are the web app's manifest icons (an installable web app needs 192 px or more).
for (const size of [16, 32, 48, 128, 192, 512]) writeFileSync(`public/icon/${size}.png`, png(size));
