import { LIMITS } from './limits';

/**
 * Reading a party's logo without trusting it: whether some bytes are a PNG or
 * a JPEG that every program the documents go to can show, how large it is,
 * and how many pixels. A logo comes from a file the user picked or from a
 * draft file someone sent, so a hostile or broken input must cost little and
 * never loop: every step moves forward through the bytes and checks a length
 * before it trusts it. Nothing is decompressed; the structure is checked
 * (PNG: every chunk's length and CRC up to IEND; JPEG: the markers up to the
 * scan, and its end), which is what tells a real image from a renamed or cut
 * off file.
 */

export type ImageMediaType = 'image/png' | 'image/jpeg';

/** What a logo is, once read. */
export interface ImageInfo {
  mediaType: ImageMediaType;
  /** Pixels. */
  width: number;
  height: number;
}

/** Image formats recognised only to say by name why they are refused. */
export type OtherImageFormat = 'GIF' | 'WebP' | 'BMP' | 'TIFF' | 'SVG' | 'HEIC' | 'AVIF';

/** Why bytes are not a usable logo; shared/i18n/logo.ts words each. */
export type ImageProblem =
  | { kind: 'empty' }
  | { kind: 'not-image' }
  | { kind: 'other-format'; format: OtherImageFormat }
  /** A JPEG variant (lossless, hierarchical, arithmetic-coded) that browsers and many programs cannot show. */
  | { kind: 'unsupported-jpeg' }
  /** Starts as a PNG or JPEG but is cut off, or its structure is broken. */
  | { kind: 'damaged' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'too-many-pixels'; width: number; height: number }
  /** The bytes are one format, the draft says another (only a draft file can say so; a picked file's format is read from its bytes). */
  | { kind: 'wrong-media-type'; declared: ImageMediaType; actual: ImageMediaType };

export type ImageProbe = { ok: true; image: ImageInfo } | { ok: false; problem: ImageProblem };

/**
 * Checks that bytes are a logo the documents can carry: a complete PNG or
 * baseline/progressive JPEG of at most `LIMITS.logoBytes` bytes, each side
 * 1 to `LIMITS.logoPixels` pixels. Its media type is read from the bytes,
 * never from a file name. Linear in the bytes; never throws.
 */
export function probeImage(bytes: Uint8Array): ImageProbe {
  if (bytes.length === 0) return refuse({ kind: 'empty' });
  if (bytes.length > LIMITS.logoBytes) return refuse({ kind: 'too-large', bytes: bytes.length });
  const parsed = parseImage(bytes, true);
  if (!parsed.ok) return refuse(parsed.problem.kind === 'truncated' ? { kind: 'damaged' } : parsed.problem);
  const { width, height } = parsed.image;
  if (width > LIMITS.logoPixels || height > LIMITS.logoPixels) return refuse({ kind: 'too-many-pixels', width, height });
  return parsed;
}

/**
 * Checks a logo as a draft holds it: base64 data that {@link probeImage}
 * accepts, of the media type the draft says.
 *
 * @returns null when it is fine, else the problem
 */
export function logoProblem(logo: { mediaType: ImageMediaType; data: string }): ImageProblem | null {
  const bytes = decodeBase64(logo.data);
  if (bytes === null) return { kind: 'damaged' };
  const probe = probeImage(bytes);
  if (!probe.ok) return probe.problem;
  const actual = probe.image.mediaType;
  return actual === logo.mediaType ? null : { kind: 'wrong-media-type', declared: logo.mediaType, actual };
}

/**
 * The pixel size of a logo the draft holds, as cheaply as it can be had: it
 * is read from the first few kilobytes, and from the whole image only when a
 * JPEG's size comes after large metadata. For a logo the draft schema has
 * accepted; null when its size cannot be read.
 */
export function logoPixelSize(data: string): { width: number; height: number } | null {
  for (const chars of [HEADER_CHARS, data.length]) {
    const bytes = decodeBase64(data.slice(0, chars - (chars % 4)));
    if (bytes === null) return null;
    const parsed = parseImage(bytes, false);
    if (parsed.ok) return { width: parsed.image.width, height: parsed.image.height };
    if (parsed.problem.kind !== 'truncated' || chars >= data.length) return null;
  }
  return null;
}

/** Base64 characters decoded first to read a size: 6 kB of image, past a typical JPEG's metadata. */
const HEADER_CHARS = 8192;

/** Standard base64 (with or without padding) to bytes; null when it is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Bytes as standard base64 with padding, as the draft file stores a logo. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a whole image into one call would pass too many arguments.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A `data:` URL of a logo, for an `<img>`. */
export function logoDataUrl(logo: { mediaType: ImageMediaType; data: string }): string {
  return `data:${logo.mediaType};base64,${logo.data}`;
}

type Parsed = ImageProbe | { ok: false; problem: { kind: 'truncated' } };

const refuse = (problem: ImageProblem): { ok: false; problem: ImageProblem } => ({ ok: false, problem });
const TRUNCATED = { ok: false, problem: { kind: 'truncated' } } as const;

/** The image's format and size; with `whole`, also that the rest of its structure is complete. */
function parseImage(bytes: Uint8Array, whole: boolean): Parsed {
  if (startsWith(bytes, PNG_SIGNATURE)) return parsePng(bytes, whole);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return parseJpeg(bytes, whole);
  const other = otherFormat(bytes);
  return refuse(other ? { kind: 'other-format', format: other } : { kind: 'not-image' });
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** PNG's limit on a length or a side: 2^31 − 1. */
const PNG_MAX = 0x7fffffff;
/** Allowed bit depths per colour type (PNG spec, table 11.1). */
const PNG_DEPTHS: Record<number, readonly number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

/**
 * A PNG: the signature, then IHDR (13 bytes, valid values, CRC); with
 * `whole`, every chunk after it within the bytes and its CRC right, up to
 * IEND, with image data (and a palette before it where the colour type
 * needs one). Bytes after IEND are ignored, as readers ignore them.
 */
function parsePng(bytes: Uint8Array, whole: boolean): Parsed {
  if (bytes.length < 33) return TRUNCATED;
  if (u32(bytes, 8) !== 13 || chunkType(bytes, 12) !== 'IHDR' || !crcMatches(bytes, 8, 13)) return refuse({ kind: 'damaged' });
  const width = u32(bytes, 16);
  const height = u32(bytes, 20);
  const [depth, colorType, compression, filter, interlace] = bytes.subarray(24, 29);
  const valid =
    width > 0 && height > 0 && width <= PNG_MAX && height <= PNG_MAX &&
    (PNG_DEPTHS[colorType] ?? []).includes(depth) && compression === 0 && filter === 0 && interlace <= 1;
  if (!valid) return refuse({ kind: 'damaged' });
  const image: ImageInfo = { mediaType: 'image/png', width, height };
  if (!whole) return { ok: true, image };

  let seenPalette = false;
  let seenData = false;
  for (let at = 33; ; ) {
    if (at + 12 > bytes.length) return refuse({ kind: 'damaged' });
    const length = u32(bytes, at);
    if (length > PNG_MAX || at + 12 + length > bytes.length) return refuse({ kind: 'damaged' });
    if (!crcMatches(bytes, at, length)) return refuse({ kind: 'damaged' });
    const type = chunkType(bytes, at + 4);
    if (type === 'PLTE') seenPalette = true;
    if (type === 'IDAT') {
      if (colorType === 3 && !seenPalette) return refuse({ kind: 'damaged' });
      seenData = true;
    }
    if (type === 'IEND') return seenData ? { ok: true, image } : refuse({ kind: 'damaged' });
    at += 12 + length;
  }
}

/** Start-of-frame markers of the JPEGs every reader shows: baseline, extended sequential, progressive (Huffman-coded). */
const JPEG_FRAMES = new Set([0xc0, 0xc1, 0xc2]);
/** The other start-of-frame markers: lossless, hierarchical, arithmetic-coded. */
const JPEG_RARE_FRAMES = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/**
 * A JPEG: SOI, then marker segments (each length checked against the bytes)
 * to the frame header, which gives the size; with `whole`, on to the start
 * of scan, and an end-of-image marker after it. Fill bytes (0xFF) between
 * segments are allowed, as the standard allows them.
 */
function parseJpeg(bytes: Uint8Array, whole: boolean): Parsed {
  let image: ImageInfo | null = null;
  for (let at = 2; ; ) {
    if (at >= bytes.length) return whole ? refuse({ kind: 'damaged' }) : TRUNCATED;
    if (bytes[at] !== 0xff) return refuse({ kind: 'damaged' });
    while (at < bytes.length && bytes[at] === 0xff) at++;
    if (at >= bytes.length) return whole ? refuse({ kind: 'damaged' }) : TRUNCATED;
    const marker = bytes[at++];
    // Markers without a segment: TEM and the restart markers.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    // A second SOI, or the end before any image data, or a zero byte where a marker should be.
    if (marker === 0xd8 || marker === 0xd9 || marker === 0x00) return refuse({ kind: 'damaged' });
    if (at + 2 > bytes.length) return whole ? refuse({ kind: 'damaged' }) : TRUNCATED;
    const length = (bytes[at] << 8) | bytes[at + 1];
    if (length < 2) return refuse({ kind: 'damaged' });
    if (at + length > bytes.length) return whole ? refuse({ kind: 'damaged' }) : TRUNCATED;
    if (JPEG_RARE_FRAMES.has(marker)) return refuse({ kind: 'unsupported-jpeg' });
    if (JPEG_FRAMES.has(marker)) {
      if (image !== null || length < 8) return refuse({ kind: 'damaged' });
      // Precision, then height and width; a height of 0 (given later by a DNL marker) is not shown by browsers.
      const height = (bytes[at + 3] << 8) | bytes[at + 4];
      const width = (bytes[at + 5] << 8) | bytes[at + 6];
      if (width === 0 || height === 0) return refuse({ kind: 'damaged' });
      image = { mediaType: 'image/jpeg', width, height };
      if (!whole) return { ok: true, image };
    }
    if (marker === 0xda) {
      if (image === null) return refuse({ kind: 'damaged' });
      return hasEndOfImage(bytes, at + length) ? { ok: true, image } : refuse({ kind: 'damaged' });
    }
    at += length;
  }
}

/** Whether an end-of-image marker (FF D9) follows `from`; looked for from the end, where it nearly always is. */
function hasEndOfImage(bytes: Uint8Array, from: number): boolean {
  for (let i = bytes.length - 2; i >= from; i--) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  }
  return false;
}

/** Formats a user may well pick as a logo, recognised by their first bytes, to name them in the refusal. */
function otherFormat(bytes: Uint8Array): OtherImageFormat | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'GIF';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'WebP';
  if (ascii(0, 2) === 'BM' && bytes.length >= 26) return 'BMP';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'TIFF';
  if (ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (brand === 'avif' || brand === 'avis') return 'AVIF';
    if (['heic', 'heix', 'hevc', 'mif1', 'msf1'].includes(brand)) return 'HEIC';
  }
  // An SVG is text: an XML declaration, comments or white space may come before the <svg> element.
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<') && /<svg[\s>]/i.test(head)) return 'SVG';
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
}

function chunkType(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]);
}

/** Whether the CRC after a PNG chunk (at `at`: length, type, data, CRC) matches its type and data. */
function crcMatches(bytes: Uint8Array, at: number, length: number): boolean {
  return crc32(bytes, at + 4, at + 8 + length) === u32(bytes, at + 8 + length);
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (ISO 3309, as PNG uses it) of bytes[from, to). */
function crc32(bytes: Uint8Array, from: number, to: number): number {
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = from; i < to; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
