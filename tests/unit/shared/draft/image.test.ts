import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, logoPixelSize, logoProblem, probeImage, type ImageProbe } from '../../../../shared/draft/image';
import { LIMITS } from '../../../../shared/draft/limits';
import { jpeg, municipalityLogoPng, png, pngChunk, policeLogoJpeg } from '../../../support/images';

/**
 * probeImage reads logos that may come from anyone: real PNGs and JPEGs are
 * taken with their size; anything else, cut off or broken is refused with the
 * reason, never by throwing, and hostile bytes cannot make it loop.
 */

const problemOf = (probe: ImageProbe) => (probe.ok ? null : probe.problem);
const bytes = (text: string) => new TextEncoder().encode(text);
const solid = (x: number, y: number) => [x % 256, y % 256, 128, 255] as const;

/** A deterministic stream of pseudo-random numbers (xorshift32), so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

describe('probeImage', () => {
  it('reads the type and size of a PNG and a JPEG from their bytes', () => {
    expect(probeImage(municipalityLogoPng())).toEqual({ ok: true, image: { mediaType: 'image/png', width: 240, height: 120 } });
    expect(probeImage(policeLogoJpeg())).toEqual({ ok: true, image: { mediaType: 'image/jpeg', width: 160, height: 160 } });
    // A JPEG whose size comes after 60 kB of camera metadata.
    expect(probeImage(jpeg(3, 2, () => [0, 0, 0], { appBytes: 60_000 }))).toEqual({ ok: true, image: { mediaType: 'image/jpeg', width: 24, height: 16 } });
  });

  it('accepts a logo at the limits and refuses one a byte or a pixel over them', () => {
    const padded = (total: number) => {
      const base = png(4, 4, solid);
      // A private ancillary chunk ("prIv"), which readers skip, to reach an exact size.
      const filler = pngChunk('prIv', new Uint8Array(total - base.length - 12));
      return png(4, 4, solid, [filler]);
    };
    expect(padded(LIMITS.logoBytes).length).toBe(LIMITS.logoBytes);
    expect(probeImage(padded(LIMITS.logoBytes)).ok).toBe(true);
    expect(problemOf(probeImage(padded(LIMITS.logoBytes + 1)))).toEqual({ kind: 'too-large', bytes: LIMITS.logoBytes + 1 });

    expect(probeImage(png(LIMITS.logoPixels, 1, solid)).ok).toBe(true);
    expect(problemOf(probeImage(png(LIMITS.logoPixels + 1, 1, solid)))).toEqual({ kind: 'too-many-pixels', width: 4001, height: 1 });
    expect(problemOf(probeImage(png(2, LIMITS.logoPixels + 1, solid)))).toEqual({ kind: 'too-many-pixels', width: 2, height: 4001 });
    expect(problemOf(probeImage(jpeg(501, 1, () => [9, 9, 9])))).toEqual({ kind: 'too-many-pixels', width: 4008, height: 8 });
  });

  it('refuses what is not an image, naming the image formats it knows', () => {
    expect(problemOf(probeImage(new Uint8Array()))).toEqual({ kind: 'empty' });
    expect(problemOf(probeImage(bytes('Det här är en textfil som någon döpt om till logo.png.\n')))).toEqual({ kind: 'not-image' });
    expect(problemOf(probeImage(bytes('<!doctype html><html><body><img src="logo.png"></body></html>')))).toEqual({ kind: 'not-image' });
    expect(problemOf(probeImage(bytes('%PDF-1.7\n')))).toEqual({ kind: 'not-image' });
    const gif = Uint8Array.from([...bytes('GIF89a'), 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0x21, 0xf9, 4, 1, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3b]);
    expect(problemOf(probeImage(gif))).toEqual({ kind: 'other-format', format: 'GIF' });
    const svg = '\uFEFF<?xml version="1.0"?>\n<!-- logotyp -->\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
    expect(problemOf(probeImage(bytes(svg)))).toEqual({ kind: 'other-format', format: 'SVG' });
    expect(problemOf(probeImage(Uint8Array.from([...bytes('RIFF'), 30, 0, 0, 0, ...bytes('WEBPVP8 '), 0, 0, 0, 0])))).toEqual({ kind: 'other-format', format: 'WebP' });
    expect(problemOf(probeImage(Uint8Array.from([...bytes('BM'), ...new Array(40).fill(0)])))).toEqual({ kind: 'other-format', format: 'BMP' });
    expect(problemOf(probeImage(Uint8Array.from([0, 0, 0, 24, ...bytes('ftypheic'), 0, 0, 0, 0])))).toEqual({ kind: 'other-format', format: 'HEIC' });
    expect(problemOf(probeImage(Uint8Array.from([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0])))).toEqual({ kind: 'other-format', format: 'TIFF' });
  });

  it('refuses every cut-off PNG and JPEG, and a PNG changed by one byte', () => {
    for (const image of [municipalityLogoPng(), policeLogoJpeg()]) {
      for (let length = 1; length < image.length; length++) {
        const problem = problemOf(probeImage(image.subarray(0, length)));
        expect(problem, `${length} of ${image.length} bytes`).not.toBeNull();
        expect(['damaged', 'not-image']).toContain(problem!.kind);
      }
    }
    const png = municipalityLogoPng();
    // Bytes in IHDR, inside the image data, and in IEND's CRC: each caught by a chunk's CRC.
    for (const at of [18, 60, png.length - 2]) {
      const changed = Uint8Array.from(png);
      changed[at] ^= 0x01;
      expect(problemOf(probeImage(changed)), `byte ${at}`).toEqual({ kind: 'damaged' });
    }
  });

  it('refuses JPEGs that many programs cannot show: lossless, arithmetic-coded', () => {
    const baseline = policeLogoJpeg();
    const sof = baseline.indexOf(Buffer.from([0xff, 0xc0]));
    for (const marker of [0xc3, 0xc9]) {
      const variant = Uint8Array.from(baseline);
      variant[sof + 1] = marker;
      expect(problemOf(probeImage(variant))).toEqual({ kind: 'unsupported-jpeg' });
    }
  });

  it('ends on hostile input: random bytes and random changes to real images, behind real signatures too', () => {
    const next = random(20260101);
    const images = [municipalityLogoPng(), policeLogoJpeg()];
    for (let round = 0; round < 3000; round++) {
      if (round % 3 === 0) {
        const input = Uint8Array.from({ length: 8 + Math.floor(next() * 300) }, () => Math.floor(next() * 256));
        // Behind a real signature, so the parsers get to work on garbage; a PNG's chunk CRCs never match garbage.
        const png = round % 2 === 0;
        input.set(png ? [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] : [0xff, 0xd8, 0xff]);
        const probe = probeImage(input);
        if (png) expect(probe.ok).toBe(false);
      } else {
        const input = Uint8Array.from(images[round % 2]);
        for (let k = 0; k < 1 + Math.floor(next() * 4); k++) input[Math.floor(next() * input.length)] = Math.floor(next() * 256);
        const probe = probeImage(input);
        // Whatever it makes of the bytes, a size it reports is within the limits.
        if (probe.ok) expect(Math.max(probe.image.width, probe.image.height)).toBeLessThanOrEqual(LIMITS.logoPixels);
      }
    }
  });
});

describe('logoProblem (a logo as a draft holds it)', () => {
  const base64 = (data: Uint8Array) => encodeBase64(data);

  it('accepts a logo of the media type it claims and refuses one that claims another', () => {
    expect(logoProblem({ mediaType: 'image/png', data: base64(municipalityLogoPng()) })).toBeNull();
    expect(logoProblem({ mediaType: 'image/jpeg', data: base64(policeLogoJpeg()) })).toBeNull();
    expect(logoProblem({ mediaType: 'image/png', data: base64(policeLogoJpeg()) })).toEqual({ kind: 'wrong-media-type', declared: 'image/png', actual: 'image/jpeg' });
  });

  it('refuses data that is not base64, or nothing', () => {
    expect(logoProblem({ mediaType: 'image/png', data: 'inte base64!' })).toEqual({ kind: 'damaged' });
    expect(logoProblem({ mediaType: 'image/png', data: '' })).toEqual({ kind: 'empty' });
  });
});

describe('base64 and sizes', () => {
  it('round-trips bytes through base64 as Node encodes them, also beyond one slice of 32 kB', () => {
    const data = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 7919) % 256);
    const text = encodeBase64(data);
    expect(text).toBe(Buffer.from(data).toString('base64'));
    expect(decodeBase64(text)).toEqual(data);
    expect(decodeBase64('ab$c')).toBeNull();
  });

  it('reads a stored logo\'s pixel size from its start, or from all of it when the size comes late', () => {
    expect(logoPixelSize(encodeBase64(municipalityLogoPng()))).toEqual({ width: 240, height: 120 });
    expect(logoPixelSize(encodeBase64(jpeg(5, 3, () => [1, 2, 3], { appBytes: 40_000 })))).toEqual({ width: 40, height: 24 });
    expect(logoPixelSize(encodeBase64(bytes('ingen bild')))).toBeNull();
  });
});
