import { deflateSync } from 'node:zlib';

/**
 * Real images made in code for the logo tests: PNGs drawn pixel by pixel and
 * deflated with zlib, and baseline JPEGs whose 8×8 blocks are each one colour
 * (only the DC coefficient is coded, so no DCT is needed, and every JPEG reader
 * decodes them). Both draw a small logo-like picture so a render can be looked at.
 */

export type Rgb = readonly [number, number, number];
export type Rgba = readonly [number, number, number, number];

/** A chunk of a PNG: type and data, framed with its length and CRC. */
export function pngChunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * An 8-bit RGBA PNG of `width` × `height`, each pixel from `pixel`.
 * `extra` chunks go between IHDR and IDAT (e.g. a large private chunk to make the file big).
 */
export function png(width: number, height: number, pixel: (x: number, y: number) => Rgba, extra: Buffer[] = []): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 4);
    for (let x = 0; x < width; x++) rows.set(pixel(x, y), row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    ...extra,
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', new Uint8Array()),
  ]);
}

/**
 * A baseline JPEG (YCbCr, no subsampling) of `blocksWide` × `blocksHigh`
 * blocks of 8×8 pixels, each block one colour. `appBytes` adds an APP1
 * segment of that many bytes before the frame header, as a camera's EXIF does.
 */
export function jpeg(blocksWide: number, blocksHigh: number, color: (bx: number, by: number) => Rgb, { appBytes = 0 } = {}): Buffer {
  const width = blocksWide * 8;
  const height = blocksHigh * 8;
  const segment = (marker: number, data: number[] | Buffer) => Buffer.concat([Buffer.from([0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 0xff]), Buffer.from(data)]);
  const app0 = segment(0xe0, [...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const app1 = appBytes > 0 ? [segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), Buffer.alloc(appBytes - 6, 0x20)]))] : [];
  const dqt = segment(0xdb, [0, ...new Array<number>(64).fill(1)]);
  const sof = segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]);
  const dcTable = segment(0xc4, [0x00, ...DC_BITS, ...DC_VALUES]);
  const acTable = segment(0xc4, [0x10, 0, 1, ...new Array<number>(14).fill(0), 0x00]);
  const sos = segment(0xda, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]);

  const bits = new BitWriter();
  const previous = [0, 0, 0];
  for (let by = 0; by < blocksHigh; by++) {
    for (let bx = 0; bx < blocksWide; bx++) {
      const [r, g, b] = color(bx, by);
      const ycc = [0.299 * r + 0.587 * g + 0.114 * b, 128 - 0.168736 * r - 0.331264 * g + 0.5 * b, 128 + 0.5 * r - 0.418688 * g - 0.081312 * b];
      ycc.forEach((value, component) => {
        // A flat block's DC coefficient is 8 × (sample − 128); the quantiser is 1.
        const dc = Math.round(8 * (Math.min(255, Math.max(0, value)) - 128));
        const diff = dc - previous[component];
        previous[component] = dc;
        const category = diff === 0 ? 0 : Math.floor(Math.log2(Math.abs(diff))) + 1;
        bits.put(DC_CODES[category][0], DC_CODES[category][1]);
        if (category > 0) bits.put(diff > 0 ? diff : diff + (1 << category) - 1, category);
        bits.put(0b00, 2); // End of block: no AC coefficients.
      });
    }
  }
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, ...app1, dqt, sof, dcTable, acTable, sos, bits.finish(), Buffer.from([0xff, 0xd9])]);
}

/** The standard luminance DC table (ITU T.81, K.3): code lengths, then the categories 0–11. */
const DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/** Its codes per category: [code, length]. */
const DC_CODES: [number, number][] = [
  [0b00, 2], [0b010, 3], [0b011, 3], [0b100, 3], [0b101, 3], [0b110, 3],
  [0b1110, 4], [0b11110, 5], [0b111110, 6], [0b1111110, 7], [0b11111110, 8], [0b111111110, 9],
];

class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private count = 0;

  put(value: number, length: number) {
    for (let i = length - 1; i >= 0; i--) {
      this.current = (this.current << 1) | ((value >> i) & 1);
      if (++this.count === 8) this.flush();
    }
  }

  finish(): Buffer {
    while (this.count !== 0) this.put(1, 1);
    return Buffer.from(this.bytes);
  }

  private flush() {
    this.bytes.push(this.current);
    // A 0xFF in entropy-coded data is followed by a stuffed zero.
    if (this.current === 0xff) this.bytes.push(0);
    this.current = 0;
    this.count = 0;
  }
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const NAVY: Rgb = [31, 58, 95];
const GOLD: Rgb = [232, 180, 40];
const WHITE: Rgb = [255, 255, 255];

/** A municipality's logo, 240 × 120: a navy shield with a gold sun, beside a gold bar, on transparent ground. */
export function municipalityLogoPng(): Buffer {
  return png(240, 120, (x, y) => {
    const inShield = x >= 10 && x < 110 && y >= 8 && y < 112 && (y < 70 || Math.abs(x - 60) < (112 - y) * 1.2);
    const inSun = (x - 60) ** 2 + (y - 50) ** 2 < 26 ** 2;
    const inBar = x >= 125 && x < 230 && ((y >= 40 && y < 56) || (y >= 66 && y < 78));
    if (inShield) return inSun ? [...GOLD, 255] : [...NAVY, 255];
    if (inBar) return [...(y < 56 ? NAVY : GOLD), 255];
    return [0, 0, 0, 0];
  });
}

/** The police's logo, 160 × 160 as a JPEG: a gold star-like cross on a navy disc, on white. */
export function policeLogoJpeg(): Buffer {
  return jpeg(20, 20, (bx, by) => {
    const dx = bx - 9.5;
    const dy = by - 9.5;
    if (dx * dx + dy * dy > 90) return WHITE;
    return Math.abs(dx) < 1 || Math.abs(dy) < 1 || Math.abs(Math.abs(dx) - Math.abs(dy)) < 0.6 ? GOLD : NAVY;
  });
}
