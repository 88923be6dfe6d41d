// Smaller copies of the preview images for the gallery's srcset, with nothing but node:zlib:
// decodes an 8-bit, non-interlaced RGB or RGBA PNG, scales it down by area averaging, and
// writes an RGB PNG with a per-row filter and deflate level 9.
import { inflateSync, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes a PNG into { width, height, rgb } (3 bytes a pixel, alpha composited on white). */
export function decodePng(buf) {
  if (!buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let pos = 8, width = 0, height = 0, type = -1;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const kind = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (kind === 'IHDR') {
      width = data.readUInt32BE(0); height = data.readUInt32BE(4); type = data[9];
      if (data[8] !== 8 || (type !== 2 && type !== 6) || data[12] !== 0) {
        throw new Error(`PNG: only 8-bit non-interlaced RGB or RGBA is read (depth ${data[8]}, type ${type}, interlace ${data[12]})`);
      }
    } else if (kind === 'IDAT') {
      idat.push(data);
    }
    pos += 12 + len;
  }
  const bpp = type === 6 ? 4 : 3;
  const stride = width * bpp;
  const raw = inflateSync(Buffer.concat(idat));
  const px = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x += 1) {
      const a = x >= bpp ? px[out + x - bpp] : 0;
      const b = y > 0 ? px[out - stride + x] : 0;
      const c = x >= bpp && y > 0 ? px[out - stride + x - bpp] : 0;
      const pred = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (pred === undefined) throw new Error(`PNG: unknown filter ${filter}`);
      px[out + x] = (line[x] + pred) & 255;
    }
  }
  const rgb = Buffer.alloc(width * height * 3);
  for (let i = 0, j = 0; i < px.length; i += bpp, j += 3) {
    const alpha = bpp === 4 ? px[i + 3] / 255 : 1;
    for (let k = 0; k < 3; k += 1) rgb[j + k] = Math.round(px[i + k] * alpha + 255 * (1 - alpha));
  }
  return { width, height, rgb };
}

/** Area-averaging weights: for each output index, the input indices and their coverage. */
function weights(from, to) {
  const scale = from / to;
  return Array.from({ length: to }, (_, o) => {
    const start = o * scale, end = start + scale, taps = [];
    for (let i = Math.floor(start); i < Math.min(from, Math.ceil(end)); i += 1) {
      const w = Math.min(end, i + 1) - Math.max(start, i);
      if (w > 0) taps.push([i, w / scale]);
    }
    return taps;
  });
}

/** Scales an RGB image down to `width` (the height keeps the aspect ratio). */
export function resize(img, width) {
  const height = Math.round((img.height * width) / img.width);
  const wx = weights(img.width, width), wy = weights(img.height, height);
  const rows = new Float32Array(img.height * width * 3);
  for (let y = 0; y < img.height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      for (const [i, w] of wx[x]) {
        for (let k = 0; k < 3; k += 1) rows[(y * width + x) * 3 + k] += img.rgb[(y * img.width + i) * 3 + k] * w;
      }
    }
  }
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      for (let k = 0; k < 3; k += 1) {
        let v = 0;
        for (const [j, w] of wy[y]) v += rows[(j * width + x) * 3 + k] * w;
        rgb[(y * width + x) * 3 + k] = Math.min(255, Math.round(v));
      }
    }
  }
  return { width, height, rgb };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(kind, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(kind, 4, 'latin1');
  let crc = 0xffffffff;
  for (const byte of Buffer.concat([head.subarray(4), data])) crc = CRC_TABLE[(crc ^ byte) & 255] ^ (crc >>> 8);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE((crc ^ 0xffffffff) >>> 0, 0);
  return Buffer.concat([head, data, tail]);
}

/** Encodes an RGB image as PNG, choosing for each row the filter with the smallest output. */
export function encodePng({ width, height, rgb }) {
  const stride = width * 3;
  const out = Buffer.alloc((stride + 1) * height);
  const cand = Buffer.alloc(stride);
  for (let y = 0; y < height; y += 1) {
    const cur = rgb.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? rgb.subarray((y - 1) * stride, y * stride) : null;
    let best = -1, bestCost = Infinity;
    for (let f = 0; f < 5; f += 1) {
      let cost = 0;
      for (let x = 0; x < stride; x += 1) {
        const a = x >= 3 ? cur[x - 3] : 0, b = prev ? prev[x] : 0, c = prev && x >= 3 ? prev[x - 3] : 0;
        const v = (cur[x] - [0, a, b, (a + b) >> 1, paeth(a, b, c)][f]) & 255;
        cand[x] = v;
        cost += v < 128 ? v : 256 - v;
      }
      if (cost < bestCost) {
        bestCost = cost; best = f;
        out[y * (stride + 1)] = f;
        cand.copy(out, y * (stride + 1) + 1);
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(out, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
