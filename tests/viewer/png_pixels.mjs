// Reads a PNG's pixels (8-bit RGB or RGBA, grey, grey+alpha; not
// interlaced: what Chromium's screenshots and canvas.toDataURL write) with
// node's zlib, to tell a drawn picture from a blank one without an image
// library.
//
//   const s = pngStats(fs.readFileSync('view.png'));
//   s.width, s.height, s.colours (distinct pixel values),
//   s.dominantShare (share of pixels of the most frequent value, 0-1)

import zlib from 'node:zlib';

const kSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const kChannels = {0: 1, 2: 3, 4: 2, 6: 4};  // colour type -> samples a pixel

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Decodes `png` (a Buffer); throws an Error naming what it cannot read. */
export function pngStats(png) {
  if (png.length < 8 || !png.subarray(0, 8).equals(kSignature)) throw new Error('not a PNG');
  let pos = 8, header = null;
  const data = [];
  while (pos + 8 <= png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const body = png.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      header = {width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8],
                colourType: body[9], interlace: body[12]};
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      break;
    }
    pos += 12 + length;
  }
  if (!header) throw new Error('PNG without IHDR');
  const channels = kChannels[header.colourType];
  if (header.depth !== 8 || !channels || header.interlace !== 0) {
    throw new Error(`PNG of depth ${header.depth}, colour type ${header.colourType}, ` +
                    `interlace ${header.interlace}: not read by this test`);
  }
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = header.width * channels;
  if (raw.length !== (stride + 1) * header.height) throw new Error('PNG data of the wrong size');
  // Undo each row's filter in place (PNG spec section 9), then count values.
  const rows = Buffer.alloc(stride * header.height);
  const counts = new Map();
  for (let y = 0; y < header.height; ++y) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = rows.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : null;
    for (let i = 0; i < stride; ++i) {
      const a = i >= channels ? row[i - channels] : 0;
      const b = up ? up[i] : 0;
      const c = up && i >= channels ? up[i - channels] : 0;
      let v = src[i];
      switch (filter) {
        case 0: break;
        case 1: v += a; break;
        case 2: v += b; break;
        case 3: v += (a + b) >> 1; break;
        case 4: v += paeth(a, b, c); break;
        default: throw new Error(`PNG row ${y}: unknown filter ${filter}`);
      }
      row[i] = v & 0xff;
    }
    for (let x = 0; x < stride; x += channels) {
      let key = 0;
      for (let k = 0; k < channels; ++k) key = key * 256 + row[x + k];
      counts.set(key, (counts.get(key) || 0) + 1);
    }
  }
  const pixels = header.width * header.height;
  const dominant = Math.max(...counts.values());
  return {width: header.width, height: header.height, colours: counts.size,
          dominantShare: dominant / pixels};
}
