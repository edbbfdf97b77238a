import { mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import type { FileType } from '../../../../electron/services/service-deps';
import { decodeBase64 } from '../../../../shared/draft/image';
import { LIMITS } from '../../../../shared/draft/limits';
import { draftSchema, type PartyLogo } from '../../../../shared/draft/schema';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { exampleDraft, tempDir } from '../../../support/fixtures';
import { testHandlers } from '../../../support/test-shell';
import { municipalityLogoPng, png, policeLogoJpeg } from '../../../support/images';

/**
 * "Lägg till logotyp", called as the window calls it (through `dispatch`), on
 * files on the real disk that the dialog's stand-in returns: good images come
 * back as a logo, anything else as a Swedish message that says what is wrong
 * and what to do.
 */

async function pickLogoFrom(file: string | null) {
  const dataDir = tempDir();
  const asked: FileType[] = [];
  const handlers = testHandlers(await DraftStore.open(dataDir), {
    chooseOpenPath: async (fileType) => {
    asked.push(fileType);
    return file;
    },
  });
  const reply = await dispatch(handlers, 'pickLogo', []);
  expect(asked).toEqual(['image']);
  return reply;
}

/** Writes `bytes` to a new file named `name` and picks it. */
async function pick(name: string, bytes: Uint8Array | string) {
  const file = path.join(tempDir('samverka-logo-'), name);
  writeFileSync(file, bytes);
  return pickLogoFrom(file);
}

async function refusal(name: string, bytes: Uint8Array | string) {
  const reply = await pick(name, bytes);
  if (reply.ok) throw new Error(`${name} was accepted`);
  return reply.error;
}

describe('pickLogo', () => {
  it('returns a PNG and a JPEG as logos, their bytes unchanged and the alt text empty', async () => {
    const pngBytes = municipalityLogoPng();
    const reply = await pick('soderhamn.png', pngBytes);
    expect(reply).toEqual({ ok: true, value: { mediaType: 'image/png', data: pngBytes.toString('base64'), alt: '' } });

    const jpegBytes = policeLogoJpeg();
    const jpegReply = await pick('polisen.jpeg', jpegBytes);
    const logo = jpegReply.ok ? (jpegReply.value as PartyLogo) : null;
    expect(logo).toMatchObject({ mediaType: 'image/jpeg', alt: '' });
    expect(decodeBase64(logo!.data)).toEqual(new Uint8Array(jpegBytes));
    // What it returns is a logo the draft accepts.
    const draft = exampleDraft();
    draft.parties[1].logo = logo!;
    expect(draftSchema.safeParse(draft).success).toBe(true);
  });

  it('takes the format from the bytes, not the name: a JPEG saved as .png is a JPEG', async () => {
    const reply = await pick('logga.png', policeLogoJpeg());
    expect(reply.ok && (reply.value as PartyLogo).mediaType).toBe('image/jpeg');
  });

  it('returns null when the dialog is cancelled', async () => {
    expect(await pickLogoFrom(null)).toEqual({ ok: true, value: null });
  });

  it('refuses a file that is not an image, a text file renamed .png, and an HTML file', async () => {
    const expected = { code: 'logo-not-image', message: 'Filen är inte en PNG- eller JPEG-bild. Välj en logotyp sparad som PNG eller JPEG.' };
    expect(await refusal('logo.png', 'Kommunens logotyp finns på intranätet.\n')).toEqual(expected);
    expect(await refusal('logo.jpg', '<!DOCTYPE html><html lang="sv"><title>Logotyp</title></html>')).toEqual(expected);
    expect(await refusal('tom.png', '')).toEqual({ code: 'logo-empty', message: 'Filen är tom. Välj en logotyp sparad som PNG eller JPEG.' });
  });

  it('refuses a GIF by name, and a cut-off PNG as damaged', async () => {
    const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
    expect(await refusal('logo.gif', gif)).toEqual({
      code: 'logo-other-format',
      message: 'Filen är en GIF-bild; logotypen måste vara PNG eller JPEG. Spara om den som PNG i ett bildprogram och försök igen.',
    });
    const cut = municipalityLogoPng();
    expect(await refusal('avkortad.png', cut.subarray(0, cut.length - 20))).toEqual({
      code: 'logo-damaged',
      message: 'Bilden är skadad eller ofullständig och kan inte användas. Spara logotypen på nytt som PNG eller JPEG och försök igen.',
    });
  });

  it('refuses a 5 MB file by its size', async () => {
    const big = Buffer.concat([municipalityLogoPng(), Buffer.alloc(5 * 1024 * 1024)]);
    expect(await refusal('stor.png', big)).toEqual({
      code: 'logo-too-large',
      message: 'Logotypen är 5,0 MB; den får vara högst 300 kB. Spara den i mindre storlek och försök igen.',
    });
  });

  it('never reads a huge file whole: 8 GB (sparse, no disk used) is refused by its size alone', async () => {
    // Reading it whole would fail (Node reads at most 2 GB into one buffer) or run out of memory, not refuse it.
    const file = path.join(tempDir('samverka-logo-'), 'jattestor.png');
    const fd = openSync(file, 'w');
    writeFileSync(fd, municipalityLogoPng());
    ftruncateSync(fd, 8 * 1024 ** 3);
    closeSync(fd);
    expect(await pickLogoFrom(file)).toEqual({
      ok: false,
      error: { code: 'logo-too-large', message: 'Logotypen är 8,0 GB; den får vara högst 300 kB. Spara den i mindre storlek och försök igen.' },
    });
  });

  it('refuses an image over the pixel limit, saying its size', async () => {
    const wide = png(LIMITS.logoPixels + 1000, 4, () => [200, 0, 0, 255]);
    expect(await refusal('bred.png', wide)).toEqual({
      code: 'logo-too-many-pixels',
      message: 'Logotypen är 5000 × 4 pixlar; den får vara högst 4000 pixlar på längsta sidan. Spara den i mindre storlek och försök igen.',
    });
  });

  it('says so in Swedish when the file is gone or is a folder', async () => {
    const folder = tempDir('samverka-logo-');
    const gone = await pickLogoFrom(path.join(folder, 'borttagen.png'));
    expect(gone).toEqual({
      ok: false,
      error: { code: 'logo-unreadable', message: 'Filen kunde inte läsas (filen finns inte längre). Kontrollera att den finns och går att öppna, eller välj en annan fil.' },
    });
    const sub = path.join(folder, 'bilder.png');
    mkdirSync(sub);
    const reply = await pickLogoFrom(sub);
    expect(!reply.ok && reply.error).toEqual({ code: 'logo-not-a-file', message: 'Det valda är inte en fil. Välj en logotyp sparad som PNG eller JPEG.' });
  });
});
